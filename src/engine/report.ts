/**
 * validate(): snapshot in, Report out. The Report is plain data that every reporter (text,
 * JSON, HTML, task pane, portfolio) reads; nothing downstream re-runs a rule.
 */
import { MetricKey, TEMPLATE_ID, TEMPLATE_VERSION } from './template';
import { readWorkbook, stringValue, WorkbookRead } from './reader';
import { WorkbookSnapshot } from './snapshot';
import { Lang, RuleId, Severity, SEVERITIES } from './rule-ids';
import { MessageData, Problem, Rule } from './rule';
import { maskPersonalIds, renderMessage } from './format';
import { computeDataMetrics, goalMetrics, Metric } from './metrics';
import { assessGoals, GoalResult } from './goals';
import { RULES } from './rules';
import { explanationIndex, explanationKey } from './explanations';
import { orderFindings } from './order';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  /** 1-based row, when the finding belongs to a data row. */
  readonly row?: number;
  /** A warning the programme explained (stored in the workbook by the task pane). */
  readonly explanation?: string;
}

/** One line per rule, as people read them: "3 av 6 deltakere i arbeid ved programslutt eller oppfølging mangler «Relevant jobb»". */
export interface RuleSummary {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly findings: number;
  /** Distinct rows (or cells, for findings without a row) concerned. */
  readonly concerned: number;
  /** Rows the rule applies to; null when the rule has no natural scope. */
  readonly scope: number | null;
  /** concerned / scope; null without a scope. */
  readonly share: number | null;
  readonly message: string;
}

export interface Report {
  readonly template: { readonly id: string; readonly version: string; readonly declaredVersion: string | null };
  readonly programme: {
    readonly orgName: string | null;
    readonly orgNumber: string | null;
    readonly programName: string | null;
    readonly programType: string | null;
    readonly reportingYear: number | null;
  };
  readonly lang: Lang;
  /** A submission passes when it has no errors. */
  readonly passed: boolean;
  /** Findings by severity, and how many warnings carry an explanation. */
  readonly counts: Readonly<Record<Severity | 'explained', number>>;
  /** In reading order (order.ts): by sheet in tab order, then rule, then cell. */
  readonly findings: readonly Finding[];
  readonly rules: readonly RuleSummary[];
  readonly metrics: Readonly<Record<MetricKey, Metric>>;
  readonly goals: readonly GoalResult[];
}

export interface ValidateOptions {
  readonly lang?: Lang;
  /** "Now" (current year; reference date when the reporting year is missing). */
  readonly now?: Date;
  /** Rules to run; all by default. */
  readonly rules?: readonly Rule[];
}

interface Collected {
  readonly rule: Rule;
  readonly problems: Problem[];
  scope: number | null;
}

export function runRules(read: WorkbookRead, rules: readonly Rule[], metrics = computeDataMetrics(read), goals = assessGoals(read, metrics)): Collected[] {
  return rules.map((rule) => {
    const collected: Collected = { rule, problems: [], scope: null };
    rule.check({
      read,
      metrics,
      goals,
      report: (problem) => collected.problems.push(problem),
      setScope: (rows) => {
        collected.scope = rows;
      },
    });
    return collected;
  });
}

export function validate(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): Report {
  const lang = options.lang ?? 'nb';
  const read = readWorkbook(snapshot, { now: options.now });
  const dataMetrics = computeDataMetrics(read);
  const goals = assessGoals(read, dataMetrics);
  const collected = runRules(read, options.rules ?? RULES, dataMetrics, goals);
  // Clear = no missing part, the same test goal-unclear reports on; taken from the assessment so
  // the key figure does not depend on which rules were run.
  const metrics = {
    ...dataMetrics,
    ...goalMetrics(
      goals.length,
      goals.filter((g) => g.missing.length === 0).length,
      goals.filter((g) => g.status === 'reached').length,
    ),
  };
  const explanations = explanationIndex(snapshot);
  // Ordered here, once: every reporter, the pane and the annotated workbook keep this order.
  const findings = orderFindings(collected.flatMap((c) => c.problems.map((p) => explain(toFinding(c.rule, p, lang), explanations))));
  const counts = { error: 0, warning: 0, info: 0, explained: 0 };
  for (const f of findings) {
    counts[f.severity]++;
    if (f.explanation !== undefined) counts.explained++;
  }
  return {
    template: { id: TEMPLATE_ID, version: TEMPLATE_VERSION, declaredVersion: read.guide.version },
    // Free text the programme typed leaves the engine masked, like every message.
    programme: {
      orgName: maskedText(stringValue(read.programmeInfo.fields.orgName)),
      orgNumber: maskedText(stringValue(read.programmeInfo.fields.orgNumber)),
      programName: maskedText(stringValue(read.programmeInfo.fields.programName)),
      programType: read.context.programType,
      reportingYear: read.context.reportingYear,
    },
    lang,
    passed: counts.error === 0,
    counts,
    findings,
    rules: collected.filter((c) => c.problems.length > 0).map((c) => summarize(c, lang)),
    metrics,
    goals: goals.map((g) => ({ ...g, id: maskedText(g.id), text: maskedText(g.text), indicator: maskedText(g.indicator), timepoint: maskedText(g.timepoint) })),
  };
}

function maskedText(text: string | null): string | null {
  return text === null ? null : maskPersonalIds(text);
}

function toFinding(rule: Rule, problem: Problem, lang: Lang): Finding {
  const texts = rule.meta.text[lang];
  const template = texts.messages[problem.messageId ?? 'default'] ?? texts.messages.default;
  const finding: Finding = {
    rule: rule.meta.id,
    severity: rule.meta.severity,
    sheet: problem.sheet,
    cell: problem.cell,
    message: renderMessage(template, problem.data ?? {}, lang),
  };
  return problem.row === undefined ? finding : { ...finding, row: problem.row };
}

/** Only warnings can be explained: errors must be fixed, info needs nothing. */
function explain(finding: Finding, explanations: Map<string, string>): Finding {
  if (finding.severity !== 'warning' || finding.sheet === null) return finding;
  const text = explanations.get(explanationKey(finding.rule, finding.sheet, finding.cell));
  // The explanation is the programme's own text: masked like everything else that leaves.
  return text === undefined ? finding : { ...finding, explanation: maskPersonalIds(text) };
}

function summarize(collected: Collected, lang: Lang): RuleSummary {
  // Findings without row or cell (a missing column, a missing Programinfo row) each count once.
  const concernedKeys = new Set(
    collected.problems.map((p, i) => (p.row !== undefined ? `${p.sheet}#${p.row}` : p.cell !== null ? `${p.sheet}!${p.cell}` : `${p.sheet}?${i}`)),
  );
  const concerned = concernedKeys.size;
  const scope = collected.scope;
  const data: MessageData = scope === null ? { count: concerned } : { count: concerned, scope };
  return {
    rule: collected.rule.meta.id,
    severity: collected.rule.meta.severity,
    findings: collected.problems.length,
    concerned,
    scope,
    share: scope === null || scope === 0 ? null : concerned / scope,
    message: renderMessage(collected.rule.meta.text[lang].summary, data, lang),
  };
}

/** Severity order for sorting: errors first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
