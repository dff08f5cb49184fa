/**
 * Goal attainment. A goal is assessed only when it is clear (indicator, numeric target, time
 * point); "achieved" is the computed metric for standard indicators and Oppnådd for `Annet`.
 */
import { GoalKey, GOALS, IndicatorKind, indicatorFor, MetricKey } from './template';
import { CONDITIONS } from './conditions';
import { numberValue, ParsedCell, Row, stringValue, WorkbookRead } from './reader';
import { DataMetrics } from './metrics';
import { GoalMetricKey } from './metrics';

export type GoalStatus = 'reached' | 'not-reached' | 'not-assessable';
type GoalColumn = (typeof GOALS.columns)[number];
/** The template's columns a clear goal must have (`required: { when: 'goalClarity' }`), in its order. */
type ClarityColumn = Extract<GoalColumn, { readonly required: { readonly when: 'goalClarity' } }>;
const CLARITY_COLUMNS = GOALS.columns.filter(
  (column: GoalColumn): column is ClarityColumn => typeof column.required === 'object' && column.required.when === 'goalClarity',
);
/** What makes a goal unclear: a clarity column left empty, or an «Annet» goal without a number in its text. */
export type GoalPart = ClarityColumn['key'] | 'number';

export interface GoalResult {
  readonly id: string | null;
  /** 1-based row in the Mål sheet. */
  readonly row: number;
  /** The goal's `Mål` cell (where goal findings point). */
  readonly cell: string | null;
  readonly text: string | null;
  readonly indicator: string | null;
  readonly kind: IndicatorKind | null;
  readonly metric: Exclude<MetricKey, GoalMetricKey> | null;
  readonly timepoint: string | null;
  /** Shares as fractions 0–1. */
  readonly target: number | null;
  readonly achieved: number | null;
  /** What the programme wrote in Oppnådd (shares as fractions). */
  readonly reported: number | null;
  readonly attainment: number | null;
  readonly status: GoalStatus;
  /** Parts that make the goal unclear; empty for a clear goal. */
  readonly missing: readonly GoalPart[];
  /** The computed metric's numerator and denominator, for standard share indicators. */
  readonly numerator: number | null;
  readonly denominator: number | null;
}

type G = Row<GoalKey>;

/** Shares: a value ≤ 1 is a fraction, 1 < v ≤ 100 is a percent; `60 %` is always a percent. */
export function goalValue(cell: ParsedCell | undefined, kind: IndicatorKind | null): number | null {
  const value = numberValue(cell);
  if (value === null || kind !== 'share') return value;
  if (cell?.percent) return value / 100;
  return value > 1 ? value / 100 : value;
}

export function goalKind(row: G): IndicatorKind | null {
  return indicatorFor(stringValue(row.cells.indicator))?.kind ?? null;
}

/** The parts a goal lacks, in the order a person would fix them. */
export function missingGoalParts(row: G): GoalPart[] {
  const missing: GoalPart[] = [];
  if (CONDITIONS.goalClarity.holds(row)) {
    for (const column of CLARITY_COLUMNS) {
      // A target counts only as a number; the indicator and time point as any text.
      const cell = row.cells[column.key];
      if ((column.type === 'goalValue' ? numberValue(cell) : stringValue(cell)) === null) missing.push(column.key);
    }
  }
  if (CONDITIONS.otherGoal.holds(row) && !/\d/.test(stringValue(row.cells.goalText) ?? '')) missing.push('number');
  return missing;
}

/** Where findings about a goal point: its Mål cell, else the first cell of the row. */
export function goalCell(row: G): string | null {
  return row.cells.goalText?.address ?? row.cells.goalId?.address ?? Object.values(row.cells)[0]?.address ?? null;
}

const EPSILON = 1e-9;

export function assessGoal(row: G, metrics: DataMetrics): GoalResult {
  const indicator = indicatorFor(stringValue(row.cells.indicator));
  const kind = indicator?.kind ?? null;
  const metricKey = (indicator?.metric ?? null) as Exclude<MetricKey, GoalMetricKey> | null;
  const metric = metricKey === null ? null : metrics[metricKey];
  const target = goalValue(row.cells.target, kind);
  const reported = goalValue(row.cells.achieved, kind);
  const achieved = indicator === undefined ? null : metric === null ? reported : metric.value;
  const missing = missingGoalParts(row);
  // A negative target is no goal: «reached» and an attainment of -0.6 would be meaningless.
  const assessable = missing.length === 0 && achieved !== null && target !== null && target >= 0;
  const status: GoalStatus = !assessable ? 'not-assessable' : achieved + EPSILON >= target ? 'reached' : 'not-reached';
  const share = assessable && target !== 0 ? Math.round((achieved / target) * 1000) / 1000 : null;
  // 1e308 over a tiny target overflows: null (cannot be computed), as the JSON would say anyway.
  const attainment = share !== null && Number.isFinite(share) ? share : null;
  return {
    id: stringValue(row.cells.goalId),
    row: row.rowNumber,
    cell: goalCell(row),
    text: stringValue(row.cells.goalText),
    indicator: indicator?.code ?? null,
    kind,
    metric: metricKey,
    timepoint: stringValue(row.cells.timepoint),
    target,
    achieved,
    reported,
    attainment,
    status,
    missing,
    numerator: metric && metric.kind === 'rate' ? metric.numerator : null,
    denominator: metric && metric.kind === 'rate' ? metric.denominator : null,
  };
}

export function assessGoals(read: WorkbookRead, metrics: DataMetrics): GoalResult[] {
  return read.goals.rows.map((row) => assessGoal(row, metrics));
}
