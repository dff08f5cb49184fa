/// <reference types="office-js" />
import * as ExcelJS from 'exceljs';
import { validate } from '../../../src/engine';
import type { WorkbookSnapshot } from '../../../src/engine';
import { DATA_COLUMNS, readSnapshot, toCellValue } from '../../../src/hosts/excel/read-snapshot';
import { isDateFormat, serialToDate } from '../../../src/hosts/excel/cell-values';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { FakeExcel, SeedValue } from '../../fakes/excel-fake';
import { NOW, workbook } from '../../helpers/builder';
import { fakeOf, reportWith, reportWithComments, syncsOf } from './helpers';
import { passesPersonalIdCheck } from '../../../src/engine/personal-id';

/** A valid test number for a birth date (generated with the engine's own check, never typed in). */
function personalId(birth: string): string {
  for (let n = 10_000; n < 100_000; n++) if (passesPersonalIdCheck(`${birth}${n}`)) return `${birth}${n}`;
  throw new Error(`no valid number for ${birth}`);
}

const FOUR_MB = 4 * 1024 * 1024;
const findingsOf = (s: WorkbookSnapshot): unknown[] => validate(s, { now: NOW }).findings.map(({ rule, sheet, cell }) => ({ rule, sheet, cell }));
// ExcelJS's own date rules, from the file the file reader uses (no types are published for it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const excelJsUtils = require('exceljs/lib/utils/utils') as { isDateFmt(f: string): boolean; excelToDate(v: number, d1904: boolean): Date };

describe('reading the workbook', () => {
  test('a few syncs, whatever the row count; 10,000 rows with long comments stay under 4 MB per response', async () => {
    const small = fakeOf(reportWith(10));
    expect(await syncsOf(small, () => readSnapshot(small.run))).toBe(4); // sheets, used ranges, values, number formats

    const large = fakeOf(reportWithComments(10_000));
    const syncs = await syncsOf(large, () => readSnapshot(large.run));
    const read = await readSnapshot(large.run);
    expect(read.sheets.Deltakere).toHaveLength(10_001);
    expect(findingsOf(read)).toEqual(findingsOf(reportWithComments(10_000)));
    expect(Math.max(...large.syncs.map((s) => s.responseBytes))).toBeLessThan(FOUR_MB);
    expect(Math.max(...large.syncs.map((s) => s.requestBytes))).toBeLessThan(FOUR_MB);
    expect(syncs).toBeLessThan(20);
  });

  test('the engine finds the same things in what was read as in the workbook itself', async () => {
    const snapshot = workbook()
      .withParticipants({ endDate: null }, { immigrantCategory: 'Ingen innvandrerbakgrunn' }, { startDate: new Date('2026-06-01T00:00:00Z') })
      .withInfo({ grantAmount: { error: '#REF!' } })
      .build();
    const read = await readSnapshot(fakeOf(snapshot).run);
    expect(findingsOf(read)).toEqual(findingsOf(snapshot));
    expect(findingsOf(read).length).toBeGreaterThan(2);
    expect(read.sheets.Deltakere[1]?.[9]).toEqual(new Date('2025-01-15T00:00:00Z')); // a date, not a serial
  });

  test('cells keep their place from A1, types become engine values, sheets keep their tab order', async () => {
    const fake = fakeOf({ sheets: { Første: [], Andre: [[null, null], [null, 'x', 2, true, { error: '#N/A' }, '#REF!']] } });
    fake.edit('Andre', 'F2', { numberFormat: '@' }); // typed as text: stays text
    const read = await readSnapshot(fake.run);
    expect(Object.keys(read.sheets)).toEqual(['Første', 'Andre']);
    expect(read.sheets.Første).toEqual([]);
    expect(read.sheets.Andre[0]).toBeUndefined();
    expect(read.sheets.Andre[1]).toEqual([null, 'x', 2, true, { error: '#N/A' }, '#REF!']);
  });

  test('a formula cell is read as its cached result', async () => {
    const fake = FakeExcel.withSheets({ Ark: [[{ formula: '=1+1', result: 2 }, { formula: '=1/0', result: '#DIV/0!' }]] });
    fake.edit('Ark', 'B1', { error: true });
    const read = await readSnapshot(fake.run);
    expect(read.sheets.Ark[0]).toEqual([2, { error: '#DIV/0!' }]);
  });

  test('one Office.js value → engine value: dates by number format, errors by value type', () => {
    expect(toCellValue('#REF!', { type: 'String' })).toBe('#REF!');
    expect(toCellValue('#REF!', { type: 'Error' })).toEqual({ error: '#REF!' });
    expect(toCellValue('', {})).toBeNull();
    expect(toCellValue(46022, { format: 'General' })).toBe(46022);
    expect(toCellValue(46022, { format: 'dd\\.mm\\.yyyy' })).toEqual(new Date('2025-12-31T00:00:00Z'));
    expect(toCellValue(44560, { format: 'dd.mm.yyyy' }, true)).toEqual(new Date('2025-12-31T00:00:00Z'));
  });

  test('a date format and a serial are read exactly as the file reader (ExcelJS) reads them', () => {
    const formats = ['General', '0', '0.00', '@', 'dd.mm.yyyy', 'dd\\.mm\\.yyyy', 'd/m/yy', '[$-414]d. mmmm yyyy', '"kr" #,##0', '[Red]0', 'h:mm', '0%', 'mmm', '[h]:mm:ss', '#,##0 "dager"'];
    for (const format of formats) expect([format, isDateFormat(format)]).toEqual([format, excelJsUtils.isDateFmt(format)]);
    for (const serial of [1, 59, 60, 61, 25569, 36526, 46022, 46022.75, 2958465]) {
      for (const d1904 of [false, true]) {
        const expected = excelJsUtils.excelToDate(serial, d1904);
        const day = new Date(Date.UTC(expected.getUTCFullYear(), expected.getUTCMonth(), expected.getUTCDate()));
        expect([serial, d1904, serialToDate(serial, d1904)]).toEqual([serial, d1904, day]);
      }
    }
  });

  test('a stray value far to the right: read where it is, and no read comes near 5 million cells', async () => {
    const snapshot = reportWith(6_000);
    const fake = fakeOf(snapshot);
    fake.edit('Deltakere', 'XFD1', { value: 'stray' });
    fake.edit('Deltakere', 'XFD6001', { value: 'stray' });
    const read = await readSnapshot(fake.run);
    expect(read.sheets.Deltakere[0]?.[16_383]).toBe('stray'); // the header rows are read in full
    expect(read.sheets.Deltakere[6_000]?.[16_383]).toBe('stray'); // below them, the box that holds it
    expect(read.sheets.Deltakere[5_999]?.length).toBeLessThanOrEqual(DATA_COLUMNS);
    // Everything the engine reads is there: same findings as the workbook without the strays,
    // plus the unknown header.
    const expected = findingsOf(snapshot);
    expect(findingsOf(read).filter((f) => (f as { cell: string }).cell !== 'XFD1')).toEqual(expected);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(FOUR_MB);
    expect(fake.syncs.reduce((sum, s) => sum + s.responseBytes, 0)).toBeLessThan(FOUR_MB);
  });

  test('national IDs typed anywhere right of the template columns are found, as the file reader finds them', async () => {
    const ids = [personalId('150790'), personalId('010203'), personalId('550790')];
    const snapshot = reportWith(3_000);
    const fake = fakeOf(snapshot);
    const places = ['BA11', 'ZZ2999', 'XFD3001'];
    places.forEach((cell, i) => fake.edit('Deltakere', cell, { value: ids[i] }));
    fake.edit('Programinfo', 'CA40', { value: `Notat: ${ids[0]}` });
    const read = await readSnapshot(fake.run);
    const leaks = validate(read, { now: NOW }).findings.filter((f) => f.rule === 'personal-id-in-sheet');
    expect(leaks.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual([...places.map((p) => `Deltakere!${p}`), 'Programinfo!CA40'].sort());
    expect(fake.syncs.length).toBeLessThan(60);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(FOUR_MB);
  });

  test('values everywhere far right: narrowed to at most MAX_BOXES boxes, every value read', async () => {
    const fake = fakeOf(reportWith(400));
    const columns: [string, number][] = [['BB', 53], ['CZ', 103], ['AAA', 702]];
    for (let r = 11; r <= 400; r += 13) for (const [column] of columns) fake.edit('Deltakere', `${column}${r}`, { value: `x-${column}${r}` });
    const read = await readSnapshot(fake.run);
    for (let r = 11; r <= 400; r += 13) {
      expect(columns.map(([, c]) => read.sheets.Deltakere[r - 1]?.[c])).toEqual(columns.map(([column]) => `x-${column}${r}`));
    }
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(FOUR_MB);
  });

  test('values that come back null (Excel gave up on a large read) are read again in halves', async () => {
    const fake = fakeOf(reportWith(300));
    fake.readCellLimit = 1_000;
    const read = await readSnapshot(fake.run);
    expect(findingsOf(read)).toEqual(findingsOf(reportWith(300)));
  });

  test.each(['ResponsePayloadSizeLimitExceeded', 'GeneralException'])('a sync refused with %s is read again in smaller blocks', async (code) => {
    const fake = fakeOf(reportWithComments(2_000));
    fake.payloadLimitBytes = 400_000;
    fake.responseLimitCode = code;
    const read = await readSnapshot(fake.run);
    expect(findingsOf(read)).toEqual(findingsOf(reportWithComments(2_000)));
    expect(read.sheets.Deltakere).toHaveLength(2_001);
  });

  test('another error is not mistaken for a size problem', async () => {
    const fake = fakeOf(reportWith(5));
    const failing = async <T,>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
      fake.run(async (context) => {
        const sync = context.sync.bind(context);
        let n = 0;
        (context as { sync: () => Promise<void> }).sync = async () => {
          if (++n === 3) throw Object.assign(new Error('Access denied'), { code: 'AccessDenied' });
          return sync();
        };
        return batch(context);
      });
    await expect(readSnapshot(failing)).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

/** The same cells in the fake as ExcelJS wrote them: values, formats, cached formula results. */
function fakeFromExcelJs(book: ExcelJS.Workbook): FakeExcel {
  const date1904 = book.properties.date1904 === true;
  const sheets: Record<string, SeedValue[][]> = {};
  const formats: [string, string, string][] = [];
  book.eachSheet((sheet) => {
    const grid: SeedValue[][] = (sheets[sheet.name] = []);
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const line = (grid[r - 1] ??= []);
        while (line.length < c - 1) line.push(null);
        const value = cell.value;
        line[c - 1] = value instanceof Date || value === null || typeof value !== 'object' ? (value as SeedValue) : (value as { error: string });
        if (cell.numFmt && !(value instanceof Date)) formats.push([sheet.name, cell.address, cell.numFmt]);
      });
    });
  });
  const fake = FakeExcel.withSheets(sheets, { date1904 });
  for (const [sheet, address, numberFormat] of formats) fake.edit(sheet, address, { numberFormat });
  return fake;
}

describe('Excel and the command line give the same findings for the same workbook', () => {
  test.each([false, true])('1904 date system: %s; a date typed into a text column reads «31.12.2025» in both', async (date1904) => {
    const snapshot = workbook()
      .withParticipants({ comment: new Date('2025-12-31T00:00:00Z') }, { startDate: new Date('2026-06-01T00:00:00Z') }, { endDate: null })
      .build();
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = date1904;
    for (const [name, grid] of Object.entries(snapshot.sheets)) {
      const sheet = book.addWorksheet(name);
      grid.forEach((row, r) =>
        row?.forEach((value, c) => {
          if (value === null) return;
          const cell = sheet.getCell(r + 1, c + 1);
          cell.value = value instanceof Date || typeof value !== 'object' ? value : { error: value.error } as ExcelJS.CellErrorValue;
          if (value instanceof Date) cell.numFmt = 'dd\\.mm\\.yyyy';
        }),
      );
    }
    const cli = await readXlsxBuffer(await book.xlsx.writeBuffer());
    const excel = await readSnapshot(fakeFromExcelJs(book).run);
    expect(findingsOf(excel)).toEqual(findingsOf(cli));
    expect(findingsOf(excel).length).toBeGreaterThan(1);
    expect(excel.sheets.Deltakere[1]?.[22]).toEqual(new Date('2025-12-31T00:00:00Z'));
    expect(excel.sheets.Deltakere[1]?.[22]).toEqual(cli.sheets.Deltakere[1]?.[22]);
    expect(excel.sheets.Deltakere[2]?.[9]).toEqual(cli.sheets.Deltakere[2]?.[9]);
  });
});
