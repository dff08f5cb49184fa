/**
 * The browser page's marked copy of workbooks whose declarations cover whole sheets (a data
 * validation over A1:XFD1048576, a defined name over a whole sheet, a column declaration over
 * 200 million columns): ExcelJS expanded them cell by cell (past 60 s, 1.2 GB and more). The copy
 * is made in a child process from the built annotate module and measured; it must keep the
 * user's validation and names byte for byte, and open in ExcelJS and LibreOffice.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sheetBomb } from '../../tools/make-bad-files';
import { ensureDistBuilt, ROOT } from '../helpers/dist';

jest.setTimeout(300_000);

const WHOLE_SHEET_VALIDATION =
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>"Ja,Nei"</formula1></dataValidation></dataValidations>';
const WHOLE_SHEET_NAMES =
  '<definedNames><definedName name="Alt">Deltakere!$A$1:$XFD$1048576</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Deltakere!$A$1:$B$2</definedName></definedNames>';
const SMALL_VALIDATION =
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B2:B100"><formula1>"Ja,Nei"</formula1></dataValidation></dataValidations>';
const SMALL_NAMES = '<definedNames><definedName name="Noen">Deltakere!$A$1:$B$10</definedName></definedNames>';

/** Reads, checks and annotates like the browser page, in a child whose peak memory it reports. */
const MARK = `
const fs = require('fs');
const [input, output] = process.argv.slice(1);
const { annotateWorkbook } = require(${JSON.stringify(join(ROOT, 'dist/hosts/xlsx/annotate.js'))});
const { readXlsxBuffer } = require(${JSON.stringify(join(ROOT, 'dist/hosts/xlsx/read.js'))});
const { validate } = require(${JSON.stringify(join(ROOT, 'dist/engine/index.js'))});
(async () => {
  const bytes = new Uint8Array(fs.readFileSync(input));
  const started = Date.now();
  const marked = await annotateWorkbook(bytes, validate(await readXlsxBuffer(bytes), {}), 'nb');
  fs.writeFileSync(output, marked);
  console.log(JSON.stringify({ ms: Date.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
})();
`;

let dir: string;
beforeAll(async () => {
  ensureDistBuilt('dist/hosts/xlsx/annotate.js');
  dir = await fs.mkdtemp(join(tmpdir(), 'rapportsjekk-marked-bombs-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function markInChild(name: string, bytes: Uint8Array): Promise<{ marked: Uint8Array; ms: number; maxRssKb: number }> {
  const input = join(dir, name);
  const output = join(dir, `marked-${name}`);
  await fs.writeFile(input, bytes);
  const run = spawnSync(process.execPath, ['-e', MARK, input, output], { encoding: 'utf8', timeout: 60_000 });
  expect({ status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ status: 0, signal: null, stderr: '' });
  const measured = JSON.parse(run.stdout) as { ms: number; maxRssKb: number };
  console.log(`marked copy of ${name}: ${measured.ms} ms, peak ${Math.round(measured.maxRssKb / 1024)} MB`);
  return { marked: new Uint8Array(await fs.readFile(output)), ...measured };
}

async function part(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (file === null) throw new Error(`${path} missing`);
  return file.async('string');
}

test('whole-sheet validation, defined names and columns: the marked copy is made in bounded memory and keeps them byte for byte', async () => {
  const bomb = sheetBomb(WHOLE_SHEET_VALIDATION, '<cols><col min="1" max="200000000" width="20" customWidth="1"/></cols>', WHOLE_SHEET_NAMES);
  const { marked, maxRssKb } = await markInChild('whole-sheet.xlsx', bomb);
  expect(maxRssKb).toBeLessThan(1024 * 1024);
  const workbookXml = await part(marked, 'xl/workbook.xml');
  expect(workbookXml).toContain(WHOLE_SHEET_NAMES);
  expect(workbookXml).toMatch(/<sheet [^>]*name="Funn"/);
  expect(await part(marked, 'xl/worksheets/sheet1.xml')).toContain(WHOLE_SHEET_VALIDATION);
  // The columns stop at the last column there is (XFD); nothing else of them changed.
  expect(await part(marked, 'xl/worksheets/sheet1.xml')).toContain('<col min="1" max="16384" width="20" customWidth="1"/>');
});

test('the marked copy of a workbook with a validation and a name opens in ExcelJS with both', async () => {
  const { marked } = await markInChild('small.xlsx', sheetBomb(SMALL_VALIDATION, '', SMALL_NAMES));
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(marked as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const sheet = reloaded.getWorksheet('Deltakere');
  expect(sheet?.getCell('B50').dataValidation).toEqual({ type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['"Ja,Nei"'] });
  expect(reloaded.definedNames.getRanges('Noen').ranges).toEqual(['Deltakere!$A$1:$B$10']);
  expect(reloaded.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(['Deltakere', 'Funn', 'Nøkkeltall']));
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
const withLibreOffice = soffice.status === 0 ? test : test.skip;

withLibreOffice('LibreOffice opens the marked copy of the whole-sheet bomb and keeps the validation', async () => {
  const bomb = sheetBomb(WHOLE_SHEET_VALIDATION, '<cols><col min="1" max="200000000" width="20" customWidth="1"/></cols>', WHOLE_SHEET_NAMES);
  const { marked } = await markInChild('lo.xlsx', bomb);
  const input = join(dir, 'lo-input.xlsx');
  await fs.writeFile(input, marked);
  const profile = `file://${join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`)}`;
  const outdir = join(dir, 'lo');
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, input], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(run.status).toBe(0);
  const saved = new Uint8Array(await fs.readFile(join(outdir, 'lo-input.xlsx')));
  const workbookXml = await part(saved, 'xl/workbook.xml');
  expect(workbookXml).toMatch(/<sheet [^>]*name="Funn"/);
  expect(workbookXml).toContain('name="Alt"');
  // LibreOffice writes the validation its own way (cut to its own sheet size); it is still there.
  expect(await part(saved, 'xl/worksheets/sheet1.xml')).toMatch(/<dataValidation [^>]*type="list"[^>]*><formula1>&quot;Ja,Nei&quot;<\/formula1>/);
});
