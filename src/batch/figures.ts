/**
 * The key figures a portfolio compares, and small-number suppression. Suppression happens
 * here, once, while the portfolio is built: the writers never see a withheld number, so no
 * output can leak one.
 */
import type { Lang, Metric, MetricKey, Report } from '../engine';
import { METRIC_LABELS } from '../report/metric-labels';
import { BATCH_TEXT } from './texts';

/** The overview's key figures, in column order. `goalsReached` is read as goalsReached / goals. */
export const KEY_METRICS = [
  'participants',
  'leavers',
  'completionRate',
  'employmentRateAtEnd',
  'workOrEducationRateAtEnd',
  'relevantEmploymentRateAtEnd',
  'jobRelevanceCoverage',
  'jobsAttributedToProgramme',
  'employmentRateFollowUp',
  'pairsMeetingTargetRate',
  'selfAssessmentMean',
  'goalsReached',
] as const satisfies readonly MetricKey[];

export type KeyMetric = (typeof KEY_METRICS)[number];
export type FigureKind = 'count' | 'rate' | 'mean';

/** A number as it may be shown: the number, "<5" when suppressed, or null (none / withheld). */
export type Shown = number | '<5' | null;

export const SMALL = '<5' as const;

export interface Figure {
  readonly key: KeyMetric;
  readonly kind: FigureKind;
  /** Counts: the count. Rates: a fraction 0–1. Means: the mean. Null: cannot be computed or withheld. */
  readonly value: Shown;
  /** Rates: the count above the line; means: the sum of answers; counts: the count. */
  readonly numerator: Shown;
  /** Rates and means: what the figure is taken over (means: number of answers); counts: null. */
  readonly denominator: Shown;
  /** True when suppression withheld any part of this figure. */
  readonly suppressed: boolean;
}

export function figureKind(key: KeyMetric): FigureKind {
  if (key === 'selfAssessmentMean') return 'mean';
  if (key === 'participants' || key === 'leavers' || key === 'jobsAttributedToProgramme') return 'count';
  return 'rate';
}

/** The figure exactly as the single-file report has it (goalsReached becomes a rate over goals). */
export function rawFigure(report: Report, key: KeyMetric): Figure {
  if (key === 'goalsReached') {
    const reached = report.metrics.goalsReached.value;
    const goals = report.metrics.goals.value;
    const value = reached === null || goals === null || goals === 0 ? null : reached / goals;
    return { key, kind: 'rate', value, numerator: reached, denominator: goals, suppressed: false };
  }
  const metric: Metric = report.metrics[key];
  return { key, kind: figureKind(key), value: metric.value, numerator: metric.numerator, denominator: metric.denominator, suppressed: false };
}

/** Counts from 1 to 4 are small: shown as "<5" in summaries that leave IMDi. */
export function isSmall(n: Shown): boolean {
  return typeof n === 'number' && n >= 1 && n <= 4;
}

export function suppressCount(n: number | null): Shown {
  return n !== null && isSmall(n) ? SMALL : n;
}

/** The figure with small counts replaced by "<5" and every rate or mean built on one withheld. */
export function suppressFigure(figure: Figure): Figure {
  switch (figure.kind) {
    case 'count':
      return isSmall(figure.value) ? { ...figure, value: SMALL, numerator: SMALL, suppressed: true } : figure;
    case 'rate': {
      const smallNumerator = isSmall(figure.numerator);
      const smallDenominator = isSmall(figure.denominator);
      if (!smallNumerator && !smallDenominator) return figure;
      return {
        ...figure,
        value: null,
        numerator: smallNumerator ? SMALL : figure.numerator,
        denominator: smallDenominator ? SMALL : figure.denominator,
        suppressed: true,
      };
    }
    case 'mean':
      // The sum of a handful of answers gives them away as surely as the mean.
      return isSmall(figure.denominator) ? { ...figure, value: null, numerator: null, denominator: SMALL, suppressed: true } : figure;
  }
}

/**
 * Year-over-year change: the difference of the values (rates as fractions, so 0.05 is 5
 * percentage points). Null when either side is missing or withheld.
 */
export function figureChange(current: Figure, previous: Figure): number | null {
  if (current.suppressed || previous.suppressed) return null;
  if (typeof current.value !== 'number' || typeof previous.value !== 'number') return null;
  return current.value - previous.value;
}

export function figureLabel(key: KeyMetric, lang: Lang): string {
  return METRIC_LABELS[key][lang].label;
}

/** What a rate or mean is taken over ("deltakere som har sluttet"); null for counts. */
export function figureDenominatorLabel(key: KeyMetric, lang: Lang): string | null {
  if (key === 'goalsReached') return BATCH_TEXT[lang].goalsReachedDenominator;
  return METRIC_LABELS[key][lang].denominator;
}
