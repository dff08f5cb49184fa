/**
 * The guard that inflates every part before ExcelJS does (src/hosts/xlsx/package-guard.ts):
 * limits checked while inflating, not only from the directory, and cells counted in the XML.
 */
import * as ExcelJS from 'exceljs';
import { checkUnpackedSize, mergedArea, PackageLimits, SheetElementCounter } from '../../src/hosts/xlsx/package-guard';
import { WorkbookReadError } from '../../src/hosts/xlsx/errors';
import { readXlsxBuffer } from '../../src/hosts/xlsx/read';
import { cellBomb } from '../../tools/make-bad-files';
import { deflatedPart, workbookSkeleton, zipArchive, zipBomb } from '../../tools/zip-bomb';

const LIMITS: PackageLimits = { maxUncompressedBytes: 200 * 1024 * 1024, maxParts: 10_000, maxSheetCells: 2_000_000 };

async function refusal(bytes: Uint8Array, limits: PackageLimits = LIMITS): Promise<WorkbookReadError> {
  const error = await checkUnpackedSize(bytes, limits).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookReadError)) throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  return error;
}

async function realXlsx(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deltakere');
  for (let r = 1; r <= rows; r++) sheet.addRow([`D${r}`, 'Kvinne', 1988]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

test('the platform inflates deflate-raw streams (without it only the directory check would apply)', () => {
  expect(typeof DecompressionStream).toBe('function');
  expect(() => new DecompressionStream('deflate-raw' as CompressionFormat)).not.toThrow();
});

test('a real workbook passes, and its cells are counted', async () => {
  await expect(checkUnpackedSize(await realXlsx(50), LIMITS)).resolves.toBeUndefined();
  // 50 rows × 3 cells + 50 rows = 200 elements: refused one below, accepted at it.
  expect((await refusal(await realXlsx(50), { ...LIMITS, maxSheetCells: 199 })).reason).toBe('too-large');
  await expect(checkUnpackedSize(await realXlsx(50), { ...LIMITS, maxSheetCells: 200 })).resolves.toBeUndefined();
});

test('a zip bomb whose directory lies is refused while inflating, by the byte limit', async () => {
  const bomb = zipBomb({ inflatedMiB: 64, lying: true });
  const error = await refusal(bomb, { ...LIMITS, maxUncompressedBytes: 16 * 1024 * 1024 });
  expect(error.reason).toBe('too-large');
  expect(error.detail).toMatch(/sheet1\.xml takes the package past 16777216 bytes/);
});

test('a part that unpacks to more than its header says, within the limit, is damaged', async () => {
  const error = await refusal(zipBomb({ inflatedMiB: 2, lying: true }));
  expect(error.reason).toBe('damaged');
  expect(error.detail).toMatch(/unpacks to \d+ bytes, its header says \d+/);
});

test('the same bomb telling the truth is refused from its directory, before anything is inflated', async () => {
  const error = await readXlsxBuffer(zipBomb({ inflatedMiB: 300 })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookReadError);
  expect((error as WorkbookReadError).reason).toBe('too-large');
  expect((error as WorkbookReadError).detail).toMatch(/^parts unpack to/);
});

test('too many cells, or too many parts, are too large', async () => {
  expect((await refusal(cellBomb(2_000, 25), { ...LIMITS, maxSheetCells: 50_000 })).detail).toMatch(/more than 50000 cells/);
  const parts = Array.from({ length: 30 }, (_, i) => deflatedPart(`xl/media/image${i}.png`, 'x'));
  expect((await refusal(zipArchive([...workbookSkeleton(), ...parts]), { ...LIMITS, maxParts: 20 })).detail).toBe('34 parts (limit 20)');
});

test('a merged range counts every cell it covers (ExcelJS creates each one)', () => {
  expect(mergedArea('A1:C3')).toBe(9);
  expect(mergedArea('$B$2:$B$2')).toBe(1);
  expect(mergedArea('C3:A1')).toBe(9);
  expect(mergedArea('A1:XFD1048576')).toBe(16_384 * 1_048_576);
  expect(mergedArea('Z100:Z99999999')).toBe(99_999_900);
  expect(mergedArea('not a range')).toBe(0);
});

describe('SheetElementCounter', () => {
  const xml = '<sheetData><row r="1"><c r="A1"><v>1</v></c><x:c r="B1" t="s"><x:v>0</x:v></x:c><cols/></row><row r="2"/></sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells>';
  // rows 2, cells 2, merged 4; <cols> and <v> are not cells.
  const expected = 8;

  test('counts rows, cells (any prefix) and merged cells', () => {
    const counter = new SheetElementCounter();
    counter.push(xml);
    expect(counter.count).toBe(expected);
  });

  test('counts the same however the text is cut into chunks', () => {
    for (let size = 1; size <= 40; size++) {
      const counter = new SheetElementCounter();
      for (let at = 0; at < xml.length; at += size) counter.push(xml.slice(at, at + size));
      expect(counter.count).toBe(expected);
    }
  });
});
