/** Key figures, small-number suppression, year-over-year matching and the exit status. */
import { validate } from '../../src/engine';
import type { Report } from '../../src/engine';
import { Figure, figureChange, KEY_METRICS, rawFigure, suppressFigure } from '../../src/batch/figures';
import { buildPortfolio, exitCode } from '../../src/batch/portfolio';
import type { CheckOutcome } from '../../src/batch/check-file';
import { NOW, workbook } from '../helpers/builder';

const rate = (numerator: number, denominator: number): Figure => ({
  key: 'employmentRateAtEnd',
  kind: 'rate',
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
  suppressed: false,
});
const count = (value: number): Figure => ({ key: 'participants', kind: 'count', value, numerator: value, denominator: null, suppressed: false });
const mean = (sum: number, n: number): Figure => ({ key: 'selfAssessmentMean', kind: 'mean', value: n === 0 ? null : sum / n, numerator: sum, denominator: n, suppressed: false });

describe('suppressFigure', () => {
  test.each([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
    [120, 120],
  ])('count %p is shown as %p', (n, shown) => {
    const figure = suppressFigure(count(n));
    expect(figure.value).toBe(shown);
    expect(figure.suppressed).toBe(shown === '<5');
  });

  test.each([
    // numerator, denominator, shown numerator, shown denominator, value hidden?
    [6, 10, 6, 10, false],
    [0, 10, 0, 10, false],
    [3, 10, '<5', 10, true],
    [3, 4, '<5', '<5', true],
    [0, 4, 0, '<5', true],
    [5, 5, 5, 5, false],
    [0, 0, 0, 0, false],
  ])('rate %p/%p shows %p/%p, value hidden: %p', (numerator, denominator, shownNumerator, shownDenominator, hidden) => {
    const figure = suppressFigure(rate(numerator, denominator));
    expect(figure.numerator).toBe(shownNumerator);
    expect(figure.denominator).toBe(shownDenominator);
    expect(figure.suppressed).toBe(hidden);
    if (hidden) expect(figure.value).toBeNull();
    else expect(figure.value).toBe(denominator === 0 ? null : numerator / denominator);
  });

  test('a mean over fewer than five answers is withheld with its sum; over five it stays', () => {
    expect(suppressFigure(mean(14, 4))).toMatchObject({ value: null, numerator: null, denominator: '<5', suppressed: true });
    expect(suppressFigure(mean(20, 5))).toMatchObject({ value: 4, numerator: 20, denominator: 5, suppressed: false });
  });
});

describe('figureChange', () => {
  test('is the difference of the values, and null when either side is missing or withheld', () => {
    expect(figureChange(rate(6, 10), rate(5, 10))).toBeCloseTo(0.1);
    expect(figureChange(count(12), count(20))).toBe(-8);
    expect(figureChange(rate(6, 10), rate(0, 0))).toBeNull();
    expect(figureChange(rate(6, 10), suppressFigure(rate(2, 10)))).toBeNull();
  });
});

describe('rawFigure', () => {
  test('goalsReached is read as goals reached over goals; the rest is the engine metric as is', () => {
    const report = validate(
      workbook()
        .withGoals({ target: 0.5 }, { target: 0.99, indicator: 'Andel som fullførte programmet' }, { target: 2, indicator: 'Antall deltakere' })
        .build(),
      { now: NOW },
    );
    expect(rawFigure(report, 'goalsReached')).toMatchObject({ kind: 'rate', numerator: 2, denominator: 3 });
    expect(rawFigure(report, 'goalsReached').value).toBeCloseTo(2 / 3);
    for (const key of KEY_METRICS.filter((k) => k !== 'goalsReached')) {
      const metric = report.metrics[key];
      expect(rawFigure(report, key)).toMatchObject({ value: metric.value, numerator: metric.numerator, denominator: metric.denominator });
    }
  });
});

const reportFor = (orgNumber: string, year: number, programName: string, participants: number): Report =>
  validate(
    workbook()
      .withInfo({ orgNumber, reportingYear: year, programName, programStart: new Date(Date.UTC(year, 0, 1)), programEnd: new Date(Date.UTC(year, 11, 31)) })
      .withParticipants(...Array.from({ length: participants }, () => ({ startDate: new Date(Date.UTC(year, 0, 15)), endDate: new Date(Date.UTC(year, 4, 31)) })))
      .withMentors({ menteeCount: participants })
      .build(),
    { now: NOW },
  );

function portfolioOf(reports: Record<string, Report | CheckOutcome>, suppressSmall = false) {
  const names = Object.keys(reports);
  const outcomes = names.map((name): CheckOutcome => {
    const value = reports[name];
    return 'kind' in value ? value : { kind: 'report', report: value };
  });
  return buildPortfolio(
    names.map((name) => ({ path: `/x/${name}`, name, explicit: false })),
    outcomes,
    { lang: 'nb', suppressSmall, generatedAt: NOW },
  );
}

describe('year over year', () => {
  test('a report is compared with the latest earlier year of the same organisation number', () => {
    const portfolio = portfolioOf({
      'c-2025.xlsx': reportFor('974760673', 2025, 'Mentorløftet', 9),
      'a-2023.xlsx': reportFor('974760673', 2023, 'Mentorløftet', 6),
      'b-2024.xlsx': reportFor('974760673', 2024, 'Mentorløftet', 7),
      'other.xlsx': reportFor('923609016', 2024, 'Mentorløftet', 8),
    });
    const byFile = Object.fromEntries(portfolio.submissions.map((s) => [s.file, s]));
    expect(byFile['c-2025.xlsx'].previous).toMatchObject({ file: 'b-2024.xlsx', year: 2024 });
    expect(byFile['c-2025.xlsx'].previous?.change.participants).toBe(2);
    expect(byFile['b-2024.xlsx'].previous).toMatchObject({ file: 'a-2023.xlsx', year: 2023 });
    expect(byFile['a-2023.xlsx'].previous).toBeNull();
    expect(byFile['other.xlsx'].previous).toBeNull();
  });

  test('prefers the same programme; two unnamed candidates of one year are ambiguous', () => {
    const same = portfolioOf({
      'now.xlsx': reportFor('974760673', 2025, 'Jobbvenn', 9),
      'jobbvenn.xlsx': reportFor('974760673', 2024, ' jobbvenn ', 5),
      'other-programme.xlsx': reportFor('974760673', 2024, 'Karrierestart', 7),
    });
    expect(same.submissions.find((s) => s.file === 'now.xlsx')?.previous?.file).toBe('jobbvenn.xlsx');
    const ambiguous = portfolioOf({
      'now.xlsx': reportFor('974760673', 2025, 'Nytt program', 9),
      'x.xlsx': reportFor('974760673', 2024, 'Jobbvenn', 5),
      'y.xlsx': reportFor('974760673', 2024, 'Karrierestart', 7),
    });
    expect(ambiguous.submissions.find((s) => s.file === 'now.xlsx')?.previous).toBeNull();
  });

  test('a change is withheld when either year is suppressed', () => {
    const portfolio = portfolioOf({ 'a.xlsx': reportFor('974760673', 2024, 'P', 3), 'b.xlsx': reportFor('974760673', 2025, 'P', 9) }, true);
    const b = portfolio.submissions.find((s) => s.file === 'b.xlsx');
    expect(b?.previous?.change.participants).toBeNull();
  });
});

describe('the portfolio', () => {
  const unreadable: CheckOutcome = { kind: 'unreadable', reason: 'empty', message: 'filen er tom' };

  test('rows are sorted by file name, whatever order the files came in', () => {
    const portfolio = portfolioOf({ 'b.xlsx': reportFor('974760673', 2025, 'B', 5), 'a.xlsx': unreadable, 'c.xlsx': reportFor('923609016', 2025, 'C', 5) });
    expect(portfolio.files).toEqual([
      { file: 'a.xlsx', status: 'unreadable' },
      { file: 'b.xlsx', status: 'passed' },
      { file: 'c.xlsx', status: 'passed' },
    ]);
    expect(portfolio.submissions.map((s) => s.file)).toEqual(['b.xlsx', 'c.xlsx']);
    expect(portfolio.unreadable).toEqual([{ file: 'a.xlsx', reason: 'empty', message: 'filen er tom' }]);
  });

  test('suppression reaches the goals too: achievements built on small counts are withheld', () => {
    const portfolio = portfolioOf({ 'small.xlsx': reportFor('974760673', 2025, 'P', 3) }, true);
    const goal = portfolio.goals[0];
    expect(goal).toMatchObject({ achieved: null, numerator: '<5', denominator: '<5', attainment: null, suppressed: true });
    expect(goal.target).toBe(0.5);
  });

  test('exit status, the rule validate uses: 0 all read and pass, 1 errors, 2 a file could not be read or none found', () => {
    const good = reportFor('974760673', 2025, 'P', 5);
    const bad = validate(workbook().withInfo({ orgNumber: '123' }).build(), { now: NOW });
    expect(bad.passed).toBe(false);
    expect(exitCode(portfolioOf({ 'a.xlsx': good }))).toBe(0);
    expect(exitCode(portfolioOf({ 'a.xlsx': good, 'b.xlsx': bad }))).toBe(1);
    expect(exitCode(portfolioOf({ 'a.xlsx': good, 'b.xlsx': unreadable }))).toBe(2);
    expect(exitCode(portfolioOf({ 'a.xlsx': bad, 'b.xlsx': unreadable }))).toBe(2);
    expect(exitCode(portfolioOf({ 'a.xlsx': unreadable, 'b.xlsx': unreadable }))).toBe(2);
    expect(exitCode(portfolioOf({}))).toBe(2);
  });
});
