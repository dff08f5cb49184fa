/**
 * How key figures and goal values read to a person. A rate always shows its numerator and
 * denominator ("50 % (6 av 12)"); a figure over an empty denominator reads "kan ikke beregnes",
 * never 0 %. Browser-safe: the task pane uses these too.
 */
import { formatDecimal, formatNumber, formatPercent, maskPersonalIds } from '../engine';
import type { GoalResult, Lang, Metric } from '../engine';
import { REPORT_TEXT } from './texts';

const GROUPED = { maximumFractionDigits: 2, useGrouping: true };
const WHOLE_KRONER = { maximumFractionDigits: 0, useGrouping: true };

/** 1234.5 → "1 234,5" (nb, with a no-break space) / "1,234.5" (en). */
export function formatGrouped(value: number, lang: Lang): string {
  return formatDecimal(value, lang, GROUPED);
}

export function formatKroner(value: number, lang: Lang): string {
  const amount = formatDecimal(value, lang, WHOLE_KRONER);
  return lang === 'nb' ? `${amount}\u00a0kr` : `NOK\u00a0${amount}`;
}

/** "6 av 12" / "6 of 12". */
export function formatFraction(numerator: number, denominator: number, lang: Lang): string {
  return `${formatGrouped(numerator, lang)} ${REPORT_TEXT[lang].of} ${formatGrouped(denominator, lang)}`;
}

/** A rate with its parts: "50 % (6 av 12)"; null → "kan ikke beregnes". */
export function formatRate(value: number | null, numerator: number | null, denominator: number | null, lang: Lang): string {
  if (value === null) return REPORT_TEXT[lang].cannotCompute;
  if (numerator === null || denominator === null) return formatPercent(value, lang);
  return `${formatPercent(value, lang)} (${formatFraction(numerator, denominator, lang)})`;
}

/** The value column of a key-figures table, with its basis in parentheses. */
export function formatMetric(metric: Metric, lang: Lang): string {
  const { value, numerator, denominator } = metric;
  switch (metric.kind) {
    case 'count':
      return value === null ? REPORT_TEXT[lang].cannotCompute : formatGrouped(value, lang);
    case 'rate':
      return formatRate(value, numerator, denominator, lang);
    case 'mean':
      if (value === null) return REPORT_TEXT[lang].cannotCompute;
      return `${formatNumber(Math.round(value * 100) / 100, lang)} (n = ${formatGrouped(denominator ?? 0, lang)})`;
    case 'amount':
      if (value === null) return REPORT_TEXT[lang].cannotCompute;
      return `${formatKroner(value, lang)} (${formatKroner(numerator ?? 0, lang)} / ${formatGrouped(denominator ?? 0, lang)})`;
  }
}

/** A goal's target or achievement in the unit of its indicator (shares as percent). */
export function formatGoalValue(value: number | null, kind: GoalResult['kind'], lang: Lang): string {
  if (value === null) return REPORT_TEXT[lang].missingValue;
  // A target typed as a national ID (10–11 digits) is shown masked wherever it is rendered (pane too).
  return maskPersonalIds(kind === 'share' ? formatPercent(value, lang) : formatGrouped(value, lang));
}

/** What the goal achieved; computed shares show their numerator and denominator. */
export function formatGoalAchieved(goal: GoalResult, lang: Lang): string {
  if (goal.achieved === null) return REPORT_TEXT[lang].cannotCompute;
  if (goal.kind === 'share') return formatRate(goal.achieved, goal.numerator, goal.denominator, lang);
  return formatGoalValue(goal.achieved, goal.kind, lang);
}

export function formatAttainment(goal: GoalResult, lang: Lang): string {
  return goal.attainment === null ? REPORT_TEXT[lang].missingValue : formatPercent(goal.attainment, lang);
}
