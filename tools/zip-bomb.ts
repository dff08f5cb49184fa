/**
 * Zip bombs shaped like an xlsx, for the hardening tests: a few MB that inflate to gigabytes.
 * The big part is one worksheet whose XML is padded with spaces. Its deflate data is built from
 * one compressed megabyte repeated (each piece ends with a full flush, so the pieces stand
 * alone and can be laid end to end); nothing of gigabyte size is ever held in memory.
 *
 * `honest`: the headers state the real sizes (refused from the central directory alone).
 * `lying`: the headers claim the part is small (refused while inflating, by counting).
 */
import { constants, crc32, deflateRawSync } from 'zlib';

const MiB = 1 << 20;

interface ZipPart {
  readonly name: string;
  readonly method: 0 | 8;
  readonly data: Buffer;
  readonly crc: number;
  /** What the headers claim; the truth unless a bomb lies. */
  readonly declaredSize: number;
}

/** Fixed timestamp (2026-01-01 00:00) so the bytes depend on the content only. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

function localHeader(part: ZipPart): Buffer {
  const name = Buffer.from(part.name, 'utf8');
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(part.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(part.crc >>> 0, 14);
  h.writeUInt32LE(part.data.length, 18);
  h.writeUInt32LE(part.declaredSize, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralHeader(part: ZipPart, offset: number): Buffer {
  const name = Buffer.from(part.name, 'utf8');
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(part.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(part.crc >>> 0, 16);
  h.writeUInt32LE(part.data.length, 20);
  h.writeUInt32LE(part.declaredSize, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/** A zip archive of parts whose data is already compressed. */
export function zipArchive(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const part of parts) {
    offsets.push(offset);
    const header = localHeader(part);
    chunks.push(header, part.data);
    offset += header.length + part.data.length;
  }
  const central = Buffer.concat(parts.map((part, i) => centralHeader(part, offsets[i])));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, central, end]);
}

export function deflatedPart(name: string, text: string): ZipPart {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 8, data: deflateRawSync(data), crc: crc32(data), declaredSize: data.length };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Deltakere" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';
const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** The parts every xlsx needs, so the bomb passes for a workbook until it is inflated. */
export function workbookSkeleton(): ZipPart[] {
  return [
    deflatedPart('[Content_Types].xml', CONTENT_TYPES),
    deflatedPart('_rels/.rels', ROOT_RELS),
    deflatedPart('xl/workbook.xml', WORKBOOK),
    deflatedPart('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
  ];
}

export interface ZipBombOptions {
  /** Megabytes of padding the worksheet inflates to (the default 2048 is 2 GiB; at most 4095). */
  readonly inflatedMiB?: number;
  /** Claim a small size in the headers (the directory check cannot see the bomb). */
  readonly lying?: boolean;
}

/** An xlsx-shaped zip bomb: about 1 KB per MiB it inflates to. */
export function zipBomb(options: ZipBombOptions = {}): Buffer {
  const mib = options.inflatedMiB ?? 2048;
  if (mib < 1 || mib > 4095) throw new Error('zipBomb: inflatedMiB must be 1…4095 (no zip64)');
  const head = Buffer.from(SHEET_HEAD, 'utf8');
  const tail = Buffer.from(SHEET_TAIL, 'utf8');
  const padding = Buffer.alloc(MiB, 0x20);
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const padded = deflateRawSync(padding, flush);
  const pieces = [deflateRawSync(head, flush)];
  for (let i = 0; i < mib; i++) pieces.push(padded);
  pieces.push(deflateRawSync(tail)); // ends with the final block
  let crc = crc32(head);
  for (let i = 0; i < mib; i++) crc = crc32(padding, crc);
  crc = crc32(tail, crc);
  const realSize = head.length + mib * MiB + tail.length;
  const sheet: ZipPart = {
    name: 'xl/worksheets/sheet1.xml',
    method: 8,
    data: Buffer.concat(pieces),
    crc,
    declaredSize: options.lying === true ? head.length + tail.length : realSize,
  };
  return zipArchive([...workbookSkeleton(), sheet]);
}
