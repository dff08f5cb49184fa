/**
 * The marked copy of bomb-shaped workbooks through the browser path (issue 9): the built page in
 * Debian's Chromium opens the workbook, shows its result, and the user asks for "Arbeidsbok med
 * markeringer". Declarations over whole sheets (a data validation and a conditional format over
 * A1:XFD1048576, a defined name over the whole sheet, 200 million columns) once made ExcelJS
 * expand them cell by cell in the page (past 60 s and 1.2 GB); now the copy comes, keeps the
 * user's sheets and values and those declarations. A merge down to an 8-digit row, which
 * ExcelJS would also expand, is refused in one line. The page must not hang either way: the
 * assertions are on what the page gives, never on how long it took.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { PAGE_TEXT } from '../../src/taskpane/browser/page-text';
import { readXlsxBuffer } from '../../src/hosts/xlsx/read';
import { PANE_TEXT, fill } from '../../src/taskpane/i18n';
import { sheetBomb } from '../../tools/make-bad-files';

import { usePageRig } from '../helpers/page-rig';

const t = PANE_TEXT.nb;

/** The user's own rows under the header: a name, a number and a date serial. */
const USER_ROWS =
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Ola</t></is></c><c r="B2"><v>42</v></c><c r="C2"><v>45292</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>Kari</t></is></c><c r="B3"><v>7.5</v></c></row>';
const WHOLE_SHEET_FORMAT =
  '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>LEN(A1)&gt;100</formula></cfRule></conditionalFormatting>';
const WHOLE_SHEET_VALIDATION =
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>"Ja,Nei"</formula1></dataValidation></dataValidations>';
const WHOLE_SHEET_NAME = '<definedNames><definedName name="Alt">Deltakere!$A$1:$XFD$1048576</definedName></definedNames>';
const HUGE_COLUMNS = '<cols><col min="1" max="200000000" width="20" customWidth="1"/></cols>';
const MERGE_TO_8_DIGIT_ROW = '<mergeCells count="1"><mergeCell ref="Z100:Z99999999"/></mergeCells>';

const rig = usePageRig();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapportsjekk-browser-marked-'));

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The page with `bytes` opened as `name`, its result shown. */
async function openWorkbook(name: string, bytes: Uint8Array): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const context = await rig.browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${rig.base}/index.html`);
  await page.locator('[data-testid=file-input]').setInputFiles(file);
  await page.getByRole('heading', { name: 'Resultat' }).waitFor({ timeout: 60_000 });
  return { page, problems, close: () => context.close() };
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (file === null) throw new Error(`${name} missing`);
  return file.async('string');
}

test('whole-sheet validation, conditional format, defined name and columns: the page gives the marked copy, with the user’s sheet, values and declarations', async () => {
  const original = sheetBomb(WHOLE_SHEET_FORMAT + WHOLE_SHEET_VALIDATION, HUGE_COLUMNS, WHOLE_SHEET_NAME, USER_ROWS);
  const { page, problems, close } = await openWorkbook('hele-arket.xlsx', original);
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: t.downloadAnnotated }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('hele-arket-kontrollert.xlsx');
    await page.getByText(fill(t.downloadReady, { file: 'hele-arket-kontrollert.xlsx' })).waitFor();
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const marked = new Uint8Array(fs.readFileSync(saved));

    // The copy opens, and the user's sheet holds exactly what it held.
    const before = await readXlsxBuffer(original);
    const after = await readXlsxBuffer(marked);
    expect(Object.keys(after.sheets)).toEqual(expect.arrayContaining(['Deltakere', 'Funn', 'Nøkkeltall']));
    expect(after.sheets.Deltakere).toEqual(before.sheets.Deltakere);
    expect(after.sheets.Deltakere.slice(0, 3)).toEqual([['Deltakere'], ['Ola', 42, 45292], ['Kari', 7.5]]);

    // The declarations are the user's, kept as they were (the columns cut to the last one there is).
    const sheetXml = await part(marked, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toContain(WHOLE_SHEET_VALIDATION);
    expect(sheetXml).toMatch(/<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>LEN\(A1\)&gt;100<\/formula><\/cfRule><\/conditionalFormatting>/);
    expect(sheetXml).toContain('<col min="1" max="16384" width="20" customWidth="1"/>');
    expect(await part(marked, 'xl/workbook.xml')).toContain(WHOLE_SHEET_NAME);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 300_000);

test('a merge down to an 8-digit row: the check gives its result, the marked copy is refused in one line, and the page stays usable', async () => {
  const { page, problems, close } = await openWorkbook('sammenslatt.xlsx', sheetBomb(MERGE_TO_8_DIGIT_ROW, '', '', USER_ROWS));
  try {
    await page.getByRole('button', { name: t.downloadAnnotated }).click();
    // Not «too large to check»: the check worked; only writing the workbook again is refused.
    const refusal = page.getByText(fill(PAGE_TEXT.nb.copyRefused, { reason: PAGE_TEXT.nb.copyTooLarge }), { exact: true });
    await refusal.waitFor({ timeout: 120_000 });
    expect(await page.getByText(fill(t.downloadReady, { file: 'sammenslatt-kontrollert.xlsx' })).count()).toBe(0);
    // Usable after the refusal: the HTML report still downloads.
    const [report] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: t.downloadHtml }).click()]);
    expect(report.suggestedFilename()).toBe('sammenslatt-rapport.html');
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 300_000);

test('a copy that lacks the original’s charts says so beside the download', async () => {
  const zip = await JSZip.loadAsync(sheetBomb('', '', '', USER_ROWS));
  zip.file('xl/charts/chart1.xml', '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  const { page, problems, close } = await openWorkbook('med-diagram.xlsx', await zip.generateAsync({ type: 'uint8array' }));
  try {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: t.downloadAnnotated }).click()]);
    expect(download.suggestedFilename()).toBe('med-diagram-kontrollert.xlsx');
    const ready = fill(t.downloadReady, { file: 'med-diagram-kontrollert.xlsx' });
    await page.getByText(`${ready} ${fill(PAGE_TEXT.nb.copyLacks, { what: 'diagrammer (1)' })}`, { exact: true }).waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 300_000);

test('a workbook ExcelJS cannot load (openpyxl’s notes): the check stands, the copy is refused with what to do, the report still downloads', async () => {
  const file = path.join(dir, 'fra-openpyxl-kilde.xlsx');
  const made = spawnSync(fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', [path.join(__dirname, '..', 'support', 'openpyxl-workbook.py'), file], { encoding: 'utf8' });
  expect(made.stderr).toBe('');
  const { page, problems, close } = await openWorkbook('fra-openpyxl.xlsx', new Uint8Array(fs.readFileSync(file)));
  try {
    await page.getByRole('button', { name: t.downloadAnnotated }).click();
    await page.getByText(fill(PAGE_TEXT.nb.copyRefused, { reason: PAGE_TEXT.nb.copyUnsupported }), { exact: true }).waitFor({ timeout: 120_000 });
    const [report] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: t.downloadHtml }).click()]);
    expect(report.suggestedFilename()).toBe('fra-openpyxl-rapport.html');
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 300_000);
