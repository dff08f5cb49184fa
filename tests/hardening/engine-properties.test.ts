/**
 * Properties of validate() over random workbooks shaped like the template (see
 * tools/fuzz-snapshots.ts): it always returns a report, findings point at real sheets and
 * cells, shares are shares, and neither the order of the data rows nor the order of the columns
 * changes the report (apart from addresses and order). 500 runs each; `npm run bench` runs
 * 10 000 (bench/fuzz.js).
 */
import fc from 'fast-check';
import { RULES, validate, WorkbookSnapshot } from '../../src/engine';
import { essence, reorderColumns, reportProblems, shuffleDataRows, workbookArbitrary } from '../../tools/fuzz-snapshots';

const RUNS = 500;
const NOW = new Date(Date.UTC(2026, 2, 1));

const anyWorkbook = workbookArbitrary({ duplicateHeaders: true, explanations: true });
/**
 * For the invariance properties: no header twice (then the first column is read, and which one
 * is first depends on the order) and no stored explanations (they are tied to cell addresses).
 */
const orderFreeWorkbook = workbookArbitrary();

test('validate returns a report and never throws, in both languages and at any date', () => {
  fc.assert(
    fc.property(anyWorkbook, fc.constantFrom('nb' as const, 'en' as const), fc.date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2035, 0, 1)), noInvalidDate: true }), ({ snapshot }, lang, now) => {
      const report = validate(snapshot, { lang, now });
      expect(report.lang).toBe(lang);
      expect(report.passed).toBe(report.counts.error === 0);
      expect(report.findings.length).toBe(report.counts.error + report.counts.warning + report.counts.info);
    }),
    { numRuns: RUNS },
  );
});

test('every finding names a sheet of the workbook and a cell inside it; every share is in [0, 1] or null', () => {
  fc.assert(
    fc.property(anyWorkbook, ({ snapshot }) => {
      expect(reportProblems(snapshot, validate(snapshot, { now: NOW }))).toEqual([]);
    }),
    { numRuns: RUNS },
  );
});

test('the report is the same when the data rows are shuffled (apart from addresses and order)', () => {
  fc.assert(
    fc.property(orderFreeWorkbook, fc.integer(), (workbook, seed) => {
      const shuffled = shuffleDataRows(workbook, seed);
      expect(essence(validate(shuffled.snapshot, { now: NOW }))).toEqual(essence(validate(workbook.snapshot, { now: NOW })));
    }),
    { numRuns: RUNS },
  );
});

test('the report is the same when the columns are reordered (apart from addresses and order)', () => {
  fc.assert(
    fc.property(orderFreeWorkbook, fc.integer(), (workbook, seed) => {
      const reordered = reorderColumns(workbook, seed);
      expect(essence(validate(reordered.snapshot, { now: NOW }))).toEqual(essence(validate(workbook.snapshot, { now: NOW })));
    }),
    { numRuns: RUNS },
  );
});

test('the random workbooks make the rules fire: most rules find something in 500 samples', () => {
  const fired = new Set<string>();
  for (const { snapshot } of fc.sample(anyWorkbook, { numRuns: RUNS, seed: 42 })) {
    for (const f of validate(snapshot, { now: NOW }).findings) fired.add(f.rule);
  }
  const silent = RULES.map((r) => r.meta.id).filter((id) => !fired.has(id));
  // All 34 fire with this seed; a little slack for rules that need several columns to agree.
  expect(silent.length).toBeLessThanOrEqual(2);
});

test('the transformations do change the workbook (the invariance tests are not vacuous)', () => {
  const [workbook] = fc.sample(
    orderFreeWorkbook.filter((w) => Object.values(w.snapshot.sheets).some((grid) => grid.length > 6)),
    { numRuns: 1, seed: 7 },
  );
  const differs = (a: WorkbookSnapshot, b: WorkbookSnapshot): boolean => JSON.stringify(a) !== JSON.stringify(b);
  expect(differs(shuffleDataRows(workbook, 3).snapshot, workbook.snapshot) || differs(shuffleDataRows(workbook, 4).snapshot, workbook.snapshot)).toBe(true);
  expect(differs(reorderColumns(workbook, 3).snapshot, workbook.snapshot)).toBe(true);
});
