/* global document, requestAnimationFrame -- used inside page.evaluate, which runs in Chromium */
// The caseworker's year at two sizes, 60 and 500 submissions (tools/year-corpus.ts: clean and
// flawed reports, versions, copies, unreadable files), each checked in a fresh Node process:
// wall time, peak RSS, time per file, how much of it is writing the outputs (page, workbook,
// JSON, one letter per report), the size of portfolio.html, and in Chromium how long the page
// takes to load and to filter. The ratios compare the two sizes measured in this run: 1.0× per
// file means the run scales linearly. Needs `npm run build` and `npm run build:tools` first.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, readdirSync, rmSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { samplePeakRss } = require('./process-tree');

const SIZES = (process.env.BENCH_CASEWORKER_SIZES || '60,500').split(',').map(Number);
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

async function child() {
  const { runBatch } = require('../dist/batch');
  const [corpus, out] = JSON.parse(process.env.BENCH_CASEWORKER_CHILD);
  const t0 = process.hrtime.bigint();
  const rss = samplePeakRss(); // the workers are child processes: their memory counts too
  const result = await runBatch({ inputs: [corpus], out, now: new Date(Date.UTC(2026, 2, 1)) });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssKb: rss.stop(), files: result.portfolio.totals.files, letters: result.outputs.letterFiles.length, timings: result.timings }));
}

async function render(html) {
  if (CHROMIUM === undefined) return null;
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const loads = [];
    const filters = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`file://${html}`, { waitUntil: 'load' });
      loads.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
      // A filter change as the caseworker makes it: script, style and layout until the next frame.
      filters.push(
        await page.evaluate(async () => {
          const select = document.querySelector('select[name=status]');
          const t0 = performance.now();
          select.value = 'error';
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise((resolve) => requestAnimationFrame(() => resolve()));
          return performance.now() - t0;
        }),
      );
      await page.close();
    }
    return { loadMs: Math.min(...loads), filterMs: Math.min(...filters) };
  } finally {
    await browser.close();
  }
}

const size = (dir) => readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);

async function measure(count) {
  const corpus = mkdtempSync(join(tmpdir(), 'rapportsjekk-bench-year-'));
  const out = mkdtempSync(join(tmpdir(), 'rapportsjekk-bench-year-out-'));
  try {
    execFileSync(process.execPath, [join(__dirname, '../dist/dev/tools/make-corpus.js'), corpus, '--year', String(count)], { stdio: 'pipe' });
    const run = JSON.parse(
      execFileSync(process.execPath, [__filename], { env: { ...process.env, BENCH_CASEWORKER_CHILD: JSON.stringify([corpus, out]) }, encoding: 'utf8', maxBuffer: 1 << 20 }),
    );
    if (run.files !== count) throw new Error(`expected ${count} files, checked ${run.files}`);
    const html = join(out, 'portfolio.html');
    return { count, ...run, htmlBytes: statSync(html).size, letterBytes: size(join(out, 'brev')), page: await render(html) };
  } finally {
    rmSync(corpus, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

async function main() {
  const results = [];
  for (const count of SIZES) results.push(await measure(count));
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  for (const r of results) {
    const page = r.page === null ? 'Chromium not installed' : `load ${r.page.loadMs.toFixed(0)} ms, filter ${r.page.filterMs.toFixed(0)} ms`;
    console.log(
      `caseworker year of ${r.count}: ${s(r.ms)} (${(r.ms / r.count).toFixed(0)} ms per file; writing outputs ${s(r.timings.write)}), peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB;` +
        ` portfolio.html ${(r.htmlBytes / 1024).toFixed(0)} KB (${(r.htmlBytes / r.count / 1024).toFixed(1)} KB per report), ${r.letters} letters ${(r.letterBytes / 1024).toFixed(0)} KB; page ${page}`,
    );
  }
  if (results.length === 2) {
    const [small, large] = results;
    const perFile = large.ms / large.count / (small.ms / small.count);
    const load = small.page && large.page ? ` page load ${(large.page.loadMs / small.page.loadMs).toFixed(2)}× for ${(large.count / small.count).toFixed(1)}× the reports;` : '';
    console.log(`  ${large.count} vs ${small.count}: ${perFile.toFixed(2)}× the time per file (1.0× = linear);${load} peak RSS ${(large.maxRssKb / small.maxRssKb).toFixed(2)}×`);
  }
}

if (process.env.BENCH_CASEWORKER_CHILD) {
  child().catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
} else {
  main().catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
}
