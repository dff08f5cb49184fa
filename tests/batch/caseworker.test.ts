/**
 * The caseworker's year: 60 generated submissions (clean ones, ones with errors or warnings,
 * three versions of one report, the same file sent twice, an organisation with two programmes,
 * last year's reports, three unreadable files) through batch mode in-process. The rules table
 * counts what the single-file reports say, duplicates are flagged and counted once, every
 * readable report gets a letter with each of its errors and the fix, and in Chromium the
 * overview fits 1280 px, filters, opens details, passes axe, and prints on A4 landscape
 * without cutting a column.
 */
import { promises as fs, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { validate } from '../../src/engine';
import type { Report } from '../../src/engine';
import { readXlsxFile } from '../../src/hosts/xlsx/read-file';
import { runBatch } from '../../src/batch';
import type { BatchResult, Portfolio } from '../../src/batch';
import { plainAdvice, ruleFix } from '../../src/batch/fix-advice';
import { letterNames } from '../../src/batch/letter-names';
import { writeCorpus } from '../../tools/make-corpus';
import type { CorpusEntry } from '../../tools/make-corpus';
import { BATCH_NOW, tempDir } from './helpers';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

let dir: string;
let entries: CorpusEntry[];
let result: BatchResult;
let json: Portfolio;
const single = new Map<string, Report>();

beforeAll(async () => {
  dir = tempDir('year');
  entries = await writeCorpus(dir, { year: 60 });
  result = await runBatch({ inputs: [dir], out: tempDir('year-out'), now: BATCH_NOW, inProcess: true });
  json = JSON.parse(await fs.readFile(result.outputs.json, 'utf8')) as Portfolio;
  for (const e of entries.filter((x) => !x.broken)) single.set(e.file, validate(await readXlsxFile(join(dir, e.file)), { lang: 'nb', now: BATCH_NOW }));
}, 120_000);

/** A page's text as a person reads it: tags dropped, entities undone. */
const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test('the year has 60 files: duplicates, unreadable files, reports with and without errors', () => {
  expect(entries.length).toBe(60);
  const kinds = new Set(entries.map((e) => e.variant));
  for (const v of ['good', 'flawed', 'version', 'copy', 'second-programme', 'previous-year', 'broken-empty'] as const) expect(kinds).toContain(v);
  expect(json.totals.files).toBe(60);
  expect(json.totals.unreadable).toBe(3);
  expect(json.submissions.some((s) => s.errors > 0)).toBe(true);
  expect(json.submissions.some((s) => s.errors === 0 && s.warnings === 0)).toBe(true);
});

test('versions of one programme-year are grouped and flagged; only the newest counts', () => {
  const counted = new Map(json.submissions.map((s) => [s.file, s.version.counted]));
  for (const e of entries.filter((x) => !x.broken)) expect([e.file, counted.get(e.file)]).toEqual([e.file, e.counted ?? true]);
  expect(json.totals.superseded).toBe(entries.filter((e) => e.counted === false).length);
  expect(json.totals.counted).toBe(entries.filter((e) => !e.broken).length - json.totals.superseded);
  const newest = json.submissions.find((s) => s.file.endsWith('-endelig.xlsx'));
  expect(newest?.version.versions).toBe(3);
  expect(newest?.version.groupFiles.length).toBe(3);
  for (const older of json.submissions.filter((s) => s.file.endsWith('-v1.xlsx') || s.file.endsWith('-v2.xlsx'))) expect(older.version.countedFile).toBe(newest?.file);
  // Two programmes of one organisation in one year: flagged, both counted.
  const two = json.submissions.filter((s) => entries.find((e) => e.file === s.file)?.variant === 'second-programme');
  expect(two.length).toBe(2);
  for (const s of two) {
    expect(s.version.counted).toBe(true);
    expect(s.version.sameOrganisation).toEqual(two.filter((t) => t !== s).map((t) => t.file));
  }
});

test('the rules table counts, per rule, the counted reports whose single-file report has it', () => {
  const countedFiles = json.submissions.filter((s) => s.version.counted).map((s) => s.file);
  const expected = new Map<string, string[]>();
  for (const file of countedFiles) for (const r of single.get(file)?.rules ?? []) expected.set(r.rule, [...(expected.get(r.rule) ?? []), file]);
  expect(json.ruleTable.map((r) => r.rule).sort()).toEqual([...expected.keys()].sort());
  for (const r of json.ruleTable) {
    expect([r.rule, r.files]).toEqual([r.rule, expected.get(r.rule)]);
    expect(r.reports).toBe(r.files.length);
    expect(r.of).toBe(countedFiles.length);
    expect(r.fix).toBe(ruleFix(r.rule, 'nb'));
  }
});

test('portfolio.html says «i N av M rapporter» for each rule, with its fix advice', async () => {
  const page = text(await fs.readFile(result.outputs.html, 'utf8'));
  for (const r of json.ruleTable) {
    expect(page).toContain(`i ${r.reports} av ${r.of} rapporter`);
    expect(page).toContain(plainAdvice(r.fix));
  }
});

test('every readable report has a letter holding each of its errors: sheet, cell, message and how to fix it', async () => {
  expect(result.outputs.letterFiles.length).toBe(single.size);
  const html = await fs.readFile(result.outputs.html, 'utf8');
  const names = letterNames(json.submissions.map((s) => s.file));
  for (const [file, report] of single) {
    // The report's details on the page link to its letter.
    const index = json.submissions.findIndex((s) => s.file === file);
    const details = html.split(`<template id="d${index + 1}">`)[1].split('</template>')[0];
    expect(details).toContain(`<a href="${names.get(file)}">`);
    const letter = await fs.readFile(join(result.outputs.letters, '..', names.get(file) as string), 'utf8');
    const body = text(letter);
    expect(letter).toContain('<html lang="nb">');
    for (const f of report.findings.filter((x) => x.severity !== 'info')) {
      expect([file, body.includes(f.message)]).toEqual([file, true]);
      if (f.cell !== null) expect(letter).toContain(`<td>${f.cell}</td>`);
      expect([file, f.rule, body.includes(plainAdvice(ruleFix(f.rule, 'nb')))]).toEqual([file, f.rule, true]);
    }
    const open = report.goals.filter((g) => g.status === 'not-assessable');
    if (open.length > 0) expect(body).toContain(`Mål som ikke kan vurderes (${open.length})`);
    if (report.counts.error === 0) expect(body).not.toContain('Dette må rettes');
  }
});

describe('in Chromium', () => {
  type Browser = import('playwright-core').Browser;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (CHROMIUM === undefined) return;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => browser?.close());

  const page = async (width: number, height = 900) => {
    if (browser === undefined) throw new Error('Chromium is not installed (apt-get install chromium)');
    const p = await browser.newPage({ viewport: { width, height } });
    await p.goto(`file://${result.outputs.html}`);
    return p;
  };

  test('the overview fits 1280 px without scrolling sideways, filters, and opens details on demand', async () => {
    const p = await page(1280);
    const fits = await p.evaluate(() => ({
      page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      tables: Array.from(document.querySelectorAll('table')).every((t) => t.getBoundingClientRect().right <= document.documentElement.clientWidth),
    }));
    expect(fits).toEqual({ page: true, tables: true });
    const visible = () => p.locator('#overview-table tbody tr:not([hidden]):not(.detail)').count();
    expect(await visible()).toBe(json.totals.counted);
    await p.selectOption('select[name=status]', 'error');
    expect(await visible()).toBe(json.submissions.filter((s) => s.version.counted && s.errors > 0).length);
    await p.selectOption('select[name=status]', '');
    const rule = json.ruleTable[0];
    await p.selectOption('select[name=rule]', rule.rule);
    expect(await visible()).toBe(rule.reports);
    await p.selectOption('select[name=rule]', '');
    await p.check('input[name=older]');
    expect(await visible()).toBe(json.submissions.length);
    expect(await p.locator('#overview-table tr.older .badge.dup').count()).toBe(json.totals.superseded);
    // Details: none in the page until asked for; then the report's findings and goals.
    expect(await p.locator('tr.detail').count()).toBe(0);
    const flawed = json.submissions.findIndex((s) => s.errors > 0);
    await p.locator(`#r${flawed + 1} button.open`).click();
    const details = p.locator('tr.detail');
    expect(await details.count()).toBe(1);
    expect(await details.textContent()).toContain(json.submissions[flawed].rules[0].rule);
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await p.close();
  }, 60_000);

  const axeViolations = async (p: import('playwright-core').Page): Promise<string[]> => {
    await p.evaluate(await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
    return p.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const found = await axe.run(document, { resultTypes: ['violations'] });
      return found.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
  };

  test('axe finds no violations, with a report\'s details open', async () => {
    const p = await page(1280);
    await p.locator('#overview-table button.open').first().click();
    expect(await axeViolations(p)).toEqual([]);
    await p.close();
  }, 60_000);

  test('printed on A4 landscape, no column of the overview or the rules table is cut', async () => {
    // 297 mm less 2 × 10 mm margins, at 96 px per inch.
    const printable = Math.floor(((297 - 20) / 25.4) * 96);
    const p = await page(printable, 700);
    await p.emulateMedia({ media: 'print' });
    const cut = await p.evaluate((width) => {
      const out: string[] = [];
      for (const table of Array.from(document.querySelectorAll('#overview-table, #rules-table'))) {
        if (table.scrollWidth > table.clientWidth + 1) out.push(`${table.id} scrolls`);
        for (const cell of Array.from(table.querySelectorAll('th, td'))) {
          const box = cell.getBoundingClientRect();
          if (box.width > 0 && box.right > width + 1) out.push(`${table.id}: ${(cell.textContent ?? '').slice(0, 30)}`);
          if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${table.id} overflows: ${(cell.textContent ?? '').slice(0, 30)}`);
        }
      }
      return out;
    }, printable);
    expect(cut).toEqual([]);
    const pdf = await p.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await p.close();
    // Every page the overview runs over repeats its header (Chromium leaves buttons out of a
    // repeated header unless the print CSS unboxes them).
    let pdftotext: string;
    try {
      pdftotext = execFileSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).trim();
    } catch {
      console.log('skipped the page-by-page check: pdftotext (poppler-utils) is not installed');
      return;
    }
    const file = join(tempDir('pdf'), 'portfolio.pdf');
    await fs.writeFile(file, pdf);
    const pages = execFileSync(pdftotext, ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    const overviewPages = pages.filter((page) => json.submissions.some((s) => s.version.counted && page.includes(s.file)));
    expect(overviewPages.length).toBeGreaterThan(1);
    for (const page of overviewPages) for (const head of ['Program', 'Status', 'Deltakere', 'Relevant', 'Endring']) expect(page).toContain(head);
  }, 60_000);

  test('a letter prints on A4 without anything running off the page', async () => {
    const p = await browser?.newPage({ viewport: { width: 720, height: 900 } });
    if (p === undefined) throw new Error('Chromium is not installed');
    const flawed = result.outputs.letterFiles.find((f) => f.includes('-v1'));
    await p.goto(`file://${flawed}`);
    expect(await axeViolations(p)).toEqual([]);
    await p.emulateMedia({ media: 'print' });
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await p.close();
  }, 60_000);
});
