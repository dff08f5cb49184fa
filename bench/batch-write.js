// The batch's output phase alone: writing portfolio.xlsx/.html/.json and the letters of one
// portfolio (100 files × 300 participants, checked once), cold as `rapportsjekk batch --jobs 1`
// pays it after its checks (the first time in a fresh process, the modules already loaded),
// then each part warm (median of 5 in the same process). Wall and CPU time (all the process's
// threads: the collector's, zlib's). With DIST_B set, two builds are run alternately (DIST_A,
// default ../dist, against DIST_B). Needs `npm run build` and `npm run build:tools` first.
//   node bench/batch-write.js
//   DIST_B=/path/to/other/dist BENCH_RUNS=9 node bench/batch-write.js
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, resolve } = require('node:path');
const v8 = require('node:v8');

const FILES = Number(process.env.BENCH_BATCH_FILES || 100);
const PARTICIPANTS = Number(process.env.BENCH_BATCH_PARTICIPANTS || 300);
const RUNS = Number(process.env.BENCH_RUNS || 7);
const WARM = 5;

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Checks the corpus once (runBatch, one worker) and keeps the portfolio for the timed runs. */
async function makePortfolio(dist, corpus, file) {
  const { runBatch } = require(join(dist, 'batch'));
  const out = mkdtempSync(join(tmpdir(), 'rapportsjekk-bench-write-'));
  try {
    const result = await runBatch({ inputs: [corpus], out, jobs: 1, now: new Date(Date.UTC(2026, 2, 1)) });
    writeFileSync(file, v8.serialize(result.portfolio));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function timed(dist, portfolioFile) {
  const { portfolioFiles } = require(join(dist, 'batch/run-batch'));
  const { portfolioXlsxBuffer } = require(join(dist, 'batch/write-xlsx')); // loaded during the checks in a batch run
  const { portfolioHtml } = require(join(dist, 'batch/write-html'));
  const { letters } = require(join(dist, 'batch/letter'));
  const { letterNames } = require(join(dist, 'batch/letter-names'));
  const { maskDeep, maskPersonalIds } = require(join(dist, 'engine'));
  const portfolio = v8.deserialize(readFileSync(portfolioFile));
  const out = mkdtempSync(join(tmpdir(), 'rapportsjekk-bench-write-'));
  try {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const names = letterNames(portfolio.submissions.map((s) => s.file));
    const files = await portfolioFiles(portfolio, names);
    writeFileSync(join(out, 'portfolio.xlsx'), files.xlsx);
    writeFileSync(join(out, 'portfolio.html'), files.html);
    writeFileSync(join(out, 'portfolio.json'), files.json);
    for (const [file, html] of files.letters) {
      const path = join(out, ...names.get(file).split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, html);
    }
    const cpu = process.cpuUsage(c0);
    const cold = { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
    const time = async (work) => {
      const times = [];
      for (let i = 0; i < WARM; i++) {
        const t = performance.now();
        await work();
        times.push(performance.now() - t);
      }
      return median(times);
    };
    const warm = {
      xlsx: await time(() => portfolioXlsxBuffer(portfolio)),
      html: await time(() => maskPersonalIds(portfolioHtml(portfolio, names))),
      json: await time(() => `${JSON.stringify(maskDeep(portfolio), null, 2)}\n`),
      letters: await time(() => {
        for (const [, html] of letters(portfolio)) maskPersonalIds(html);
      }),
    };
    return { cold, warm };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function child(mode, args) {
  return JSON.parse(execFileSync(process.execPath, [__filename], { env: { ...process.env, BENCH_WRITE_CHILD: JSON.stringify([mode, ...args]) }, encoding: 'utf8' }) || 'null');
}

function main() {
  const builds = [resolve(process.env.DIST_A || join(__dirname, '../dist'))];
  if (process.env.DIST_B) builds.push(resolve(process.env.DIST_B));
  const work = mkdtempSync(join(tmpdir(), 'rapportsjekk-bench-corpus-'));
  const corpus = join(work, 'corpus');
  const portfolioFile = join(work, 'portfolio.v8');
  try {
    execFileSync(process.execPath, [join(__dirname, '../dist/dev/tools/make-corpus.js'), corpus, '--count', String(FILES), '--participants', String(PARTICIPANTS)], { stdio: 'pipe' });
    child('portfolio', [builds[0], corpus, portfolioFile]);
    const runs = builds.map(() => []);
    for (let round = 0; round < RUNS; round++) builds.forEach((dist, i) => runs[i].push(child('timed', [dist, portfolioFile])));
    builds.forEach((dist, i) => {
      const r = runs[i];
      const ms = (v) => `${v.toFixed(0)} ms`;
      const warm = (key) => ms(median(r.map((x) => x.warm[key])));
      console.log(
        `${dist}: cold output phase ${ms(median(r.map((x) => x.cold.ms)))} wall, ${ms(median(r.map((x) => x.cold.cpuMs)))} CPU (medians of ${RUNS};` +
          ` wall ${r.map((x) => x.cold.ms.toFixed(0)).join(', ')}); warm: xlsx ${warm('xlsx')}, html ${warm('html')}, json ${warm('json')}, letters ${warm('letters')}`,
      );
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.env.BENCH_WRITE_CHILD) {
  const [mode, ...args] = JSON.parse(process.env.BENCH_WRITE_CHILD);
  (mode === 'portfolio' ? makePortfolio(...args) : timed(...args))
    .then((result) => process.stdout.write(JSON.stringify(result ?? null)))
    .catch((error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 1;
    });
} else {
  main();
}
