import * as ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { readXlsxFile } from '../../../src/hosts/xlsx/read-file';
import { WorkbookReadError } from '../../../src/hosts/xlsx/errors';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One sheet holding one cell of every kind the reader must understand. */
async function kitchenSink(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 'plain text';
  ws.getCell('B1').value = 42.5;
  ws.getCell('C1').value = true;
  ws.getCell('D1').value = false;
  ws.getCell('A2').value = { richText: [{ text: 'Rich ', font: { bold: true } }, { text: 'text' }] };
  ws.getCell('B2').value = { text: 'IMDi', hyperlink: 'https://www.imdi.no' };
  ws.getCell('C2').value = { text: { richText: [{ text: 'rich ' }, { text: 'link' }] }, hyperlink: 'https://example.org' } as unknown as ExcelJS.CellValue;
  ws.getCell('A3').value = utc(2025, 12, 31);
  ws.getCell('A3').numFmt = 'dd.mm.yyyy';
  // A date with a time of day, and a date serial without date format (stays a number).
  ws.getCell('B3').value = new Date(Date.UTC(2025, 4, 31, 13, 45));
  ws.getCell('B3').numFmt = 'dd.mm.yyyy hh:mm';
  ws.getCell('C3').value = 45657;
  ws.getCell('A4').value = { formula: 'B1*2', result: 85 };
  ws.getCell('B4').value = { formula: 'A1&"!"', result: 'plain text!' };
  ws.getCell('C4').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  ws.getCell('D4').value = { formula: 'Sheet9!A1', result: { error: '#REF!' } };
  ws.getCell('E4').value = { formula: 'DATE(2025,6,30)', result: utc(2025, 6, 30) };
  ws.getCell('E4').numFmt = 'dd.mm.yyyy';
  ws.getCell('A5').value = { error: '#REF!' };
  ws.getCell('B5').value = { error: '#DIV/0!' };
  ws.getCell('C5').value = { error: '#N/A' };
  ws.getCell('A6').value = 'merged master';
  ws.mergeCells('A6:C7');
  ws.getCell('A9').value = 'after a gap';
  ws.getCell('A10').value = { formula: 'A4+1', result: 86, shareType: 'shared', ref: 'A10:A11' } as unknown as ExcelJS.CellValue;
  ws.getCell('A11').value = { sharedFormula: 'A10', result: 87 } as ExcelJS.CellSharedFormulaValue;
  const hidden = wb.addWorksheet('Skjult');
  hidden.state = 'hidden';
  hidden.getCell('B2').value = 'hidden value';
  return bytesOf(wb);
}

describe('readXlsxBuffer: cell values', () => {
  let sheets: Awaited<ReturnType<typeof readXlsxBuffer>>['sheets'];
  beforeAll(async () => {
    sheets = (await readXlsxBuffer(await kitchenSink())).sheets;
  });

  test('keeps every sheet in tab order, hidden ones included', () => {
    expect(Object.keys(sheets)).toEqual(['Data', 'Skjult']);
    expect(sheets.Skjult[1]).toEqual([null, 'hidden value']);
  });

  test('text, numbers and booleans as they are', () => {
    expect(sheets.Data[0]).toEqual(['plain text', 42.5, true, false]);
  });

  test('rich text and hyperlinks become their text', () => {
    expect(sheets.Data[1]).toEqual(['Rich text', 'IMDi', 'rich link']);
  });

  test('date-formatted cells become UTC-midnight dates; unformatted serials stay numbers', () => {
    const [date, dateTime, serial] = sheets.Data[2] as unknown[];
    expect(date).toEqual(utc(2025, 12, 31));
    expect(dateTime).toEqual(utc(2025, 5, 31));
    expect(serial).toBe(45657);
  });

  test('formulas give their cached result; without one they are empty', () => {
    expect(sheets.Data[3]).toEqual([85, 'plain text!', null, { error: '#REF!' }, utc(2025, 6, 30)]);
  });

  test('shared formulas give their cached results', () => {
    expect(sheets.Data[9]?.[0]).toBe(86);
    expect(sheets.Data[10]?.[0]).toBe(87);
  });

  test('error values become { error }', () => {
    expect(sheets.Data[4]).toEqual([{ error: '#REF!' }, { error: '#DIV/0!' }, { error: '#N/A' }]);
  });

  test('a merged range has its value in the top-left cell only', () => {
    expect(sheets.Data[5]).toEqual(['merged master']);
    expect(sheets.Data[6] ?? []).toEqual([]);
  });

  test('rows are addressed by their sheet row (rows[0] is row 1), gaps included', () => {
    expect(sheets.Data[7] ?? []).toEqual([]);
    expect(sheets.Data[8]).toEqual(['after a gap']);
  });
});

test('reads shared strings written by another writer (inline strings too)', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').addRow(['same', 'same', 'other']);
  const shared = await readXlsxBuffer(new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: true })));
  const inline = await readXlsxBuffer(new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: false })));
  expect(shared.sheets.S[0]).toEqual(['same', 'same', 'other']);
  expect(inline.sheets.S[0]).toEqual(['same', 'same', 'other']);
});

test('accepts an ArrayBuffer as well as a Uint8Array', async () => {
  const bytes = await kitchenSink();
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const snapshot = await readXlsxBuffer(copy);
  expect(snapshot.sheets.Data[0]?.[0]).toBe('plain text');
});

test('rows without values are holes: the snapshot is sparse', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Mål').getCell('B2').value = 7;
  expect(await readXlsxBuffer(await bytesOf(wb))).toEqual({ sheets: { Mål: [undefined, [null, 7]] } });
});

describe('readXlsxFile', () => {
  test('reads a file on disk', async () => {
    const path = join(await fs.mkdtemp(join(tmpdir(), 'rapportsjekk-')), 'ok.xlsx');
    await fs.writeFile(path, await kitchenSink());
    expect(Object.keys((await readXlsxFile(path)).sheets)).toEqual(['Data', 'Skjult']);
  });

  test('a missing path is not-found', async () => {
    await expect(readXlsxFile(join(tmpdir(), 'does-not-exist-rapportsjekk.xlsx'))).rejects.toMatchObject({
      name: 'WorkbookReadError',
      reason: 'not-found',
    });
  });

  test('a directory is not a regular file', async () => {
    const error = await readXlsxFile(tmpdir()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).reason).toBe('not-a-file');
  });
});
