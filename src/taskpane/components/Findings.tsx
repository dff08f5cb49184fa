/**
 * Findings grouped by rule, in the report's own order (the engine orders findings once, as the
 * HTML report lists them): each group has its roll-up line, the rule's fix advice, its first
 * cells and «vis alle». A severity chosen in the summary narrows the list to that severity.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Lang, Report, RuleSummary, Severity } from '../../engine';
import type { CellDetails } from '../cell-details';
import { findingKey } from '../figures';
import { PANE_TEXT } from '../i18n';
import { RuleGroup } from './RuleGroup';

const useStyles = makeStyles({
  groups: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface KeyedFinding {
  readonly finding: Finding;
  readonly key: string;
}

export interface FindingGroup {
  readonly summary: RuleSummary;
  readonly findings: readonly KeyedFinding[];
}

/** One group per rule, in the order the rule's first finding has in the report. */
export function groupByRule(report: Report): FindingGroup[] {
  const summaries = new Map(report.rules.map((summary) => [summary.rule, summary]));
  const groups = new Map<string, { summary: RuleSummary; findings: KeyedFinding[] }>();
  report.findings.forEach((finding, index) => {
    const summary = summaries.get(finding.rule);
    if (summary === undefined) return;
    let group = groups.get(finding.rule);
    if (group === undefined) {
      group = { summary, findings: [] };
      groups.set(finding.rule, group);
    }
    group.findings.push({ finding, key: findingKey(finding, index) });
  });
  return [...groups.values()];
}

export interface FindingsProps {
  readonly report: Report;
  readonly lang: Lang;
  /** Only this severity, when the person chose one in the summary. */
  readonly severity: Severity | null;
  readonly selectedKey: string | null;
  readonly busy: boolean;
  readonly onSelect: (finding: Finding, key: string) => void;
  /** The selected cell's value and row, from the checked snapshot. */
  readonly details: (finding: Finding) => CellDetails | null;
  /** Absent when the host cannot store explanations: then no warning offers one. */
  readonly onExplain?: (findings: readonly Finding[], text: string) => Promise<boolean>;
}

export function Findings({ report, severity, ...rest }: FindingsProps) {
  const t = PANE_TEXT[rest.lang];
  const styles = useStyles();
  if (report.findings.length === 0) {
    return (
      <section aria-labelledby="rs-findings-heading">
        <h2 id="rs-findings-heading">{t.findingsHeading}</h2>
        <p>{t.noFindings}</p>
      </section>
    );
  }
  const groups = groupByRule(report).filter((group) => severity === null || group.summary.severity === severity);
  return (
    <section aria-labelledby="rs-findings-heading">
      <h2 id="rs-findings-heading">{t.findingsHeading}</h2>
      <ul className={styles.groups}>
        {groups.map((group) => (
          <RuleGroup key={group.summary.rule} group={group} {...rest} />
        ))}
      </ul>
    </section>
  );
}
