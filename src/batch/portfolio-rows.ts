/**
 * One submission's rows of the portfolio: its key figures, goals and rule counts, with small
 * numbers suppressed here when asked (the writers never see a withheld number).
 */
import { UI } from '../engine';
import type { GoalResult, Lang, Report } from '../engine';
import { Figure, KEY_METRICS, KeyMetric, rawFigure, Shown, suppressCount, suppressFigure, isSmall, SMALL } from './figures';
import type { Checked, PortfolioGoal, RuleCount } from './portfolio';

export function keyFigures(report: Report, suppress: boolean): Record<KeyMetric, Figure> {
  const figures = {} as Record<KeyMetric, Figure>;
  for (const key of KEY_METRICS) {
    const raw = rawFigure(report, key);
    figures[key] = suppress ? suppressFigure(raw) : raw;
  }
  return figures;
}

export function goalRow(checked: Checked, goal: GoalResult, lang: Lang, suppress: boolean): PortfolioGoal {
  const { file, report } = checked;
  const base = {
    file,
    orgName: report.programme.orgName,
    programName: report.programme.programName,
    year: report.programme.reportingYear,
    id: goal.id,
    text: goal.text,
    indicator: goal.indicator,
    kind: goal.kind,
    timepoint: goal.timepoint,
    target: goal.target,
    status: goal.status,
    statusText: UI[lang].goalStatus[goal.status],
    missing: goal.missing,
  };
  const shown = { achieved: goal.achieved as Shown, numerator: goal.numerator as Shown, denominator: goal.denominator as Shown, attainment: goal.attainment, suppressed: false };
  if (!suppress) return { ...base, ...shown };
  // What the achievement is built on: the metric's counts (shares, means) or the count itself.
  const metric = goal.metric === null ? null : report.metrics[goal.metric];
  const withheld = { achieved: null, attainment: null, suppressed: true };
  if (goal.kind === 'share' && (isSmall(goal.numerator) || isSmall(goal.denominator))) {
    return { ...base, ...shown, ...withheld, numerator: suppressCount(goal.numerator), denominator: suppressCount(goal.denominator) };
  }
  if (goal.kind === 'mean' && metric !== null && isSmall(metric.denominator)) return { ...base, ...shown, ...withheld };
  // Counts, and `Annet` whole numbers, which may well be counts of people.
  const wholeSmall = goal.kind !== 'share' && goal.kind !== 'mean' && isSmall(goal.achieved) && Number.isInteger(goal.achieved);
  if (wholeSmall) return { ...base, ...shown, achieved: SMALL, attainment: null, suppressed: true };
  return { ...base, ...shown };
}

export function ruleCounts(report: Report, suppress: boolean): RuleCount[] {
  return report.rules.map((r) => ({
    rule: r.rule,
    severity: r.severity,
    findings: suppress ? suppressCount(r.findings) : r.findings,
    message: suppress ? null : r.message,
  }));
}
