/**
 * Judges a file by its bytes before any of it is inflated: empty, old .xls, password-protected,
 * OpenDocument, some other zip (.docx), not a zip at all, damaged, or too large unpacked.
 * Only a file that passes reaches ExcelJS. Browser-safe.
 */
import { WorkbookReadError } from './errors';
import { looksLikeZip, readWorkbookDirectory, storedEntryBytes, ZipEntry } from './zip-directory';

/** Refuse files whose parts would unpack to more than this (zip bomb guard). */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

/** OLE2 / Compound File Binary: old .xls, and the envelope Office puts encrypted xlsx files in. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORKBOOK_PART = 'xl/workbook.xml';
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An encrypted xlsx is a CFB file with an "EncryptedPackage" stream. Directory entry names are
 * UTF-16LE; scanning for the name is enough and needs no CFB parser.
 */
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');

function classifyCfb(bytes: Uint8Array): never {
  throw new WorkbookReadError(contains(bytes, ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls');
}

function normalisedName(entry: ZipEntry): string {
  return entry.name.replace(/^\/+/, '').replace(/\\/g, '/').toLowerCase();
}

function classifyZip(bytes: Uint8Array, maxUncompressedBytes: number): void {
  const entries = readWorkbookDirectory(bytes);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > maxUncompressedBytes) {
    throw new WorkbookReadError('too-large', `parts unpack to ${total} bytes (limit ${maxUncompressedBytes})`);
  }
  if (entries.some((e) => normalisedName(e) === WORKBOOK_PART)) return;
  const mimetype = entries.find((e) => normalisedName(e) === 'mimetype');
  const stored = mimetype === undefined ? null : storedEntryBytes(bytes, mimetype);
  // OpenDocument requires the mimetype entry first and uncompressed, so no inflating is needed.
  if (stored !== null && new TextDecoder('latin1').decode(stored).trim().startsWith(ODS_MIMETYPE)) {
    throw new WorkbookReadError('ods');
  }
  throw new WorkbookReadError('not-xlsx', 'a zip file without xl/workbook.xml');
}

/** Throws WorkbookReadError unless the bytes look like a readable xlsx package. */
export function checkContainer(bytes: Uint8Array, maxUncompressedBytes = DEFAULT_MAX_UNCOMPRESSED_BYTES): void {
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  if (startsWith(bytes, CFB_MAGIC)) classifyCfb(bytes);
  if (!looksLikeZip(bytes)) throw new WorkbookReadError('not-xlsx', 'no zip signature');
  classifyZip(bytes, maxUncompressedBytes);
}
