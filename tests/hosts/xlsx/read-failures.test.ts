/**
 * Every reason a file cannot be read, from inputs built here: each must be named before
 * ExcelJS sees the bytes (or, for a damaged package, when it fails).
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { nodeInflate } from '../../../src/hosts/xlsx/node-inflate';
import { ReadFailure, WorkbookReadError } from '../../../src/hosts/xlsx/errors';
import { readZipDirectory } from '../../../src/hosts/xlsx/zip-directory';

/**
 * The failure with fflate (the browser's inflater), checked to be the very same failure, detail
 * and all, with Node's native zlib (the CLI's): a host's faster inflater changes no verdict.
 */
async function failure(bytes: Uint8Array, options?: { maxUncompressedBytes?: number }): Promise<WorkbookReadError> {
  const [error, native] = await Promise.all(
    [options, { ...options, inflate: nodeInflate }].map((o) =>
      readXlsxBuffer(bytes, o).then(
        () => null,
        (e: unknown) => e,
      ),
    ),
  );
  if (!(error instanceof WorkbookReadError)) throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  expect(native).toBeInstanceOf(WorkbookReadError);
  expect([(native as WorkbookReadError).reason, (native as WorkbookReadError).detail]).toEqual([error.reason, error.detail]);
  return error;
}

async function validXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Deltakere').addRow(['DeltakerID', 'Kjønn']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function zipOf(files: Record<string, string>, stored: readonly string[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text, { compression: stored.includes(name) ? 'STORE' : 'DEFLATE' });
  return zip.generateAsync({ type: 'uint8array' });
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A CFB (OLE2) header followed by directory entries naming the given streams in UTF-16LE. */
function cfb(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  let offset = 1024;
  for (const name of ['Root Entry', ...streams]) {
    for (let i = 0; i < name.length; i++) bytes[offset + i * 2] = name.charCodeAt(i);
    offset += 128;
  }
  return bytes;
}

/** Rewrites every central directory entry's uncompressed size (offset 24 of each record). */
function claimSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let p = 0; p + 4 <= out.length; p++) {
    if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, size, true);
  }
  return out;
}

const cases: [string, () => Promise<Uint8Array> | Uint8Array, ReadFailure][] = [
  ['an empty file', () => new Uint8Array(0), 'empty'],
  ['a CSV file', () => text('DeltakerID;Kjønn\nD1;Kvinne\n'), 'not-xlsx'],
  ['random bytes', () => Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 251), 'not-xlsx'],
  ['a truncated xlsx', async () => (await validXlsx()).slice(0, 3000), 'damaged'],
  ['a .docx-like zip', () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'not-xlsx'],
  ['an old binary .xls (OLE2 without EncryptedPackage)', () => cfb(['Workbook', '\u0005SummaryInformation']), 'xls'],
  ['a password-protected xlsx (OLE2 with EncryptedPackage)', () => cfb(['EncryptionInfo', 'EncryptedPackage']), 'encrypted'],
  [
    'an OpenDocument spreadsheet',
    () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }, ['mimetype']),
    'ods',
  ],
  [
    'an OpenDocument text document (a zip, but no spreadsheet)',
    () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }, ['mimetype']),
    'not-xlsx',
  ],
  ['an empty zip', () => zipOf({}), 'not-xlsx'],
  ['a zip whose central directory claims 4 GB of content', async () => claimSizes(await validXlsx(), 0xfffffff0), 'too-large'],
];

test.each(cases.map(([name, make, reason]) => ({ name, make, reason })))('$name → $reason', async ({ make, reason }) => {
  const error = await failure(await make());
  expect(error.reason).toBe(reason);
  expect(error.describe('nb').length).toBeGreaterThan(0);
});

test('a zip whose central directory is corrupt is damaged', async () => {
  const bytes = await validXlsx();
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  // The first central directory entry loses its signature.
  for (let p = 0; p + 4 <= bytes.length; p++) {
    if (view.getUint32(p, true) === 0x02014b50) {
      view.setUint32(p, 0x12345678, true);
      break;
    }
  }
  expect((await failure(bytes)).reason).toBe('damaged');
});

test('an xlsx whose parts are garbage is damaged (ExcelJS fails, the reason is still plain)', async () => {
  const bytes = await zipOf({
    '[Content_Types].xml': '<Types',
    'xl/workbook.xml': '<<<not xml',
    'xl/_rels/workbook.xml.rels': 'garbage',
  });
  const error = await failure(bytes);
  expect(error.reason).toBe('damaged');
  expect(error.message).toBe('the file is damaged and cannot be read');
});

test('the size limit is the sum of the parts, and can be lowered', async () => {
  const bytes = await validXlsx();
  const total = readZipDirectory(bytes).reduce((sum, e) => sum + e.uncompressedSize, 0);
  expect((await failure(bytes, { maxUncompressedBytes: total - 1 })).reason).toBe('too-large');
  await expect(readXlsxBuffer(bytes, { maxUncompressedBytes: total })).resolves.toHaveProperty('sheets');
  // Native zlib takes the part whole only when it fits the budget left; at the exact limit it does.
  await expect(readXlsxBuffer(bytes, { maxUncompressedBytes: total, inflate: nodeInflate })).resolves.toEqual(await readXlsxBuffer(bytes));
});

test('the zip directory reader lists the parts of a real xlsx', async () => {
  const names = readZipDirectory(await validXlsx()).map((e) => e.name);
  expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
});
