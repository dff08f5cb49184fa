// Fuzzing the engine: the properties of tests/hardening/engine-properties.test.ts with 10,000
// random template-shaped workbooks each (the tests run 500). Prints runs and time per property;
// exits 1 with the counterexample when a property fails. Needs `npm run build` (npm run bench).
//   FUZZ_RUNS=2000 FUZZ_SEED=1 node bench/fuzz.js
const assert = require('assert');
const fc = require('fast-check');
const { validate } = require('../dist/engine');
const { essence, reorderColumns, reportProblems, shuffleDataRows, workbookArbitrary } = require('../dist/dev/tools/fuzz-snapshots');

const RUNS = Number(process.env.FUZZ_RUNS || 10000);
const SEED = process.env.FUZZ_SEED === undefined ? Date.now() : Number(process.env.FUZZ_SEED);
const NOW = new Date(Date.UTC(2026, 2, 1));

const anyWorkbook = workbookArbitrary({ duplicateHeaders: true, explanations: true });
const orderFreeWorkbook = workbookArbitrary();
const langs = fc.constantFrom('nb', 'en');
const dates = fc.date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2035, 0, 1)), noInvalidDate: true });

const properties = [
  [
    'validate returns a report, never throws',
    fc.property(anyWorkbook, langs, dates, ({ snapshot }, lang, now) => {
      const report = validate(snapshot, { lang, now });
      assert.strictEqual(report.passed, report.counts.error === 0);
    }),
  ],
  [
    'findings point inside the workbook; shares in [0, 1]',
    fc.property(anyWorkbook, ({ snapshot }) => {
      assert.deepStrictEqual(reportProblems(snapshot, validate(snapshot, { now: NOW })), []);
    }),
  ],
  [
    'same report with data rows shuffled',
    fc.property(orderFreeWorkbook, fc.integer(), (workbook, seed) => {
      const shuffled = shuffleDataRows(workbook, seed).snapshot;
      assert.deepStrictEqual(essence(validate(shuffled, { now: NOW })), essence(validate(workbook.snapshot, { now: NOW })));
    }),
  ],
  [
    'same report with columns reordered',
    fc.property(orderFreeWorkbook, fc.integer(), (workbook, seed) => {
      const reordered = reorderColumns(workbook, seed).snapshot;
      assert.deepStrictEqual(essence(validate(reordered, { now: NOW })), essence(validate(workbook.snapshot, { now: NOW })));
    }),
  ],
];

console.log(`fuzz: ${properties.length} engine properties × ${RUNS} random workbooks (seed ${SEED})`);
let failed = false;
const started = process.hrtime.bigint();
for (const [name, property] of properties) {
  const t0 = process.hrtime.bigint();
  const result = fc.check(property, { numRuns: RUNS, seed: SEED });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const status = result.failed ? 'FAILED' : 'ok';
  console.log(`  ${name}: ${result.numRuns} runs in ${(ms / 1000).toFixed(1)} s (${(ms / result.numRuns).toFixed(2)} ms/run) ${status}`);
  if (result.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(result));
  }
}
console.log(`  total ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
