/**
 * Every place where the ExcelJS reader (the product's reader until it got its own; kept as the
 * reference in tests/support/exceljs-reader.ts) reads a workbook wrong, each on a workbook in the
 * shape its writer really produces: what ExcelJS answers, and what the reader answers instead.
 * The differential test allows exactly these differences. Issue 8 part 4 and issue 9.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { validate } from '../../../src/engine';
import type { WorkbookSnapshot } from '../../../src/engine';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { EXAMPLES_NOW } from '../../../tools/example-reports';
import { readWithExcelJs } from '../../support/exceljs-reader';
import { excelShaped } from '../../support/excel-shaped';

const ROOT = path.join(__dirname, '..', '..', '..');
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const oneSheet = (rows: string, date1904?: string): Promise<Uint8Array> => excelShaped({ date1904, sheets: [{ name: 'A', rows }] });
const refusal = (read: Promise<WorkbookSnapshot>): Promise<unknown> => read.then(() => 'read', (error: { reason?: string }) => error.reason);

test('a formula whose cached result is 0 ("Antall mentees" = COUNTIF(...) on Mentorer): ExcelJS reads it empty, a false value-required', async () => {
  // The clean example, with Mentorer!E8 ("Antall mentees") a formula Excel calculated to 0.
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(ROOT, 'examples', 'rapport-ok.xlsx')));
  const mentors = await zip.file('xl/worksheets/sheet5.xml')!.async('string');
  const patched = mentors.replace(/<c r="E8"( s="\d+")?><v>\d+<\/v><\/c>/, '<c r="E8"$1><f>COUNTIF(Deltakere!M:M,A8)</f><v>0</v></c>');
  expect(patched).not.toBe(mentors);
  zip.file('xl/worksheets/sheet5.xml', patched);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });

  const valueRequiredAtE8 = (snapshot: WorkbookSnapshot) =>
    validate(snapshot, { now: EXAMPLES_NOW }).findings.filter((f) => f.rule === 'value-required' && f.sheet === 'Mentorer' && f.cell === 'E8');
  expect(valueRequiredAtE8(await readWithExcelJs(bytes))).toHaveLength(1);
  expect(valueRequiredAtE8(await readXlsxBuffer(bytes))).toEqual([]);
  expect((await readXlsxBuffer(bytes)).sheets.Mentorer[7]?.[4]).toBe(0);
});

test('cached FALSE and "" of a formula: ExcelJS reads them empty', async () => {
  const bytes = await oneSheet('<row r="1"><c r="A1" t="b"><f>1=2</f><v>0</v></c><c r="B1" t="str"><f>""</f><v></v></c><c r="C1"><f>1-1</f><v>0</v></c></row>');
  expect((await readWithExcelJs(bytes)).sheets.A).toEqual([]);
  expect((await readXlsxBuffer(bytes)).sheets.A).toEqual([[false, '', 0]]);
});

test('the 1904 date system written date1904="true" (LibreOffice, Strict): ExcelJS reads dates 4 years and a day early', async () => {
  const bytes = await oneSheet('<row r="1"><c r="A1" s="1"><v>44196</v></c></row>', 'true');
  expect((await readWithExcelJs(bytes)).sheets.A[0]).toEqual([utc(2020, 12, 31)]);
  expect((await readXlsxBuffer(bytes)).sheets.A[0]).toEqual([utc(2025, 1, 1)]);
});

test('t="d" (ISO 8601 dates, as Strict Open XML and LibreOffice may write them): ExcelJS reads the year as a number', async () => {
  const bytes = await oneSheet('<row r="1"><c r="A1" s="1" t="d"><v>2025-01-02T00:00:00</v></c></row>');
  expect((await readWithExcelJs(bytes)).sheets.A[0]?.[0]).not.toEqual(utc(2025, 1, 2));
  expect((await readXlsxBuffer(bytes)).sheets.A[0]).toEqual([utc(2025, 1, 2)]);
});

test('rows and cells without r (allowed by the schema): ExcelJS calls the file damaged', async () => {
  const bytes = await oneSheet('<row><c t="inlineStr"><is><t>uten r</t></is></c><c><v>2</v></c></row>');
  expect(await refusal(readWithExcelJs(bytes))).toBe('damaged');
  expect((await readXlsxBuffer(bytes)).sheets.A).toEqual([['uten r', 2]]);
});

test('_x000D_ in an inline string: ExcelJS keeps the escape as text', async () => {
  const bytes = await oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>linje_x000D_</t></is></c></row>');
  expect((await readWithExcelJs(bytes)).sheets.A[0]).toEqual(['linje_x000D_']);
  expect((await readXlsxBuffer(bytes)).sheets.A[0]).toEqual(['linje\r']);
});

test('a t="str" formula result with an escaped ampersand: ExcelJS decodes it twice', async () => {
  const bytes = await oneSheet('<row r="1"><c r="A1" t="str"><f>"&amp;amp;"</f><v>A &amp;amp; B</v></c></row>');
  expect((await readWithExcelJs(bytes)).sheets.A[0]).toEqual(['A & B']);
  expect((await readXlsxBuffer(bytes)).sheets.A[0]).toEqual(['A &amp; B']);
});

test("ExcelJS's browser build turns a date-formatted formula's error or text result into Invalid Date (the CLI's patch never reached the page)", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const BrowserExcelJs = require('exceljs/dist/exceljs.min.js') as typeof import('exceljs');
  const bytes = await oneSheet('<row r="1"><c r="A1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" s="1" t="str"><f>"ukjent"</f><v>ukjent</v></c></row>');
  const workbook = new BrowserExcelJs.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const results = ['A1', 'B1'].map((a) => (workbook.getWorksheet('A')!.getCell(a).value as { result: unknown }).result);
  expect(results.map((r) => r instanceof Date && Number.isNaN(r.getTime()))).toEqual([true, true]);
  expect((await readXlsxBuffer(bytes)).sheets.A[0]).toEqual([{ error: '#DIV/0!' }, 'ukjent']);
});

test('a workbook with cell notes written by openpyxl (as pandas writes them): ExcelJS calls it damaged', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rapportsjekk-openpyxl-')), 'notater.xlsx');
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const made = spawnSync(python, [path.join(ROOT, 'tests', 'support', 'openpyxl-workbook.py'), file], { encoding: 'utf8' });
  expect(made.stderr).toBe('');
  const bytes = fs.readFileSync(file);
  expect(await refusal(readWithExcelJs(bytes))).toBe('damaged');
  expect((await readXlsxBuffer(bytes)).sheets).toEqual({
    Deltakere: [
      ['DeltakerID', 'Fødselsår', 'Startdato', 'Aktiv', 'Snitt', 'Formel'],
      // openpyxl stores formulas without a cached result: never calculated, so empty.
      ['D-001', 1990, utc(2025, 1, 15), true, 2.5],
      ['D-002', 1985, utc(2025, 2, 1), false],
      undefined,
      undefined,
      ['Sammenslått'],
    ],
    Skjult: [undefined, [null, 'skjult verdi']],
  });
});
