/**
 * Reads a zip file's central directory without inflating anything, so a file can be judged
 * (is it an xlsx? how big would it be unpacked?) before its bytes reach ExcelJS and JSZip.
 * Browser-safe: plain byte arithmetic, no Node APIs.
 */
import { WorkbookReadError } from './errors';

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** As the central directory claims it; a zip bomb lies here or inflates far beyond it. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** The bytes do not hold a readable zip directory (truncated or corrupt). */
export class ZipStructureError extends Error {
  override readonly name = 'ZipStructureError';
}

/** The record signatures (also used by batch/deflate-zip.ts, which rewrites a zip's headers). */
export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_END = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** "PK\3\4" (a zip with entries) or "PK\5\6" (an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6);
}

class Reader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  has(offset: number, length: number): boolean {
    return offset >= 0 && offset + length <= this.bytes.length;
  }

  u16(offset: number): number {
    this.need(offset, 2);
    return this.view.getUint16(offset, true);
  }

  u32(offset: number): number {
    this.need(offset, 4);
    return this.view.getUint32(offset, true);
  }

  /** 64-bit little-endian as a JS number (exact below 2^53, which covers every real file). */
  u64(offset: number): number {
    return this.u32(offset) + this.u32(offset + 4) * 0x1_0000_0000;
  }

  private need(offset: number, length: number): void {
    if (!this.has(offset, length)) throw new ZipStructureError(`read past the end at ${offset}`);
  }
}

function findEndOfCentralDirectory(r: Reader): number {
  const last = r.bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let offset = last; offset >= first; offset--) {
    if (r.u32(offset) === SIG_END) return offset;
  }
  throw new ZipStructureError('no end of central directory record (truncated?)');
}

/** Where the end of central directory record starts; throws ZipStructureError when there is none. */
export function endOfCentralDirectory(bytes: Uint8Array): number {
  return findEndOfCentralDirectory(new Reader(bytes));
}

interface Directory {
  readonly offset: number;
  readonly size: number;
  readonly count: number;
}

function directoryLocation(r: Reader, eocd: number): Directory {
  let count = r.u16(eocd + 10);
  let size = r.u32(eocd + 12);
  let offset = r.u32(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (!r.has(locator, 20) || r.u32(locator) !== SIG_ZIP64_LOCATOR) throw new ZipStructureError('zip64 locator missing');
    const end64 = r.u64(locator + 8);
    if (r.u32(end64) !== SIG_ZIP64_END) throw new ZipStructureError('zip64 end record missing');
    count = r.u64(end64 + 32);
    size = r.u64(end64 + 40);
    offset = r.u64(end64 + 48);
  }
  if (!r.has(offset, size)) throw new ZipStructureError('central directory lies outside the file');
  return { offset, size, count };
}

/** Zip64 extra field (0x0001): the 8-byte values whose 32-bit fields are 0xFFFFFFFF, in order. */
function zip64Sizes(r: Reader, extraStart: number, extraLength: number, fields: { uncompressed: number; compressed: number; offset: number }): void {
  let p = extraStart;
  const end = extraStart + extraLength;
  while (p + 4 <= end) {
    const id = r.u16(p);
    const length = r.u16(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (fields.uncompressed === 0xffffffff) { fields.uncompressed = r.u64(q); q += 8; }
      if (fields.compressed === 0xffffffff) { fields.compressed = r.u64(q); q += 8; }
      if (fields.offset === 0xffffffff) fields.offset = r.u64(q);
      return;
    }
    p += 4 + length;
  }
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Every entry of the central directory; throws ZipStructureError when it cannot be read. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const r = new Reader(bytes);
  const { offset, size, count } = directoryLocation(r, findEndOfCentralDirectory(r));
  const entries: ZipEntry[] = [];
  let p = offset;
  const end = offset + size;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || r.u32(p) !== SIG_CENTRAL) throw new ZipStructureError(`bad central directory entry ${i}`);
    const flags = r.u16(p + 8);
    const method = r.u16(p + 10);
    const nameLength = r.u16(p + 28);
    const extraLength = r.u16(p + 30);
    const commentLength = r.u16(p + 32);
    const fields = { compressed: r.u32(p + 20), uncompressed: r.u32(p + 24), offset: r.u32(p + 42) };
    if (!r.has(p + 46, nameLength + extraLength + commentLength)) throw new ZipStructureError(`entry ${i} runs past the end`);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise it is CP437, whose ASCII part is all a package uses.
    const name = (flags & 0x800 ? utf8 : latin1).decode(rawName);
    zip64Sizes(r, p + 46 + nameLength, extraLength, fields);
    entries.push({
      name,
      method,
      compressedSize: fields.compressed,
      uncompressedSize: fields.uncompressed,
      localHeaderOffset: fields.offset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of a stored (uncompressed) entry, or null when it is compressed or unreadable. */
export function storedEntryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  return entry.method === 0 ? entryBytes(bytes, entry) : null;
}

/** An entry's data as it lies in the file (compressed or not), or null when unreadable. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const r = new Reader(bytes);
  const at = entry.localHeaderOffset;
  if (!r.has(at, 30) || r.u32(at) !== SIG_LOCAL) return null;
  const start = at + 30 + r.u16(at + 26) + r.u16(at + 28);
  if (!r.has(start, entry.compressedSize)) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** A workbook's zip directory, for both the classifier and the reader: a broken one is a damaged workbook. */
export function readWorkbookDirectory(bytes: Uint8Array): ZipEntry[] {
  try {
    return readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipStructureError) throw new WorkbookReadError('damaged', error.message);
    throw error;
  }
}
