// What one batch worker pays per file: a corpus checked in one fresh process with checkFile,
// in order, as a worker does. Batch mode scales over cores only if a worker leaves the other
// core free, and V8's garbage collection and compiler threads take CPU on it; so this reports,
// per file, the wall time, the process's CPU time (every thread: cores busy = CPU / wall),
// the main thread's GC pauses and the bytes allocated on the JS heap (from --trace-gc-nvp; the
// sums are comparable only between runs with the same GC flags).
// Needs `npm run build` first.
//
//   node bench/check-cost.js                    both corpora (100 × 300 and 20 × 3,000 participants)
//   CHECK_COST_DISTS=before=/x/dist,after=dist  alternate builds (an A/B of a change); a build
//                                               may carry Node flags: big=dist@--max-semi-space-size=32
//   CHECK_COST_SIZES=100x300                     corpora: files × participants
//   CHECK_COST_ROUNDS=5                         runs per build and corpus (median reported)
const { execFileSync, spawnSync } = require('node:child_process');
const { mkdtempSync, readdirSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

async function child() {
  const { dist, corpus } = JSON.parse(process.env.CHECK_COST_CHILD);
  const { checkFile } = require(join(dist, 'batch/check-file.js'));
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(corpus, f));
  const options = { lang: 'nb', now: new Date(Date.UTC(2026, 2, 1)) };
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let reports = 0;
  for (const file of files) if ((await checkFile(file, options)).kind === 'report') reports++;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const heapUsed = process.memoryUsage().heapUsed;
  process.stdout.write(`RESULT ${JSON.stringify({ files: files.length, reports, ms, cpuMs: (cpu.user + cpu.system) / 1000, heapUsed })}\n`);
}

/** One fresh process over the corpus: its figures, with GC pauses and allocation summed from V8's trace. */
function run(dist, corpus, flags) {
  const out = spawnSync(process.execPath, [...flags, '--trace-gc-nvp', __filename], {
    env: { ...process.env, CHECK_COST_CHILD: JSON.stringify({ dist, corpus }) },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (out.status !== 0) throw new Error(out.stderr);
  let gcMs = 0;
  let allocated = 0;
  let lastAfter = 0;
  let result = null;
  for (const line of out.stdout.split('\n')) {
    if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7));
    else if (result === null && line.includes(' pause=')) {
      gcMs += Number(/ pause=([\d.]+)/.exec(line)[1]);
      allocated += Number(/ allocated=(\d+)/.exec(line)?.[1] ?? 0);
      lastAfter = Number(/ total_size_after=(\d+)/.exec(line)?.[1] ?? lastAfter);
    }
  }
  if (result === null || result.reports !== result.files) throw new Error(`not every file was checked: ${JSON.stringify(result)}`);
  // What was allocated after the last collection is still on the heap.
  return { ...result, gcMs, allocated: allocated + Math.max(0, result.heapUsed - lastAfter) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main() {
  const dists = (process.env.CHECK_COST_DISTS || `current=${join(__dirname, '../dist')}`).split(',').map((pair) => {
    const name = pair.slice(0, pair.indexOf('='));
    const rest = pair.slice(pair.indexOf('=') + 1);
    const [path, ...flags] = rest.split('@');
    return { name, path: resolve(path), flags };
  });
  const rounds = Number(process.env.CHECK_COST_ROUNDS || 5);
  const root = mkdtempSync(join(tmpdir(), 'rapportsjekk-check-cost-'));
  try {
    for (const [count, participants] of (process.env.CHECK_COST_SIZES || '100x300,20x3000').split(',').map((size) => size.split('x').map(Number))) {
      const corpus = join(root, `${count}x${participants}`);
      execFileSync(process.execPath, [join(__dirname, '../dist/dev/tools/make-corpus.js'), corpus, '--count', String(count), '--participants', String(participants)], { stdio: 'pipe' });
      const runs = new Map(dists.map((d) => [d.name, []]));
      // Alternated, medians: the machine is shared, and a slow minute should hit every build.
      for (let r = 0; r < rounds; r++) for (const d of dists) runs.get(d.name).push(run(d.path, corpus, d.flags));
      for (const d of dists) {
        const list = runs.get(d.name);
        const per = (key) => median(list.map((x) => x[key])) / count;
        const wall = per('ms');
        const cpu = per('cpuMs');
        console.log(
          `check ${count}×${participants} [${d.name}]: per file ${wall.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU (${(cpu / wall).toFixed(2)} cores busy),` +
            ` GC pauses ${per('gcMs').toFixed(1)} ms, ${(per('allocated') / 2 ** 20).toFixed(1)} MB allocated (median of ${rounds} fresh processes)`,
        );
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.env.CHECK_COST_CHILD) {
  child().catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
} else {
  main();
}
