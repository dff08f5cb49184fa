/**
 * Across reports: for each rule, in how many of the counted reports it fails («i 11 av 60
 * rapporter»), with its severity, what it checks, how to fix it and which reports. Older
 * versions of a programme-year are left out, so each programme-year counts once.
 */
import { severityRank } from '../engine';
import type { Lang, RuleId, Severity } from '../engine';
import { ruleDescription, ruleFix } from './fix-advice';

export interface RuleAcross {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly description: string;
  readonly fix: string;
  /** Counted reports in which the rule has at least one finding. */
  readonly reports: number;
  /** Counted reports in all (the «av 60»). */
  readonly of: number;
  /** Findings in those reports together. */
  readonly findings: number;
  /** The reports, in file order. */
  readonly files: readonly string[];
}

interface WithRules {
  readonly file: string;
  readonly counted: boolean;
  readonly rules: readonly { readonly rule: RuleId; readonly severity: Severity; readonly findings: number | '<5' | null }[];
}

export function rulesAcross(submissions: readonly WithRules[], lang: Lang): RuleAcross[] {
  const counted = submissions.filter((s) => s.counted);
  const byRule = new Map<RuleId, { severity: Severity; files: string[]; findings: number }>();
  for (const s of counted) {
    for (const r of s.rules) {
      const entry = byRule.get(r.rule) ?? { severity: r.severity, files: [], findings: 0 };
      entry.files.push(s.file);
      // Suppressed counts ("<5") still count as at least one finding.
      entry.findings += typeof r.findings === 'number' ? r.findings : 1;
      byRule.set(r.rule, entry);
    }
  }
  return [...byRule.entries()]
    .map(([rule, e]) => ({
      rule,
      severity: e.severity,
      description: ruleDescription(rule, lang),
      fix: ruleFix(rule, lang),
      reports: e.files.length,
      of: counted.length,
      findings: e.findings,
      files: e.files,
    }))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.reports - a.reports || (a.rule < b.rule ? -1 : 1));
}
