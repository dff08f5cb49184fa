import { METRIC_KEYS } from '../../src/engine';
import { formatJson, toJsonReport } from '../../src/report/json';
import { cleanReport, file, mixedReport, noLeaversReport } from './fixtures';

/** The contract's keys (docs/contract.md, "Command-line report"), which must never change. */
const CONTRACT_TOP = ['file', 'template', 'findings', 'metrics', 'goals'];
const CONTRACT_FINDING = ['rule', 'severity', 'sheet', 'cell', 'message'];
const CONTRACT_GOAL = ['id', 'indicator', 'target', 'achieved', 'attainment', 'status'];

describe('JSON reporter', () => {
  const single = JSON.parse(formatJson([file('rapport.xlsx', mixedReport())]));

  test('one file gives one object whose first keys are the contract keys, in order', () => {
    expect(Array.isArray(single)).toBe(false);
    expect(Object.keys(single).slice(0, CONTRACT_TOP.length)).toEqual(CONTRACT_TOP);
    expect(single.file).toBe('rapport.xlsx');
    expect(single.template).toMatchObject({ id: 'imdi-mentor-trainee', version: '2026.1' });
  });

  test('findings carry exactly rule, severity, sheet, cell, message (+ explanation when explained)', () => {
    expect(single.findings).toHaveLength(3);
    expect(Object.keys(single.findings[0])).toEqual(CONTRACT_FINDING);
    expect(single.findings[0]).toEqual({
      rule: 'orgnr-invalid',
      severity: 'error',
      sheet: 'Programinfo',
      cell: 'B2',
      message: expect.stringContaining('«123»'),
    });
    const explained = single.findings.find((f: { cell: string }) => f.cell === 'R4');
    expect(Object.keys(explained)).toEqual([...CONTRACT_FINDING, 'explanation']);
    expect(explained.explanation).toBe('Deltakeren ville ikke svare.');
  });

  test('metrics map every metric key to its plain value (fractions for shares)', () => {
    expect(Object.keys(single.metrics)).toEqual([...METRIC_KEYS]);
    expect(single.metrics.participants).toBe(4);
    expect(single.metrics.leavers).toBe(3);
    expect(single.metrics.employmentRateAtEnd).toBe(1);
    expect(single.metricDetails.employmentRateAtEnd).toEqual({ kind: 'rate', value: 1, numerator: 3, denominator: 3 });
  });

  test('a rate over an empty denominator is null, never 0', () => {
    const none = toJsonReport(file('x.xlsx', noLeaversReport()));
    expect(none.metrics.employmentRateAtEnd).toBeNull();
    expect(none.metricDetails.employmentRateAtEnd).toEqual({ kind: 'rate', value: null, numerator: 0, denominator: 0 });
  });

  test('goals start with the contract keys', () => {
    expect(Object.keys(single.goals[0]).slice(0, CONTRACT_GOAL.length)).toEqual(CONTRACT_GOAL);
    expect(single.goals[0]).toMatchObject({ id: 'M1', indicator: 'Andel i arbeid ved programslutt', target: 0.5, achieved: 1, attainment: 2, status: 'reached' });
  });

  test('additions: passed, counts and the roll-up', () => {
    expect(single.passed).toBe(false);
    expect(single.counts).toEqual({ error: 1, warning: 2, info: 0, explained: 1 });
    expect(single.rules.map((r: { rule: string }) => r.rule)).toEqual(['orgnr-invalid', 'job-relevance-missing']);
  });

  test('several files give an array, in the order given; array:true forces one for a single file', () => {
    const several = JSON.parse(formatJson([file('a.xlsx', mixedReport()), file('b.xlsx', cleanReport())]));
    expect(several.map((r: { file: string }) => r.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(several[1].findings).toEqual([]);
    expect(JSON.parse(formatJson([file('a.xlsx', cleanReport())], { array: true }))).toHaveLength(1);
  });

  test('messages follow the report language', () => {
    const english = toJsonReport(file('a.xlsx', mixedReport('en')));
    expect(english.findings[0].message).toMatch(/organisation number/i);
  });
});
