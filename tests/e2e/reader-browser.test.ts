/**
 * The browser page and the command line read every workbook alike: the reader module, bundled
 * for the browser by the page's own webpack configuration (fflate's browser build, TextDecoder),
 * runs in Debian's Chromium and must give the same snapshot, or the same reason for refusing,
 * as Node gives for every fixture, the bad-file corpus, workbooks in Excel's and openpyxl's
 * shape and random workbooks. Issue 8 part 4: one reader serves both.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import webpack from 'webpack';
import { readWorkbook } from '../../src/hosts/xlsx/reader';
import { BAD_FILES, FIXTURE_DIR } from '../../tools/make-bad-files';
import { excelShaped } from '../support/excel-shaped';
import { fuzzWorkbook, fuzzWorkbookBytes } from '../support/fuzz-xlsx';

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapportsjekk-reader-bundle-'));

let browser: Browser;
let page: Page;

/** The reader alone, built with the page's webpack settings, exposed as window.RapportsjekkReader. */
async function bundleReader(): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pageConfig = require('../../webpack.config.js')({}, { mode: 'production' }) as webpack.Configuration;
  const config: webpack.Configuration = {
    ...pageConfig,
    entry: { reader: path.join(ROOT, 'src/hosts/xlsx/reader/index.ts') },
    output: { path: bundleDir, filename: 'reader.js', library: { name: 'RapportsjekkReader', type: 'window' } },
    plugins: [],
    optimization: { minimize: false },
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString('errors-only'))) : resolve())),
  );
  return path.join(bundleDir, 'reader.js');
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const script = await bundleReader();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.setContent('<!doctype html><title>reader</title>');
  await page.addScriptTag({ path: script });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(bundleDir, { recursive: true, force: true });
});

/** A snapshot or a refusal as JSON (dates as ISO strings, holes as null), the same way on both sides. */
function inNode(bytes: Uint8Array): string {
  try {
    return JSON.stringify(readWorkbook(bytes));
  } catch (error) {
    return JSON.stringify({ refused: (error as { reason?: string }).reason ?? String(error) });
  }
}

async function inBrowser(bytes: Uint8Array): Promise<string> {
  return page.evaluate((base64) => {
    const binary = atob(base64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
    const reader = (window as unknown as { RapportsjekkReader: { readWorkbook(d: Uint8Array): unknown } }).RapportsjekkReader;
    try {
      return JSON.stringify(reader.readWorkbook(data));
    } catch (error) {
      return JSON.stringify({ refused: (error as { reason?: string }).reason ?? String(error) });
    }
  }, Buffer.from(bytes).toString('base64'));
}

async function expectAlike(name: string, bytes: Uint8Array): Promise<void> {
  const node = inNode(bytes);
  expect({ name, browser: await inBrowser(bytes) }).toEqual({ name, browser: node });
}

test('the examples and every file of the bad-file corpus', async () => {
  await expectAlike('rapport-ok.xlsx', fs.readFileSync(path.join(ROOT, 'examples', 'rapport-ok.xlsx')));
  await expectAlike('rapport-med-feil.xlsx', fs.readFileSync(path.join(ROOT, 'examples', 'rapport-med-feil.xlsx')));
  for (const bad of BAD_FILES) await expectAlike(bad.file, fs.readFileSync(path.join(ROOT, FIXTURE_DIR, bad.file)));
});

test('Excel-shaped: date-formatted formulas with error and text results, 1904 dates, rich text', async () => {
  const bytes = await excelShaped({
    date1904: '1',
    sharedStringItems: ['<r><t xml:space="preserve">Ole </t></r><r><rPr><b/></rPr><t>Hansen</t></r>'],
    sheets: [{ name: 'Deltakere', rows: '<row r="1"><c r="A1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" s="1" t="str"><f>"ukjent"</f><v>ukjent</v></c><c r="C1" s="1"><v>44196</v></c><c r="D1" t="s"><v>0</v></c><c r="E1"><f>A1*0</f><v>0</v></c></row>' }],
  });
  expect(JSON.parse(inNode(bytes)).sheets.Deltakere[0]).toEqual([{ error: '#DIV/0!' }, 'ukjent', '2025-01-01T00:00:00.000Z', 'Ole Hansen', 0]);
  await expectAlike('excel-shaped', bytes);
});

test('written by openpyxl, with cell notes', async () => {
  const file = path.join(bundleDir, 'openpyxl.xlsx');
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  expect(spawnSync(python, [path.join(ROOT, 'tests/support/openpyxl-workbook.py'), file], { encoding: 'utf8' }).status).toBe(0);
  await expectAlike('openpyxl', fs.readFileSync(file));
});

test('40 random workbooks', async () => {
  await fc.assert(
    fc.asyncProperty(fuzzWorkbook, async (workbook) => expectAlike('random', await fuzzWorkbookBytes(workbook))),
    { numRuns: 40, seed: 5 },
  );
}, 120_000);
