/**
 * The portfolio: every submission of a batch run as plain data, from which the xlsx, HTML and
 * JSON outputs are written. Built once; suppression and year-over-year changes are settled
 * here, so the three outputs always agree.
 */
import { TEMPLATE_ID, TEMPLATE_VERSION } from '../engine';
import type { GoalStatus, IndicatorKind, Lang, Report, RuleId, Severity } from '../engine';
import type { CheckOutcome, UnreadableReason } from './check-file';
import type { InputFile } from './discover';
import { Figure, figureChange, KEY_METRICS, KeyMetric, Shown } from './figures';
import type { GoalPart } from '../engine/goals';
import { shortLabels } from './labels';
import { RuleAcross, rulesAcross } from './rules-across';
import { VersionInfo, versionInfo } from './versions';
import { goalRow, keyFigures, ruleCounts } from './portfolio-rows';
import { exitStatus } from '../report/exit-status';
import type { ExitStatus } from '../report/exit-status';

export type FileStatus = 'passed' | 'failed' | 'unreadable';

export interface PreviousYear {
  readonly file: string;
  readonly year: number;
  /** Change per key figure since that report; rates as fractions (0.05 = 5 percentage points). */
  readonly change: Readonly<Record<KeyMetric, number | null>>;
}

export interface RuleCount {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly findings: Shown;
  /** The engine's roll-up sentence; left out when small numbers are suppressed (it holds counts). */
  readonly message: string | null;
}

export interface Submission {
  readonly file: string;
  /** Short and unique within the portfolio (charts, tables, letters' links). */
  readonly label: string;
  /** The file's last modification (ISO), when known: decides which version is the newest. */
  readonly modified: string | null;
  readonly version: VersionInfo;
  readonly orgName: string | null;
  readonly orgNumber: string | null;
  readonly programName: string | null;
  readonly programType: string | null;
  readonly year: number | null;
  readonly passed: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly explained: number;
  readonly metrics: Readonly<Record<KeyMetric, Figure>>;
  readonly previous: PreviousYear | null;
  readonly rules: readonly RuleCount[];
  /** Goals in all, those that can be assessed (clear, result known), and those reached. */
  readonly goalCounts: { readonly goals: number; readonly assessable: number; readonly reached: number };
}

export interface PortfolioGoal {
  readonly file: string;
  readonly orgName: string | null;
  readonly programName: string | null;
  readonly year: number | null;
  readonly id: string | null;
  readonly text: string | null;
  readonly indicator: string | null;
  readonly kind: IndicatorKind | null;
  readonly timepoint: string | null;
  /** Shares as fractions. */
  readonly target: number | null;
  readonly achieved: Shown;
  readonly numerator: Shown;
  readonly denominator: Shown;
  readonly attainment: number | null;
  readonly status: GoalStatus;
  readonly statusText: string;
  readonly suppressed: boolean;
  /** What makes the goal unclear (empty for a clear goal; then a goal not assessable lacks its result). */
  readonly missing: readonly GoalPart[];
}

export interface PortfolioFinding {
  readonly file: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly explanation: string | null;
}

export interface UnreadableFile {
  readonly file: string;
  readonly reason: UnreadableReason;
  readonly message: string;
}

export interface Portfolio {
  readonly tool: 'rapportsjekk';
  readonly kind: 'portfolio';
  readonly formatVersion: 2;
  readonly generatedAt: string;
  readonly lang: Lang;
  readonly suppressSmall: boolean;
  readonly template: { readonly id: string; readonly version: string };
  readonly keyMetrics: readonly KeyMetric[];
  readonly totals: {
    readonly files: number;
    readonly passed: number;
    readonly failed: number;
    readonly unreadable: number;
    /** Programme-years: readable submissions less older versions. */
    readonly counted: number;
    /** Older versions of a programme-year that a newer one replaces. */
    readonly superseded: number;
  };
  /** Every input file, in name order, with what became of it. */
  readonly files: readonly { readonly file: string; readonly status: FileStatus }[];
  readonly submissions: readonly Submission[];
  readonly goals: readonly PortfolioGoal[];
  readonly findings: readonly PortfolioFinding[];
  readonly unreadable: readonly UnreadableFile[];
  /** Each rule that fails somewhere, over the counted reports. */
  readonly ruleTable: readonly RuleAcross[];
}

export interface PortfolioOptions {
  readonly lang: Lang;
  readonly suppressSmall: boolean;
  readonly generatedAt: Date;
  /** Last modification per file name (decides the newest version); unknown when absent. */
  readonly modified?: ReadonlyMap<string, Date>;
}

export interface Checked {
  readonly file: string;
  readonly report: Report;
}

const normalize = (text: string | null): string => (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The report a submission is compared with: the same organisation number, the latest earlier
 * year, preferring the same programme name when the organisation runs several. Two candidates
 * of that year that neither match by name are ambiguous: no comparison rather than a wrong one.
 */
export function findPrevious(current: Checked, all: readonly Checked[]): Checked | null {
  const { orgNumber, reportingYear, programName } = current.report.programme;
  if (orgNumber === null || reportingYear === null) return null;
  const earlier = all.filter(
    (c) => c !== current && c.report.programme.orgNumber === orgNumber && c.report.programme.reportingYear !== null && c.report.programme.reportingYear < reportingYear,
  );
  if (earlier.length === 0) return null;
  const sameName = earlier.filter((c) => normalize(c.report.programme.programName) === normalize(programName));
  const pool = sameName.length > 0 ? sameName : earlier;
  const latest = Math.max(...pool.map((c) => c.report.programme.reportingYear as number));
  const candidates = pool.filter((c) => c.report.programme.reportingYear === latest);
  return candidates.length === 1 ? candidates[0] : null;
}

export function buildPortfolio(inputs: readonly InputFile[], outcomes: readonly CheckOutcome[], options: PortfolioOptions): Portfolio {
  const { lang, suppressSmall } = options;
  const rows = inputs.map((input, i) => ({ file: input.name, outcome: outcomes[i] })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const checked: Checked[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const { file, outcome } of rows) {
    if (outcome.kind === 'report') checked.push({ file, report: outcome.report });
    else unreadable.push({ file, reason: outcome.reason, message: outcome.message });
  }

  const modified = (file: string): string | null => options.modified?.get(file)?.toISOString() ?? null;
  const versions = versionInfo(
    checked.map((c) => ({ file: c.file, orgNumber: c.report.programme.orgNumber, year: c.report.programme.reportingYear, programName: c.report.programme.programName, modified: modified(c.file) })),
  );
  // Older versions are not compared with: the previous year is the counted report of that year.
  const countedChecked = checked.filter((c) => versions.get(c.file)?.counted !== false);
  const counted = new Set(countedChecked.map((c) => c.file));
  // Labels are unique among the counted reports; an older version is named by its file.
  const labelList = shortLabels(countedChecked.map((c) => ({ file: c.file, ...c.report.programme, year: c.report.programme.reportingYear })));
  const labels = new Map(countedChecked.map((c, i) => [c.file, labelList[i]]));
  for (const c of checked) if (!counted.has(c.file)) labels.set(c.file, `${labels.get(versions.get(c.file)?.countedFile ?? '') ?? c.file} (${c.file.split('/').pop()})`);

  const submissions: Submission[] = checked.map((c) => {
    const metrics = keyFigures(c.report, suppressSmall);
    const previousReport = findPrevious(c, countedChecked);
    let previous: PreviousYear | null = null;
    if (previousReport !== null) {
      const before = keyFigures(previousReport.report, suppressSmall);
      const change = {} as Record<KeyMetric, number | null>;
      for (const key of KEY_METRICS) change[key] = figureChange(metrics[key], before[key]);
      previous = { file: previousReport.file, year: previousReport.report.programme.reportingYear as number, change };
    }
    const { programme, counts } = c.report;
    const goals = c.report.goals;
    return {
      file: c.file,
      label: labels.get(c.file) ?? c.file,
      modified: modified(c.file),
      version: versions.get(c.file) as VersionInfo,
      orgName: programme.orgName,
      orgNumber: programme.orgNumber,
      programName: programme.programName,
      programType: programme.programType,
      year: programme.reportingYear,
      passed: c.report.passed,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      explained: counts.explained,
      metrics,
      previous,
      rules: ruleCounts(c.report, suppressSmall),
      goalCounts: {
        goals: goals.length,
        assessable: goals.filter((g) => g.status !== 'not-assessable').length,
        reached: goals.filter((g) => g.status === 'reached').length,
      },
    };
  });

  const goals = checked.flatMap((c) => c.report.goals.map((g) => goalRow(c, g, lang, suppressSmall)));
  const findings = checked.flatMap((c) =>
    c.report.findings.map((f) => ({
      file: c.file,
      sheet: f.sheet,
      cell: f.cell,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      explanation: f.explanation ?? null,
    })),
  );
  const statusOf = new Map<string, FileStatus>();
  for (const s of submissions) statusOf.set(s.file, s.passed ? 'passed' : 'failed');
  for (const u of unreadable) statusOf.set(u.file, 'unreadable');
  const passed = submissions.filter((s) => s.passed).length;

  return {
    tool: 'rapportsjekk',
    kind: 'portfolio',
    formatVersion: 2,
    generatedAt: options.generatedAt.toISOString(),
    lang,
    suppressSmall,
    template: { id: TEMPLATE_ID, version: TEMPLATE_VERSION },
    keyMetrics: KEY_METRICS,
    totals: {
      files: rows.length,
      passed,
      failed: submissions.length - passed,
      unreadable: unreadable.length,
      counted: counted.size,
      superseded: submissions.length - counted.size,
    },
    files: rows.map((r) => ({ file: r.file, status: statusOf.get(r.file) as FileStatus })),
    submissions,
    goals,
    findings,
    unreadable,
    ruleTable: rulesAcross(
      submissions.map((s) => ({ file: s.file, counted: s.version.counted, rules: s.rules })),
      lang,
    ),
  };
}

/** The exit rule shared with `validate`: 2 a file could not be read or none was found, 1 errors, 0 all pass. */
export function exitCode(portfolio: Portfolio): ExitStatus {
  return exitStatus(portfolio.totals);
}
