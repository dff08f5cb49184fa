/**
 * A password-protected xlsx as Excel writes it: the package encrypted with ECMA-376 Agile
 * Encryption (AES-256-CBC, SHA-512, 100 000 spins; MS-OFFCRYPTO 2.3.4.10–2.3.4.15) inside a
 * Compound File Binary container with the streams EncryptionInfo and EncryptedPackage.
 * Excel and LibreOffice open the result with the password.
 *
 * Used only to make test fixtures: the "random" salts and keys come from a seed so the file is
 * the same on every run. Never use this for real secrets.
 */
import { createCipheriv, createHash, createHmac } from 'crypto';

const SHA512 = 'sha512';
const HASH_SIZE = 64;
const SALT_SIZE = 16;
const BLOCK_SIZE = 16;
const KEY_BITS = 256;
const SPIN_COUNT = 100_000;
const SEGMENT = 4096;

const BLOCK_VERIFIER_INPUT = Buffer.from('fea7d2763b4b9e79', 'hex');
const BLOCK_VERIFIER_VALUE = Buffer.from('d7aa0f6d3061344e', 'hex');
const BLOCK_KEY_VALUE = Buffer.from('146e0be7abacd0d6', 'hex');
const BLOCK_HMAC_KEY = Buffer.from('5fb2ad010cb9e1f6', 'hex');
const BLOCK_HMAC_VALUE = Buffer.from('a0677f02b22c8433', 'hex');

const hash = (...parts: Buffer[]): Buffer => createHash(SHA512).update(Buffer.concat(parts)).digest();

/** Deterministic bytes for salts and keys (fixtures only). */
function seeded(seed: string, label: string, length: number): Buffer {
  return hash(Buffer.from(`${seed}:${label}`, 'utf8')).subarray(0, length);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function aes(key: Buffer, iv: Buffer, data: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

function padToBlock(data: Buffer): Buffer {
  const rest = data.length % BLOCK_SIZE;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK_SIZE - rest)]);
}

/** 2.3.4.11: the key from the password for one purpose (block key). */
function passwordKey(spun: Buffer, blockKey: Buffer): Buffer {
  return hash(spun, blockKey).subarray(0, KEY_BITS / 8);
}

function spinPassword(password: string, salt: Buffer): Buffer {
  let h = hash(salt, Buffer.from(password, 'utf16le'));
  for (let i = 0; i < SPIN_COUNT; i++) h = hash(u32(i), h);
  return h;
}

const ivFor = (keySalt: Buffer, blockKey: Buffer): Buffer => hash(keySalt, blockKey).subarray(0, BLOCK_SIZE);

/** 2.3.4.15: 8-byte size, then 4096-byte segments, each with its own IV. */
function encryptPackage(secretKey: Buffer, keySalt: Buffer, plain: Uint8Array): Buffer {
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(plain.length));
  const parts: Buffer[] = [size];
  for (let i = 0, at = 0; at < plain.length; i++, at += SEGMENT) {
    const segment = padToBlock(Buffer.from(plain.subarray(at, at + SEGMENT)));
    parts.push(aes(secretKey, ivFor(keySalt, u32(i)), segment));
  }
  return Buffer.concat(parts);
}

function encryptionInfo(fields: Record<string, string>): Buffer {
  const common = `saltSize="${SALT_SIZE}" blockSize="${BLOCK_SIZE}" keyBits="${KEY_BITS}" hashSize="${HASH_SIZE}" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"`;
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">' +
    `<keyData ${common} saltValue="${fields.keySalt}"/>` +
    `<dataIntegrity encryptedHmacKey="${fields.hmacKey}" encryptedHmacValue="${fields.hmacValue}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="${SPIN_COUNT}" ${common} saltValue="${fields.passwordSalt}" encryptedVerifierHashInput="${fields.verifierInput}" encryptedVerifierHashValue="${fields.verifierValue}" encryptedKeyValue="${fields.keyValue}"/>` +
    '</keyEncryptor></keyEncryptors></encryption>';
  // Version 4.4 (agile), flags 0x40.
  const header = Buffer.alloc(8);
  header.writeUInt16LE(4, 0);
  header.writeUInt16LE(4, 2);
  header.writeUInt32LE(0x40, 4);
  return Buffer.concat([header, Buffer.from(xml, 'utf8')]);
}

/** The two streams of an agile-encrypted package. */
export function encryptOoxml(plain: Uint8Array, password: string, seed = 'rapportsjekk'): { info: Buffer; package: Buffer } {
  const keySalt = seeded(seed, 'key-salt', SALT_SIZE);
  const passwordSalt = seeded(seed, 'password-salt', SALT_SIZE);
  const secretKey = seeded(seed, 'secret-key', KEY_BITS / 8);
  const verifier = seeded(seed, 'verifier', SALT_SIZE);
  const hmacKey = seeded(seed, 'hmac-key', HASH_SIZE);

  const spun = spinPassword(password, passwordSalt);
  const encryptedPackage = encryptPackage(secretKey, keySalt, plain);
  const hmacValue = createHmac(SHA512, hmacKey).update(encryptedPackage).digest();
  const b64 = (b: Buffer): string => b.toString('base64');
  const info = encryptionInfo({
    keySalt: b64(keySalt),
    passwordSalt: b64(passwordSalt),
    verifierInput: b64(aes(passwordKey(spun, BLOCK_VERIFIER_INPUT), passwordSalt, verifier)),
    verifierValue: b64(aes(passwordKey(spun, BLOCK_VERIFIER_VALUE), passwordSalt, hash(verifier))),
    keyValue: b64(aes(passwordKey(spun, BLOCK_KEY_VALUE), passwordSalt, secretKey)),
    hmacKey: b64(aes(secretKey, ivFor(keySalt, BLOCK_HMAC_KEY), hmacKey)),
    hmacValue: b64(aes(secretKey, ivFor(keySalt, BLOCK_HMAC_VALUE), hmacValue)),
  });
  return { info, package: encryptedPackage };
}

// ------------------------------------------------------------ Compound File Binary (v3)

const SECTOR = 512;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const ENTRIES_PER_SECTOR = SECTOR / 4;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

interface CfbStream {
  readonly name: string;
  readonly data: Uint8Array;
}

const sectorsFor = (bytes: number, size: number): number => Math.ceil(bytes / size);

/** CFB order of siblings: shorter names first, then by upper-case code units. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A compound file whose root storage holds the given streams (no sub-storages). Small streams
 * go to the mini stream, as the format requires; siblings form a valid red-black tree.
 */
export function compoundFile(streams: readonly CfbStream[]): Buffer {
  const sorted = [...streams].sort((a, b) => compareNames(a.name, b.name));
  const small = sorted.filter((s) => s.data.length < MINI_CUTOFF);
  const large = sorted.filter((s) => s.data.length >= MINI_CUTOFF);

  // Mini stream: small streams back to back, each padded to 64 bytes.
  const miniStart = new Map<CfbStream, number>();
  const miniFat: number[] = [];
  for (const s of small) {
    const count = Math.max(1, sectorsFor(s.data.length, MINI_SECTOR));
    miniStart.set(s, miniFat.length);
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? ENDOFCHAIN : miniFat.length + 1);
  }
  const miniStreamBytes = miniFat.length * MINI_SECTOR;

  const dirSectors = sectorsFor((sorted.length + 1) * 128, SECTOR);
  const miniFatSectors = sectorsFor(miniFat.length * 4, SECTOR);
  const miniStreamSectors = sectorsFor(miniStreamBytes, SECTOR);
  const largeSectors = large.map((s) => sectorsFor(s.data.length, SECTOR));
  const content = dirSectors + miniFatSectors + miniStreamSectors + largeSectors.reduce((a, b) => a + b, 0);
  let fatSectors = 1;
  while (fatSectors * ENTRIES_PER_SECTOR < content + fatSectors) fatSectors++;
  if (fatSectors > 109) throw new Error('compoundFile: too large for a header-only DIFAT');

  // Sector map: [FAT][directory][mini FAT][mini stream][large streams…]
  const total = fatSectors + content;
  const fat = new Array<number>(fatSectors * ENTRIES_PER_SECTOR).fill(FREESECT);
  let next = 0;
  const chain = (count: number): number => {
    if (count === 0) return ENDOFCHAIN;
    const first = next;
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? ENDOFCHAIN : next + i + 1;
    next += count;
    return first;
  };
  for (let i = 0; i < fatSectors; i++) fat[next++] = FATSECT;
  const firstDir = chain(dirSectors);
  const firstMiniFat = chain(miniFatSectors);
  const firstMiniStream = chain(miniStreamSectors);
  const largeStart = new Map<CfbStream, number>();
  large.forEach((s, i) => largeStart.set(s, chain(largeSectors[i])));

  const out = Buffer.alloc(SECTOR + total * SECTOR);
  const at = (sector: number): number => SECTOR + sector * SECTOR;

  // Header.
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(out, 0);
  out.writeUInt16LE(0x003e, 24);
  out.writeUInt16LE(0x0003, 26);
  out.writeUInt16LE(0xfffe, 28);
  out.writeUInt16LE(9, 30);
  out.writeUInt16LE(6, 32);
  out.writeUInt32LE(fatSectors, 44);
  out.writeUInt32LE(firstDir, 48);
  out.writeUInt32LE(MINI_CUTOFF, 56);
  out.writeUInt32LE(miniFatSectors === 0 ? ENDOFCHAIN : firstMiniFat, 60);
  out.writeUInt32LE(miniFatSectors, 64);
  out.writeUInt32LE(ENDOFCHAIN, 68);
  for (let i = 0; i < 109; i++) out.writeUInt32LE(i < fatSectors ? i : FREESECT, 76 + i * 4);

  fat.forEach((v, i) => out.writeUInt32LE(v >>> 0, at(0) + i * 4));

  // Directory: root, then the streams in sorted order; the middle one is the tree's root.
  const writeEntry = (index: number, name: string, type: number, color: number, left: number, right: number, child: number, start: number, size: number): void => {
    const p = at(firstDir) + index * 128;
    out.write(name, p, 'utf16le');
    out.writeUInt16LE((name.length + 1) * 2, p + 64);
    out[p + 66] = type;
    out[p + 67] = color;
    out.writeUInt32LE(left >>> 0, p + 68);
    out.writeUInt32LE(right >>> 0, p + 72);
    out.writeUInt32LE(child >>> 0, p + 76);
    out.writeUInt32LE(start >>> 0, p + 116);
    out.writeUInt32LE(size, p + 120);
  };
  const tree = (lo: number, hi: number, depth: number): number => {
    if (lo > hi) return NOSTREAM;
    const mid = (lo + hi) >> 1;
    const s = sorted[mid];
    const start = s.data.length < MINI_CUTOFF ? (miniStart.get(s) as number) : (largeStart.get(s) as number);
    // Black at even depth and red below, with the tree kept complete: a valid red-black tree.
    const leaf = lo === hi;
    writeEntry(mid + 1, s.name, 2, leaf && depth > 0 ? 0 : 1, tree(lo, mid - 1, depth + 1), tree(mid + 1, hi, depth + 1), NOSTREAM, start, s.data.length);
    return mid + 1;
  };
  const rootChild = tree(0, sorted.length - 1, 0);
  writeEntry(0, 'Root Entry', 5, 1, NOSTREAM, NOSTREAM, rootChild, miniStreamBytes === 0 ? ENDOFCHAIN : firstMiniStream, miniStreamBytes);
  for (let i = sorted.length + 1; i < dirSectors * 4; i++) {
    const p = at(firstDir) + i * 128;
    out.writeUInt32LE(NOSTREAM, p + 68);
    out.writeUInt32LE(NOSTREAM, p + 72);
    out.writeUInt32LE(NOSTREAM, p + 76);
  }

  const miniFatAt = at(firstMiniFat);
  for (let i = 0; i < miniFatSectors * ENTRIES_PER_SECTOR; i++) out.writeUInt32LE(i < miniFat.length ? miniFat[i] >>> 0 : FREESECT, miniFatAt + i * 4);
  for (const s of small) Buffer.from(s.data).copy(out, at(firstMiniStream) + (miniStart.get(s) as number) * MINI_SECTOR);
  for (const s of large) Buffer.from(s.data).copy(out, at(largeStart.get(s) as number));
  return out;
}

/** An xlsx package, encrypted with the password, in its CFB envelope. */
export function passwordProtectedXlsx(plain: Uint8Array, password: string): Buffer {
  const { info, package: encrypted } = encryptOoxml(plain, password);
  return compoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: encrypted },
  ]);
}
