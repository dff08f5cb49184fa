/**
 * Batch mode over a generated corpus (clean, flawed, unclear goals, missing job relevance,
 * small programmes, one organisation over three years, a formula-like name, broken files),
 * checked in-process: every file is in every output, the figures equal the single-file reports,
 * suppression hides what it should, and the page fetches nothing from elsewhere.
 */
import { promises as fs, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { validate } from '../../src/engine';
import { readXlsxFile } from '../../src/hosts/xlsx/read-file';
import { runBatch } from '../../src/batch';
import type { BatchResult, Portfolio } from '../../src/batch';
import { KEY_METRICS, rawFigure } from '../../src/batch/figures';
import { plainAdvice, ruleFix } from '../../src/batch/fix-advice';
import { buildPortfolioWorkbook } from '../../src/batch/write-xlsx';
import { maskWorksheet } from '../../src/hosts/xlsx/mask-workbook';
import type { CorpusEntry } from '../../tools/make-corpus';
import { BATCH_NOW, makeCorpus, tempDir, xlsxParts } from './helpers';

let corpus: { dir: string; entries: CorpusEntry[] };
let plain: BatchResult;
let suppressed: BatchResult;
let json: Portfolio;

beforeAll(async () => {
  corpus = await makeCorpus();
  plain = await runBatch({ inputs: [corpus.dir], out: tempDir('out'), now: BATCH_NOW, inProcess: true });
  suppressed = await runBatch({ inputs: [corpus.dir], out: tempDir('out-small'), now: BATCH_NOW, inProcess: true, suppressSmall: true });
  json = JSON.parse(await fs.readFile(plain.outputs.json, 'utf8')) as Portfolio;
});

const readable = (): CorpusEntry[] => corpus.entries.filter((e) => !e.broken);

test('the corpus has at least 30 submissions of every kind the issue names', () => {
  expect(corpus.entries.length).toBeGreaterThanOrEqual(30);
  const variants = new Set(corpus.entries.map((e) => e.variant));
  for (const v of ['good', 'flawed', 'unclear-goals', 'missing-job-relevance', 'multi-year', 'broken-empty', 'broken-not-zip', 'broken-truncated'] as const) {
    expect(variants).toContain(v);
  }
});

test('every file is in portfolio.json, by name, with what became of it', () => {
  const names = corpus.entries.map((e) => e.file).sort();
  expect(json.files.map((f) => f.file)).toEqual(names);
  for (const entry of corpus.entries) {
    const status = json.files.find((f) => f.file === entry.file)?.status;
    if (entry.broken) expect(status).toBe('unreadable');
    else if (entry.variant === 'flawed') expect(status).toBe('failed');
    else expect(status).toBe('passed');
  }
  expect(json.totals).toEqual({ files: corpus.entries.length, passed: readable().length - 5, failed: 5, unreadable: 4, counted: readable().length, superseded: 0 });
  expect(plain.exitCode).toBe(2); // four files could not be read
});

test('unreadable files get a row with the reason in plain words', () => {
  const reasons = Object.fromEntries(json.unreadable.map((u) => [u.file, u.reason]));
  expect(reasons).toEqual({
    'odelagt/avkuttet.xlsx': 'damaged',
    'odelagt/gammelt-format.xlsx': expect.stringMatching(/^(xls|encrypted|damaged)$/),
    'odelagt/tekst.xlsx': 'not-xlsx',
    'odelagt/tom.xlsx': 'empty',
  });
  for (const u of json.unreadable) expect(u.message).not.toMatch(/Error|at \w+ \(/);
});

test('the key figures equal the single-file reports, numerator and denominator included', async () => {
  for (const entry of readable()) {
    const report = validate(await readXlsxFile(join(corpus.dir, entry.file)), { lang: 'nb', now: BATCH_NOW });
    const row = json.submissions.find((s) => s.file === entry.file);
    expect(row).toBeDefined();
    for (const key of KEY_METRICS) expect([entry.file, key, row?.metrics[key]]).toEqual([entry.file, key, rawFigure(report, key)]);
    expect(row?.errors).toBe(report.counts.error);
    expect(row?.warnings).toBe(report.counts.warning);
    const goals = json.goals.filter((g) => g.file === entry.file);
    expect(goals.map((g) => [g.id, g.target, g.achieved, g.status])).toEqual(report.goals.map((g) => [g.id, g.target, g.achieved, g.status]));
    expect(json.findings.filter((f) => f.file === entry.file).length).toBe(report.findings.length);
  }
});

test('the overview sheet of portfolio.xlsx has one row per submission and the unreadable sheet one per broken file', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(plain.outputs.xlsx);
  const [overview, , numbers, goals, findings, unreadable] = workbook.worksheets;
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Oversikt', 'Regler', 'Tellere og nevnere', 'Mål', 'Funn', 'Ulesbare filer', 'Om']);
  const files = (sheet: ExcelJS.Worksheet): string[] => (sheet.getColumn(1).values as unknown[]).slice(2).map(String);
  expect(files(overview)).toEqual(json.submissions.map((s) => s.file));
  expect(files(unreadable)).toEqual(json.unreadable.map((u) => u.file));
  expect(goals.rowCount - 1).toBe(json.goals.length);
  expect(findings.rowCount - 1).toBe(json.findings.length);
  // Each finding carries the rule's fix advice, as the rules sheet and the pane word it.
  const findingHeader = (findings.getRow(1).values as unknown[]).map(String);
  expect(findingHeader[findingHeader.length - 1]).toBe('Slik retter programmet det');
  expect(json.findings.length).toBeGreaterThan(5);
  json.findings.forEach((f, i) => {
    const advice = String(findings.getRow(i + 2).getCell(findingHeader.length - 1).value);
    expect([f.rule, advice]).toEqual([f.rule, plainAdvice(ruleFix(f.rule, 'nb'))]);
  });
  expect(json.findings.every((f) => !plainAdvice(ruleFix(f.rule, 'nb')).includes('`'))).toBe(true);
  for (const sheet of [overview, goals, findings, unreadable]) {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
  }
  // Numbers are numbers with formats: a rate is a fraction shown as a percentage.
  const header = (overview.getRow(1).values as unknown[]).map(String);
  const rateColumn = header.indexOf('Arbeid eller utdanning (andel av dem som har sluttet)');
  expect(rateColumn).toBeGreaterThan(0);
  const cell = overview.getRow(2).getCell(rateColumn);
  expect(cell.value).toBe(json.submissions[0].metrics.workOrEducationRateAtEnd.value);
  expect(cell.numFmt).toBe('0.0%');
  expect(overview.getRow(2).getCell(header.indexOf('Deltakere')).value).toBe(json.submissions[0].metrics.participants.value);
  // Headers a person can read: no «…: nevner (…)» in the overview, and no more than 20 columns.
  expect(header.length - 1).toBeLessThanOrEqual(20);
  for (const h of header.slice(1)) expect(h.length).toBeLessThanOrEqual(60);
  // Numerators and denominators on their own sheet, under one header per key figure.
  expect(numbers.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  const groups = (numbers.getRow(1).values as unknown[]).map(String);
  const parts = (numbers.getRow(2).values as unknown[]).map(String);
  const first = groups.indexOf('Andel i arbeid ved programslutt');
  expect(parts.slice(first, first + 3)).toEqual(['Andel', 'Teller', 'Nevner: deltakere som har sluttet']);
  const figure = json.submissions[0].metrics.employmentRateAtEnd;
  expect([1, 2, 3].map((i) => numbers.getRow(3).getCell(first + i - 1).value)).toEqual([figure.value, figure.numerator, figure.denominator]);
});

test('text that looks like a formula is stored as text in portfolio.xlsx, never as a formula', async () => {
  const parts = await xlsxParts(plain.outputs.xlsx);
  const sheets = Object.entries(parts).filter(([name]) => name.startsWith('xl/worksheets/sheet'));
  expect(sheets.length).toBe(7);
  for (const [, xml] of sheets) expect(xml).not.toMatch(/<f[ >]/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(plain.outputs.xlsx);
  const overview = workbook.worksheets[0];
  const row = overview.getRows(2, overview.rowCount - 1)?.find((r) => r.getCell(1).value === 'formelnavn.xlsx');
  expect(row?.getCell(3).value).toBe('=HYPERLINK("http://example.invalid","klikk")');
  expect(row?.getCell(3).type).toBe(ExcelJS.ValueType.String);
  expect(row?.getCell(2).value).toBe('+Vekst -program @2025');
});

test("portfolio.xlsx holds exactly the parts ExcelJS writes by itself for the same workbook (its own deflate, a style object per cell)", async () => {
  const book = buildPortfolioWorkbook(plain.portfolio);
  for (const sheet of book.worksheets) maskWorksheet(sheet);
  const own = join(tempDir('exceljs-own'), 'portfolio.xlsx');
  await fs.writeFile(own, Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer));
  const parts = await xlsxParts(plain.outputs.xlsx);
  expect(Object.keys(parts).length).toBeGreaterThan(10);
  expect(parts).toEqual(await xlsxParts(own));
  // Tall rows (wrapped advice) are top-aligned; only the wrapping columns wrap.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(plain.outputs.xlsx);
  const findings = workbook.getWorksheet('Funn') as ExcelJS.Worksheet;
  const tall = [...Array(findings.rowCount - 1).keys()].map((i) => findings.getRow(i + 2)).filter((row) => (row.height ?? 15) > 15);
  expect(tall.length).toBeGreaterThan(3);
  for (const row of tall) {
    expect([row.number, row.getCell(1).alignment]).toEqual([row.number, { vertical: 'top' }]);
    expect([row.number, row.getCell(8).alignment]).toEqual([row.number, { vertical: 'top', wrapText: true }]);
  }
});

test('year over year: the organisation with three reports shows the change per key figure', () => {
  const multi = json.submissions.filter((s) => s.file.startsWith('flere-ar/')).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  expect(multi.map((s) => s.year)).toEqual([2023, 2024, 2025]);
  expect(multi[0].previous).toBeNull();
  expect(multi[1].previous?.file).toBe(multi[0].file);
  expect(multi[2].previous?.file).toBe(multi[1].file);
  expect(multi[2].previous?.change.participants).toBe((multi[2].metrics.participants.value as number) - (multi[1].metrics.participants.value as number));
  expect(json.submissions.filter((s) => !s.file.startsWith('flere-ar/')).every((s) => s.previous === null)).toBe(true);
});

test('goals that cannot be assessed are marked so, never shown as 0 %', async () => {
  const unclear = json.goals.filter((g) => g.status === 'not-assessable');
  expect(unclear.length).toBeGreaterThan(0);
  const html = await fs.readFile(plain.outputs.html, 'utf8');
  const rows = html.split('<tr>').filter((row) => row.includes('class="badge not-assessable"'));
  expect(rows.length).toBe(unclear.length);
  for (const row of rows) expect(row).not.toMatch(/>0 %/);
  // In the overview: reached of those that can be assessed, and how many cannot.
  const files = new Set(unclear.map((g) => g.file));
  for (const file of files) {
    const s = json.submissions.find((x) => x.file === file);
    expect(s?.goalCounts.assessable).toBe(json.goals.filter((g) => g.file === file && g.status !== 'not-assessable').length);
  }
});

describe('--suppress-small', () => {
  let small: Portfolio;
  beforeAll(async () => {
    small = JSON.parse(await fs.readFile(suppressed.outputs.json, 'utf8')) as Portfolio;
  });

  test('no count from 1 to 4 and no rate built on one survives in portfolio.json', () => {
    const leaks: string[] = [];
    let withheld = 0;
    for (const s of small.submissions) {
      for (const key of KEY_METRICS) {
        const f = s.metrics[key];
        // Counts: value and numerator; rates: both parts; means: the number of answers.
        const counts = f.kind === 'mean' ? [f.denominator] : f.kind === 'count' ? [f.value, f.numerator] : [f.numerator, f.denominator];
        for (const n of counts) if (typeof n === 'number' && n >= 1 && n <= 4) leaks.push(`${s.file} ${key} ${n}`);
        if ([f.numerator, f.denominator].includes('<5')) {
          withheld++;
          if (f.kind !== 'count' && f.value !== null) leaks.push(`${s.file} ${key} value ${String(f.value)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(withheld).toBeGreaterThan(0);
  });

  test('a programme of three shows "<5" participants in all three outputs, and no rate', async () => {
    const row = small.submissions.find((s) => s.file === 'lite-program-1.xlsx');
    expect(row?.metrics.participants.value).toBe('<5');
    expect(row?.metrics.employmentRateAtEnd.value).toBeNull();

    const html = await fs.readFile(suppressed.outputs.html, 'utf8');
    const htmlRow = html.split('<tr ').find((r) => r.includes('>lite-program-1.xlsx<')) ?? '';
    expect(htmlRow).toContain('&lt;5');
    expect(htmlRow).not.toMatch(/\d %/);
    expect(html).toContain('Små tall er skjult');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(suppressed.outputs.xlsx);
    const overview = workbook.worksheets[0];
    const header = (overview.getRow(1).values as unknown[]).map(String);
    const xlsxRow = overview.getRows(2, overview.rowCount - 1)?.find((r) => r.getCell(1).value === 'lite-program-1.xlsx');
    expect(xlsxRow?.getCell(header.indexOf('Deltakere')).value).toBe('<5');
    expect(xlsxRow?.getCell(header.indexOf('Arbeid eller utdanning (andel av dem som har sluttet)')).value).toBe('skjult');
  });

  test('the same programme without suppression shows its real figures', () => {
    const row = json.submissions.find((s) => s.file === 'lite-program-1.xlsx');
    expect(row?.metrics.participants.value).toBe(3);
  });

  test('larger programmes keep their figures', () => {
    const big = small.submissions.find((s) => s.file === 'god-01.xlsx');
    const same = json.submissions.find((s) => s.file === 'god-01.xlsx');
    expect(big?.metrics.participants).toEqual(same?.metrics.participants);
    expect(big?.metrics.leavers).toEqual(same?.metrics.leavers);
  });
});

test('portfolio.html references nothing outside itself', async () => {
  const html = await fs.readFile(plain.outputs.html, 'utf8');
  const references = [...html.matchAll(/\s(src|href|action|formaction|poster|srcset|xlink:href)\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[2]);
  expect(references.length).toBeGreaterThan(0);
  // Links inside the page, and to the feedback letters written beside it.
  for (const reference of references) expect(reference).toMatch(/^(#[\w-]+|brev\/[^/]+\.html)$/);
  expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!example\.invalid)/i);
  expect(html).toContain("default-src 'none'");
  // Every file name is on the page.
  for (const entry of corpus.entries) expect(html).toContain(entry.file);
});

test('LibreOffice opens portfolio.xlsx cleanly', async () => {
  let soffice: string;
  try {
    soffice = execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    console.log('skipped: soffice (LibreOffice) is not installed');
    return;
  }
  const work = tempDir('soffice');
  execFileSync(soffice, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, plain.outputs.xlsx], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const pdf = join(work, 'portfolio.pdf');
  expect(existsSync(pdf)).toBe(true);
  const data = await fs.readFile(pdf);
  expect(data.subarray(0, 5).toString()).toBe('%PDF-');
  expect(data.length).toBeGreaterThan(10_000);
}, 180_000);

test('in Chromium the page loads nothing but itself, and the overview sorts by a clicked column', async () => {
  const executable = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (executable === undefined) {
    console.log('skipped: Chromium is not installed');
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${plain.outputs.html}`);
    const participantsColumn = async (): Promise<string[]> =>
      page.$$eval('#overview-table tbody tr', (rows) => rows.map((row) => (row as HTMLTableRowElement).cells[3].getAttribute('data-sort') ?? ''));
    expect(await page.locator('#overview-table tbody tr').count()).toBe(json.submissions.length);
    await page.locator('#overview-table thead th').nth(3).locator('button').click();
    const ascending = (await participantsColumn()).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.locator('#overview-table thead th').nth(3).locator('button').click();
    const descending = (await participantsColumn()).map(Number);
    expect(descending).toEqual([...ascending].reverse());
    expect(await page.locator('#overview-table thead th').nth(3).getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('figure.chart').count()).toBe(4);
    expect(requests).toEqual([`file://${plain.outputs.html}`]);
  } finally {
    await browser.close();
  }
}, 60_000);
