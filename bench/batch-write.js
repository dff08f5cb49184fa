// The batch's output phase alone: how long writing portfolio.xlsx/.html/.json and the letters
// takes, cold (the first time in a process, as `rapportsjekk batch` pays it after its checks:
// `timings.write` of runBatch with one worker process) and warm (each part again in the same
// process, median). Each run is a fresh Node process; with DIST_B set, two builds are run
// alternately (DIST_A, default ../dist, against DIST_B) and compared. Needs `npm run build` and
// `npm run build:tools` first.
//   node bench/batch-write.js                      # this build
//   DIST_B=/path/to/other/dist node bench/batch-write.js
const { execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const FILES = Number(process.env.BENCH_BATCH_FILES || 100);
const PARTICIPANTS = Number(process.env.BENCH_BATCH_PARTICIPANTS || 300);
const RUNS = Number(process.env.BENCH_RUNS || 5);
const WARM = 5;

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function child() {
  const [dist, corpus, out] = JSON.parse(process.env.BENCH_WRITE_CHILD);
  const { runBatch } = require(join(dist, 'batch'));
  const { portfolioFiles } = require(join(dist, 'batch/run-batch'));
  const { portfolioXlsxBuffer } = require(join(dist, 'batch/write-xlsx'));
  const { portfolioHtml } = require(join(dist, 'batch/write-html'));
  const { letters } = require(join(dist, 'batch/letter'));
  const { letterNames } = require(join(dist, 'batch/letter-names'));
  const { maskDeep, maskPersonalIds } = require(join(dist, 'engine'));
  const result = await runBatch({ inputs: [corpus], out, jobs: 1, now: new Date(Date.UTC(2026, 2, 1)) });
  const { portfolio } = result;
  const names = letterNames(portfolio.submissions.map((s) => s.file));
  const time = async (work) => {
    const times = [];
    for (let i = 0; i < WARM; i++) {
      const t0 = performance.now();
      await work();
      times.push(performance.now() - t0);
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
    all: await time(() => portfolioFiles(portfolio, names)),
  };
  process.stdout.write(JSON.stringify({ write: result.timings.write, check: result.timings.check, warm }));
}

function measure(dist, corpus) {
  const out = mkdtempSync(join(tmpdir(), 'rapportsjekk-bench-write-'));
  try {
    const stdout = execFileSync(process.execPath, [__filename], { env: { ...process.env, BENCH_WRITE_CHILD: JSON.stringify([dist, corpus, out]) }, encoding: 'utf8' });
    return JSON.parse(stdout);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function main() {
  const builds = [resolve(process.env.DIST_A || join(__dirname, '../dist'))];
  if (process.env.DIST_B) builds.push(resolve(process.env.DIST_B));
  const corpus = mkdtempSync(join(tmpdir(), 'rapportsjekk-bench-corpus-'));
  try {
    execFileSync(process.execPath, [join(__dirname, '../dist/dev/tools/make-corpus.js'), corpus, '--count', String(FILES), '--participants', String(PARTICIPANTS)], { stdio: 'pipe' });
    const runs = builds.map(() => []);
    for (let round = 0; round < RUNS; round++) builds.forEach((dist, i) => runs[i].push(measure(dist, corpus)));
    builds.forEach((dist, i) => {
      const r = runs[i];
      const ms = (v) => `${v.toFixed(0)} ms`;
      const warm = (key) => ms(median(r.map((x) => x.warm[key])));
      console.log(
        `${dist}: cold write phase ${ms(median(r.map((x) => x.write)))} (median of ${RUNS}; runs ${r.map((x) => x.write.toFixed(0)).join(', ')});` +
          ` warm: xlsx ${warm('xlsx')}, html ${warm('html')}, json ${warm('json')}, letters ${warm('letters')}, all four ${warm('all')}`,
      );
    });
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

if (process.env.BENCH_WRITE_CHILD) {
  child().catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
} else {
  main();
}
