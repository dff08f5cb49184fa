// Engine speed: read + rules + metrics on a 10,000-participant snapshot, against a bare loop that
// touches every cell of the same snapshot. Both measured in this run; the figure is the ratio.
const { validate } = require('../dist/engine');
const { syntheticContent, contentToSnapshot } = require('../dist/dev/tools/synthetic');
const { measure, ratio, mb } = require('./measure');

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS || 10000);
const snapshot = contentToSnapshot(syntheticContent(PARTICIPANTS, 7));
const now = new Date(Date.UTC(2026, 2, 1));

function touchEveryCell() {
  let n = 0;
  for (const grid of Object.values(snapshot.sheets)) {
    for (const row of grid) {
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c] !== null && row[c] !== undefined) n++;
    }
  }
  return n;
}

const baseline = measure(touchEveryCell, { runs: 30 });
let report;
const engine = measure(() => (report = validate(snapshot, { now })), { runs: 10 });
const cells = touchEveryCell();
console.log(`engine: ${PARTICIPANTS} participants (${cells} cells), ${report.findings.length} findings`);
console.log(`  bare loop over every cell : ${baseline.median.toFixed(2)} ms (median of ${baseline.runs})`);
console.log(`  validate (read+rules+metrics): ${engine.median.toFixed(2)} ms (median of ${engine.runs})`);
console.log(`  → ${ratio(engine.median, baseline.median)} the bare loop (goal ≤ 3×); heap used ${mb(process.memoryUsage().heapUsed)}`);
module.exports = { engineMs: engine.median, baselineMs: baseline.median };
