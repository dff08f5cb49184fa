/**
 * The contract's JSON: for one file one object, for several an array of them. The contract's
 * keys come first and are never renamed or dropped; the keys after them are additions
 * (pass/fail, counts, the roll-up, each figure's numerator and denominator).
 */
import { maskDeep, METRIC_KEYS } from '../engine';
import type { GoalResult, GoalStatus, MetricKey, MetricKind, Report, RuleId, RuleSummary, Severity } from '../engine';
import type { FileReport } from './types';

export interface JsonFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  /** Added: the programme's explanation of a warning. */
  readonly explanation?: string;
}

export interface JsonGoal {
  readonly id: string | null;
  readonly indicator: string | null;
  readonly target: number | null;
  readonly achieved: number | null;
  readonly attainment: number | null;
  readonly status: GoalStatus;
  // Additions
  readonly text: string | null;
  readonly timepoint: string | null;
  readonly kind: GoalResult['kind'];
  readonly reported: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly missing: readonly string[];
  readonly cell: string | null;
}

export interface JsonMetricDetail {
  readonly kind: MetricKind;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export interface JsonReport {
  readonly file: string;
  readonly template: { readonly id: string; readonly version: string; readonly declaredVersion: string | null };
  readonly findings: readonly JsonFinding[];
  readonly metrics: Readonly<Record<MetricKey, number | null>>;
  readonly goals: readonly JsonGoal[];
  // Additions
  readonly passed: boolean;
  readonly counts: Report['counts'];
  readonly programme: Report['programme'];
  readonly rules: readonly RuleSummary[];
  readonly metricDetails: Readonly<Record<MetricKey, JsonMetricDetail>>;
}

function finding(f: Report['findings'][number]): JsonFinding {
  const base = { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
  return f.explanation === undefined ? base : { ...base, explanation: f.explanation };
}

function goal(g: GoalResult): JsonGoal {
  return {
    id: g.id,
    indicator: g.indicator,
    target: g.target,
    achieved: g.achieved,
    attainment: g.attainment,
    status: g.status,
    text: g.text,
    timepoint: g.timepoint,
    kind: g.kind,
    reported: g.reported,
    numerator: g.numerator,
    denominator: g.denominator,
    missing: g.missing,
    cell: g.cell,
  };
}

export function toJsonReport({ file, report }: FileReport): JsonReport {
  const metrics = {} as Record<MetricKey, number | null>;
  const metricDetails = {} as Record<MetricKey, JsonMetricDetail>;
  for (const key of METRIC_KEYS) {
    const m = report.metrics[key];
    metrics[key] = m.value;
    metricDetails[key] = { kind: m.kind, value: m.value, numerator: m.numerator, denominator: m.denominator };
  }
  return {
    file,
    template: { id: report.template.id, version: report.template.version, declaredVersion: report.template.declaredVersion },
    findings: report.findings.map(finding),
    metrics,
    goals: report.goals.map(goal),
    passed: report.passed,
    counts: report.counts,
    programme: report.programme,
    rules: report.rules,
    metricDetails,
  };
}

export interface JsonOptions {
  /** Print an array even for one report (the caller asked about several files). */
  readonly array?: boolean;
}

/** Pretty-printed, ending with a newline. */
export function formatJson(results: readonly FileReport[], options: JsonOptions = {}): string {
  const array = options.array ?? results.length !== 1;
  const data = array ? results.map(toJsonReport) : toJsonReport(results[0]);
  // The choke point: every string masked, and a number that is a national ID becomes its masked text.
  return `${JSON.stringify(maskDeep(data), null, 2)}\n`;
}
