/**
 * The browser page's marked copy of workbooks whose declarations cover whole sheets (a data
 * validation over A1:XFD1048576, a defined name over a whole sheet, a column declaration over
 * 200 million columns): ExcelJS expanded them cell by cell (past 60 s, 1.2 GB and more). The copy
 * is made in a child process from the built annotate module and measured; it must keep the
 * user's validation and names byte for byte, and open in ExcelJS and LibreOffice. The user's
 * conditional formats (over whole sheets too) go round ExcelJS the same way: the copy keeps
 * them byte for byte but for the index of the format they point at.
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

/** An Excel-shaped styles part with two differential formats (what conditional formats point at). */
const STYLES_WITH_DXFS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="2"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf><dxf><fill><patternFill><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf></dxfs></styleSheet>';
const HUGE_FORMATS = [
  '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" dxfId="0" priority="2" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>',
  '<conditionalFormatting sqref="B2:B1048576 D2:D1048576"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting>',
  // stopIfTrue is one thing ExcelJS's model of a rule lacks: it dropped it before the formats were lifted.
  '<conditionalFormatting sqref="C1:C1048576"><cfRule type="expression" dxfId="1" priority="3" stopIfTrue="1"><formula>ISBLANK(C1)</formula></cfRule></conditionalFormatting>',
];

/** sheetBomb with a styles part added the way Excel has it (content type, relationship). */
async function withStyles(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('xl/styles.xml', STYLES_WITH_DXFS);
  const types = await part(bytes, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'));
  const rels = await part(bytes, 'xl/_rels/workbook.xml.rels');
  const styles = '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>';
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', `${styles}</Relationships>`));
  return zip.generateAsync({ type: 'uint8array' });
}

test('conditional formats over whole sheets and columns: the marked copy keeps them byte for byte but for the format index, beside our marks', async () => {
  // A national ID number in B2 is a finding on that cell, so our mark is written there too.
  const rows = '<row r="2"><c r="A2"><v>150</v></c><c r="B2" t="inlineStr"><is><t>14828860012</t></is></c></row>';
  const { marked, maxRssKb } = await markInChild('huge-formats.xlsx', await withStyles(sheetBomb(HUGE_FORMATS.join(''), '', '', rows)));
  expect(maxRssKb).toBeLessThan(1024 * 1024);
  const sheetXml = await part(marked, 'xl/worksheets/sheet1.xml');
  const blocks = [...sheetXml.matchAll(/<conditionalFormatting [\s\S]*?<\/conditionalFormatting>/g)].map((m) => m[0]);
  const dxfs = [...(await part(marked, 'xl/styles.xml')).matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => m[1]);
  const withoutIndex = (block: string): string => block.replace(/ dxfId="\d+"/g, '');
  const formatOf = (block: string): string => dxfs[Number(/dxfId="(\d+)"/.exec(block)?.[1])] ?? '';
  // The user's three come first, as they were; the index is followed to the format it names now.
  expect(blocks.slice(0, 3).map(withoutIndex)).toEqual(HUGE_FORMATS.map(withoutIndex));
  expect(formatOf(blocks[0])).toBe('<font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill>');
  expect(formatOf(blocks[2])).toBe('<fill><patternFill><bgColor rgb="FFFFEB9C"/></patternFill></fill>');
  // Our marks (the workbook has findings on single cells) follow, with priorities after the user's.
  const ours = blocks.slice(3);
  expect(ours.length).toBeGreaterThan(0);
  for (const block of ours) expect(block).toContain('<formula>ISTEXT(&quot;Rapportsjekk&quot;)</formula>');
  const priorities = blocks.flatMap((block) => [...block.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1])));
  expect(new Set(priorities).size).toBe(priorities.length);
  expect(Math.min(...ours.flatMap((block) => [...block.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]))))).toBeGreaterThan(3);
});

test('marking a marked copy again replaces our marks and keeps the user’s formats as they are, their formats not piling up', async () => {
  const rows = '<row r="2"><c r="B2" t="inlineStr"><is><t>14828860012</t></is></c></row>';
  const once = (await markInChild('again-1.xlsx', await withStyles(sheetBomb(HUGE_FORMATS.join(''), '', '', rows)))).marked;
  const twice = (await markInChild('again-2.xlsx', once)).marked;
  const formats = async (bytes: Uint8Array): Promise<string[]> =>
    [...(await part(bytes, 'xl/worksheets/sheet1.xml')).matchAll(/<conditionalFormatting [\s\S]*?<\/conditionalFormatting>/g)].map((m) => m[0]);
  expect((await formats(once)).length).toBe(4); // the user's three and our one
  expect(await formats(twice)).toEqual(await formats(once));
  expect((await part(twice, 'xl/styles.xml')).match(/<dxfs[\s\S]*?<\/dxfs>/)?.[0]).toBe((await part(once, 'xl/styles.xml')).match(/<dxfs[\s\S]*?<\/dxfs>/)?.[0]);
});
