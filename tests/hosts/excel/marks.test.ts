/// <reference types="office-js" />
import { cellAddress, Finding, Severity, validate } from '../../../src/engine';
import { batchMarks, clearMarks, isMarkFormula, MARK_FILLS, markFindings, planMarks } from '../../../src/hosts/excel/marks';
import { FakeExcel, parseRect, PAYLOAD_LIMIT_BYTES } from '../../fakes/excel-fake';
import { NOW, workbook } from '../../helpers/builder';
import { fakeOf, reportWith, syncsOf } from './helpers';

const finding = (sheet: string | null, cell: string | null, severity: Severity = 'warning'): Finding => ({
  rule: 'value-required',
  severity,
  sheet,
  cell,
  message: 'x',
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 10,000 findings scattered over the participant sheet, all three severities. */
function scattered(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding('Deltakere', cellAddress(1 + ((i * 7919) % 10_000), i % 23), SEVERITIES[i % 3]),
  );
}

/** The fill the marks give a cell, by looking at the conditional formats that cover it. */
function markFill(fake: FakeExcel, sheet: string, cell: string): string | null {
  const at = parseRect(cell);
  const covering = fake.state
    .sheet(sheet)
    .conditionalFormats.filter((cf) => isMarkFormula(cf.formula ?? '') && cf.areas.some((a) => a.top <= at.top && at.top <= a.bottom && a.left <= at.left && at.left <= a.right));
  return covering.length === 0 ? null : (covering[0].fill as string);
}

/** A workbook with formats, validation, a formula and a conditional format of the user's. */
function userWorkbook(): FakeExcel {
  const fake = fakeOf(workbook().withParticipants({ relevantJob: null }, { endDate: null }, {}).build());
  fake.edit('Deltakere', 'A1:W1', { fill: '#4472C4', font: { bold: true, italic: false, color: '#FFFFFF', name: 'Calibri', size: 11 } });
  fake.edit('Deltakere', 'R3', { fill: '#00FF00', borders: { bottom: { style: 'Continuous', color: '#000000', weight: 'Thin' } } });
  fake.edit('Deltakere', 'K2:K4', { numberFormat: 'd/m/yyyy', validation: { rule: { date: { operator: 'GreaterThan', formula1: '2000-01-01' } }, prompt: null, errorAlert: null } });
  fake.edit('Mentorer', 'F2', { value: 1, formula: '=COUNTIF(Deltakere!M:M,A2)' });
  fake.addConditionalFormat('Deltakere', 'C2:C4', '=C2<1960', '#FFFF00');
  return fake;
}

describe('marking finding cells', () => {
  test('marks change nothing of the user’s; clearing leaves the workbook exactly as it was', async () => {
    const fake = userWorkbook();
    const sheets = fake.sheetNames();
    const before = fake.describe(sheets) as { cells: unknown; conditionalFormats: unknown[] }[];
    const report = validate(workbook().withParticipants({ relevantJob: null }, { endDate: null }, {}).build(), { now: NOW });
    expect(report.findings.length).toBeGreaterThan(0);

    await markFindings(fake.run, report.findings);
    const marked = fake.describe(sheets) as { cells: unknown; conditionalFormats: unknown[] }[];
    // Every cell (value, formula, number format, fill, font, borders, validation) is untouched …
    expect(marked.map((s) => s.cells)).toEqual(before.map((s) => s.cells));
    // … the user's own conditional format is still there, and the finding cells show a mark.
    expect(marked[3].conditionalFormats).toEqual(expect.arrayContaining(before[3].conditionalFormats));
    for (const f of report.findings.filter((x) => x.cell !== null && x.sheet === 'Deltakere')) {
      expect(markFill(fake, 'Deltakere', f.cell as string)).toBe(MARK_FILLS[f.severity]);
    }

    await clearMarks(fake.run);
    expect(fake.describe(sheets)).toEqual(before);
  });

  test('10,000 findings: every request stays under 5 MB, one sync per batch, every cell marked', async () => {
    const fake = fakeOf(reportWith(10_000));
    const findings = scattered(10_000);
    const syncs = await syncsOf(fake, () => markFindings(fake.run, findings));
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const batches = batchMarks(planMarks(findings, fake.sheetNames())).length;
    expect(syncs).toBe(2 + batches); // sheet list, conditional formats (none yet), then one per batch
    for (const f of findings.filter((_, i) => i % 97 === 0)) expect(markFill(fake, 'Deltakere', f.cell as string)).toBe(MARK_FILLS[f.severity]);

    // Clearing them is a constant number of syncs too.
    expect(await syncsOf(fake, () => clearMarks(fake.run))).toBe(4);
    expect(fake.state.sheet('Deltakere').conditionalFormats).toEqual([]);
  });

  test('a small budget splits the work into more batches, each one sync and under the budget', async () => {
    const fake = fakeOf(reportWith(2_000));
    const findings = scattered(2_000).map((f) => ({ ...f, cell: f.cell?.replace(/\d+$/, (n) => String(Number(n) % 2000 + 2)) ?? null }));
    const budgetBytes = 20_000;
    const batches = batchMarks(planMarks(findings, fake.sheetNames()), budgetBytes);
    expect(batches.length).toBeGreaterThan(3);
    const syncs = await syncsOf(fake, () => markFindings(fake.run, findings, { budgetBytes }));
    expect(syncs).toBe(2 + batches.length);
    const writes = fake.syncs.slice(-batches.length);
    expect(Math.max(...writes.map((s) => s.requestBytes))).toBeLessThan(budgetBytes);
  });

  test('marking again replaces the earlier marks instead of piling them up', async () => {
    const fake = fakeOf(reportWith(3));
    const findings = [finding('Deltakere', 'B2', 'error'), finding('Deltakere', 'B3', 'warning')];
    await markFindings(fake.run, findings);
    const once = fake.describe();
    await markFindings(fake.run, findings);
    expect(fake.describe()).toEqual(once);
    await markFindings(fake.run, [finding('Deltakere', 'C4', 'info')]);
    expect(markFill(fake, 'Deltakere', 'B2')).toBeNull();
    expect(markFill(fake, 'Deltakere', 'C4')).toBe(MARK_FILLS.info);
  });
});

describe('planning marks', () => {
  test('neighbouring cells become one area; the most severe finding of a cell wins', () => {
    const plan = planMarks(
      [
        finding('Deltakere', 'R2'),
        finding('Deltakere', 'R3'),
        finding('Deltakere', 'R4'),
        finding('Deltakere', 'S2'),
        finding('Deltakere', 'S3'),
        finding('Deltakere', 'S4'),
        finding('Deltakere', 'B9', 'info'),
        finding('Deltakere', 'B9', 'error'),
      ],
      ['Deltakere'],
    );
    expect(plan).toEqual([
      { sheet: 'Deltakere', severity: 'warning', areas: 'R2:S4' },
      { sheet: 'Deltakere', severity: 'error', areas: 'B9' },
    ]);
  });

  test('findings without a cell or on a sheet that is not there are skipped; sheet names match as the engine matches them', () => {
    const plan = planMarks([finding('Mål', null), finding('Aktiviteter', 'A2'), finding(' deltakere ', 'c5')], ['Deltakere', 'Mål']);
    expect(plan).toEqual([{ sheet: 'Deltakere', severity: 'warning', areas: 'C5' }]);
  });

  test('area lists stay within the 255 characters Excel accepts', () => {
    const many = Array.from({ length: 500 }, (_, i) => finding('Deltakere', `B${2 * i + 2}`));
    const plan = planMarks(many, ['Deltakere']);
    expect(plan.length).toBeGreaterThan(1);
    expect(Math.max(...plan.map((g) => g.areas.length))).toBeLessThanOrEqual(255);
    expect(plan.flatMap((g) => g.areas.split(','))).toHaveLength(500);
  });
});
