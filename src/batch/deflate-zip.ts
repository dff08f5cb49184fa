/**
 * Deflates a stored zip with Node's zlib. ExcelJS packs its parts with JSZip, whose deflate is
 * pako, plain JavaScript: for portfolio.xlsx that was a third of the batch's output phase, and
 * most of it on a cold compiler. So ExcelJS writes the package stored (`compression: 'STORE'`)
 * and this turns every stored file into a deflated one, in the libuv thread pool. Everything
 * else stays as JSZip wrote it: names, order, times, flags, CRC-32s, attributes, comments; only
 * the method, the compressed sizes and the offsets change. The bytes inside are the same, so an
 * unzipped part is identical to what ExcelJS's own deflate would have given.
 */
import { promisify } from 'node:util';
import { deflateRaw } from 'node:zlib';
import { endOfCentralDirectory, SIG_CENTRAL, SIG_LOCAL, ZipStructureError } from '../hosts/xlsx/zip-directory';

const deflate = promisify(deflateRaw);

const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flags this cannot rewrite: encrypted (bit 0), sizes in a data descriptor (bit 3). */
const UNSUPPORTED_FLAGS = 0x0001 | 0x0008;

/** The input is not a plain zip as JSZip writes it (a bug of ours, never a user's file). */
export class StoredZipError extends Error {
  override readonly name = 'StoredZipError';
}

interface Entry {
  /** The central directory record, copied, to be patched. */
  readonly central: Buffer;
  /** The local header (with name and extra field), copied, to be patched. */
  readonly local: Buffer;
  readonly data: Buffer;
  readonly method: number;
}

function need(zip: Buffer, at: number, length: number, what: string): void {
  if (at < 0 || at + length > zip.length) throw new StoredZipError(`${what} runs past the end (offset ${at})`);
}

function readEntries(zip: Buffer): { entries: Entry[]; end: Buffer } {
  let endAt: number;
  try {
    endAt = endOfCentralDirectory(zip);
  } catch (error) {
    throw error instanceof ZipStructureError ? new StoredZipError(error.message) : error;
  }
  const end = zip.subarray(endAt);
  const count = end.readUInt16LE(10);
  let at = end.readUInt32LE(16);
  if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(8) !== count || count === 0xffff || at === 0xffffffff) throw new StoredZipError('a multi-disk or ZIP64 archive');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    need(zip, at, CENTRAL_SIZE, 'a central directory record');
    if (zip.readUInt32LE(at) !== SIG_CENTRAL) throw new StoredZipError(`no central directory record at ${at}`);
    const length = CENTRAL_SIZE + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    need(zip, at, length, 'a central directory record');
    const central = Buffer.from(zip.subarray(at, at + length));
    at += length;
    const flags = central.readUInt16LE(8);
    const method = central.readUInt16LE(10);
    const size = central.readUInt32LE(20);
    const offset = central.readUInt32LE(42);
    if ((flags & UNSUPPORTED_FLAGS) !== 0) throw new StoredZipError(`entry ${i} is encrypted or has a data descriptor`);
    if (method !== STORED && method !== DEFLATED) throw new StoredZipError(`entry ${i} uses compression method ${method}`);
    if (method === STORED && size !== central.readUInt32LE(24)) throw new StoredZipError(`stored entry ${i} has two sizes`);
    need(zip, offset, LOCAL_SIZE, 'a local header');
    if (zip.readUInt32LE(offset) !== SIG_LOCAL) throw new StoredZipError(`no local header at ${offset}`);
    const headerLength = LOCAL_SIZE + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    need(zip, offset, headerLength + size, 'an entry');
    const local = Buffer.from(zip.subarray(offset, offset + headerLength));
    if (local.readUInt16LE(8) !== method || local.readUInt32LE(18) !== size) throw new StoredZipError(`entry ${i}: the local header and the directory disagree`);
    entries.push({ central, local, data: zip.subarray(offset + headerLength, offset + headerLength + size), method });
  }
  return { entries, end: Buffer.from(end) };
}

/**
 * The same archive with every stored file (not the empty directory entries) deflated at zlib's
 * default level, the level JSZip's pako used. Entries already deflated are copied as they are.
 */
export async function deflateStoredZip(stored: Uint8Array): Promise<Buffer> {
  const zip = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  const { entries, end } = readEntries(zip);
  const bodies = await Promise.all(entries.map((e) => (e.method === STORED && e.data.length > 0 ? deflate(e.data) : e.data)));
  const out: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const body = bodies[i];
    const method = body === entry.data ? entry.method : DEFLATED;
    for (const [header, methodAt, sizeAt] of [
      [entry.local, 8, 18],
      [entry.central, 10, 20],
    ] as const) {
      header.writeUInt16LE(method, methodAt);
      header.writeUInt32LE(body.length, sizeAt);
    }
    entry.central.writeUInt32LE(offset, 42);
    out.push(entry.local, body);
    offset += entry.local.length + body.length;
  });
  const directory = entries.map((e) => e.central);
  const directorySize = directory.reduce((sum, record) => sum + record.length, 0);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...directory, end]);
}
