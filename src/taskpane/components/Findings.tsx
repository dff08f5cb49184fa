/**
 * Findings grouped by rule, as the rule roll-up reads them ("3 av 6 deltakere i arbeid mangler
 * «Relevant jobb»"), each finding with its Sheet!Cell. Choosing a finding asks the host to
 * select the cell; a warning can be explained right where it is listed.
 */
import { useEffect, useRef, useState } from 'react';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { formatPercent, severityRank, UI } from '../../engine';
import type { Finding, Lang, Report, RuleSummary } from '../../engine';
import { findingKey, findingLocation } from '../figures';
import { fill, PANE_TEXT } from '../i18n';
import { ExplainForm } from './ExplainForm';

/** Long lists are cut so a report with thousands of findings stays quick to render. */
export const FIRST_FINDINGS_SHOWN = 25;

const useStyles = makeStyles({
  groups: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  groupButton: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    whiteSpace: 'normal',
    height: 'auto',
    width: '100%',
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: 0,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  selected: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorNeutralBackground1Selected },
  findingButton: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    whiteSpace: 'normal',
    height: 'auto',
    minHeight: '32px',
    width: '100%',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  location: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalM },
  explanation: { margin: 0, color: tokens.colorNeutralForeground2 },
  headerText: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, textAlign: 'start' },
  meta: { color: tokens.colorNeutralForeground2 },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingsProps {
  readonly report: Report;
  readonly lang: Lang;
  readonly selectedKey: string | null;
  readonly busy: boolean;
  readonly onSelect: (finding: Finding, key: string) => void;
  /** Absent when the host cannot store explanations: then no warning offers one. */
  readonly onExplain?: (finding: Finding, text: string) => Promise<boolean>;
}

export function Findings({ report, lang, selectedKey, busy, onSelect, onExplain }: FindingsProps) {
  const t = PANE_TEXT[lang];
  const styles = useStyles();
  if (report.findings.length === 0) {
    return (
      <section aria-labelledby="rs-findings-heading">
        <h2 id="rs-findings-heading">{t.findingsHeading}</h2>
        <p>{t.noFindings}</p>
      </section>
    );
  }
  const indexed = report.findings.map((finding, index) => ({ finding, key: findingKey(finding, index) }));
  const rules = [...report.rules].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  return (
    <section aria-labelledby="rs-findings-heading">
      <h2 id="rs-findings-heading">{t.findingsHeading}</h2>
      <ul className={styles.groups}>
        {rules.map((summary) => (
          <RuleGroup
            key={summary.rule}
            summary={summary}
            findings={indexed.filter((f) => f.finding.rule === summary.rule)}
            lang={lang}
            selectedKey={selectedKey}
            busy={busy}
            onSelect={onSelect}
            onExplain={onExplain}
          />
        ))}
      </ul>
    </section>
  );
}

type Styles = ReturnType<typeof useStyles>;

interface RuleGroupProps extends Omit<FindingsProps, 'report'> {
  readonly summary: RuleSummary;
  readonly findings: readonly { finding: Finding; key: string }[];
}

/** A small chevron; drawn here so the pane needs no icon package of its own. */
function Chevron({ open }: { readonly open: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={open ? 'M3.5 6 8 10.5 12.5 6' : 'M6 3.5 10.5 8 6 12.5'} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/** One rule: a heading with a disclosure button, open by default, and its findings. */
function RuleGroup({ summary, findings, ...rest }: RuleGroupProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(true);
  const panelId = `rs-rule-${summary.rule}`;
  return (
    <li className={styles.group}>
      <h3 className={styles.groupHeading}>
        <Button
          appearance="transparent"
          className={styles.groupButton}
          aria-expanded={open}
          aria-controls={panelId}
          icon={<Chevron open={open} />}
          onClick={() => setOpen(!open)}
        >
          <RuleHeader summary={summary} lang={rest.lang} styles={styles} />
        </Button>
      </h3>
      <div id={panelId} hidden={!open}>
        <RuleFindings findings={findings} {...rest} />
      </div>
    </li>
  );
}

function RuleHeader({ summary, lang, styles }: { summary: RuleSummary; lang: Lang; styles: Styles }) {
  const t = PANE_TEXT[lang];
  const meta = [fill(t.ruleCount, { count: summary.findings })];
  if (summary.share !== null) meta.push(fill(t.ruleShare, { share: formatPercent(summary.share, lang) }));
  return (
    <span className={styles.headerText}>
      <Badge appearance="tint" color={BADGE_COLOR[summary.severity]}>
        {UI[lang].severity[summary.severity]}
      </Badge>
      <span>{summary.message}</span>
      <span className={styles.meta}>({meta.join(', ')})</span>
    </span>
  );
}

interface RuleFindingsProps extends Omit<FindingsProps, 'report'> {
  readonly findings: readonly { finding: Finding; key: string }[];
}

function RuleFindings({ findings, lang, selectedKey, busy, onSelect, onExplain }: RuleFindingsProps) {
  const t = PANE_TEXT[lang];
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? findings : findings.slice(0, FIRST_FINDINGS_SHOWN);
  return (
    <>
      <ul className={styles.list}>
        {shown.map(({ finding, key }) => (
          <FindingItem
            key={key}
            finding={finding}
            itemKey={key}
            lang={lang}
            selected={key === selectedKey}
            busy={busy}
            onSelect={onSelect}
            onExplain={onExplain}
          />
        ))}
      </ul>
      {shown.length < findings.length && (
        <Button appearance="transparent" onClick={() => setShowAll(true)}>
          {fill(t.showAll, { count: findings.length })}
        </Button>
      )}
    </>
  );
}

interface FindingItemProps {
  readonly finding: Finding;
  readonly itemKey: string;
  readonly lang: Lang;
  readonly selected: boolean;
  readonly busy: boolean;
  readonly onSelect: FindingsProps['onSelect'];
  readonly onExplain: FindingsProps['onExplain'];
}

function FindingItem({ finding, itemKey, lang, selected, busy, onSelect, onExplain }: FindingItemProps) {
  const t = PANE_TEXT[lang];
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const explainButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Closing the form returns focus to the button that opened it, so keyboard users stay put.
  useEffect(() => {
    if (wasEditing.current && !editing) explainButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const location = findingLocation(finding, lang);
  const explainable = onExplain !== undefined && finding.severity === 'warning' && finding.sheet !== null;
  const itemClass = selected ? `${styles.item} ${styles.selected}` : styles.item;
  return (
    <li className={itemClass} data-finding={`${finding.rule} ${location}`}>
      {finding.sheet === null ? (
        <p className={styles.plain}>
          <span className={styles.location}>{location}</span>
          {finding.message}
        </p>
      ) : (
        <Button
          appearance="subtle"
          className={styles.findingButton}
          aria-current={selected ? 'true' : undefined}
          aria-label={fill(t.goTo, { location, message: finding.message })}
          disabledFocusable={busy}
          onClick={() => onSelect(finding, itemKey)}
        >
          <span className={styles.location}>{location}</span>
          <span>{finding.message}</span>
        </Button>
      )}
      {explainable && (
        <div className={styles.row}>
          {finding.explanation !== undefined && (
            <>
              <Badge appearance="outline" color="success">
                {t.explained}
              </Badge>
              <p className={styles.explanation}>{finding.explanation}</p>
            </>
          )}
          {!editing && (
            <Button ref={explainButton} size="small" disabledFocusable={busy} onClick={() => setEditing(true)} aria-label={`${finding.explanation === undefined ? t.explain : t.editExplanation}: ${location}`}>
              {finding.explanation === undefined ? t.explain : t.editExplanation}
            </Button>
          )}
        </div>
      )}
      {editing && onExplain && (
        <ExplainForm
          lang={lang}
          initial={finding.explanation ?? ''}
          busy={busy}
          onCancel={() => setEditing(false)}
          onSave={async (text) => {
            if (await onExplain(finding, text)) setEditing(false);
          }}
        />
      )}
    </li>
  );
}
