/**
 * One rule's findings: a heading with a disclosure button (the roll-up line carries the one
 * count), the rule's fix advice, the first few cells, «vis alle», and one «Forklar» for all the
 * rule's warnings at once (a thousand identical warnings need one explanation, not a thousand).
 */
import { useEffect, useRef, useState } from 'react';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ruleFix, UI } from '../../engine';
import type { Lang, RuleSummary } from '../../engine';
import { findingLocation } from '../figures';
import { FINDINGS_TEXT } from '../findings-text';
import { fill, PANE_TEXT } from '../i18n';
import { ExplainForm } from './ExplainForm';
import { FindingItem } from './FindingItem';
import type { FindingGroup, FindingsProps } from './Findings';

/** Cells shown before «vis alle»: enough to recognise the pattern, few enough for 350 px. */
export const FIRST_CELLS_SHOWN = 3;

export const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  group: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  groupButton: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    whiteSpace: 'normal',
    height: 'auto',
    width: '100%',
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: 0,
    paddingRight: 0,
  },
  headerText: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  // A badge keeps its words inside the pill at any width: it may wrap, never spill.
  badge: { flexShrink: 0, maxWidth: '100%', height: 'auto', minHeight: '20px', whiteSpace: 'normal' },
  message: { overflowWrap: 'anywhere', minWidth: 0 },
  advice: { margin: `0 0 ${tokens.spacingVerticalXS}`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/** A small chevron; drawn here so the pane needs no icon package of its own. */
function Chevron({ open }: { readonly open: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={open ? 'M3.5 6 8 10.5 12.5 6' : 'M6 3.5 10.5 8 6 12.5'} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

export function SeverityBadge({ severity, lang }: { readonly severity: RuleSummary['severity']; readonly lang: Lang }) {
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={BADGE_COLOR[severity]} className={styles.badge}>
      {UI[lang].severity[severity]}
    </Badge>
  );
}

interface RuleGroupProps extends Omit<FindingsProps, 'report' | 'severity'> {
  readonly group: FindingGroup;
}

export function RuleGroup({ group, lang, onExplain, ...rest }: RuleGroupProps) {
  const { summary, findings } = group;
  const t = PANE_TEXT[lang];
  const ft = FINDINGS_TEXT[lang];
  const styles = useStyles();
  const [open, setOpen] = useState(true);
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState(false);
  const explainButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Closing the form returns focus to the button that opened it, so keyboard users stay put.
  useEffect(() => {
    if (wasEditing.current && !editing) explainButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const panelId = `rs-rule-${summary.rule}`;
  const shown = showAll ? findings : findings.slice(0, FIRST_CELLS_SHOWN);
  const explainable = onExplain === undefined ? [] : findings.map((f) => f.finding).filter((f) => f.severity === 'warning' && f.sheet !== null);
  const explained = explainable.filter((f) => f.explanation !== undefined);
  const texts = new Set(explainable.map((f) => f.explanation ?? ''));
  const common = texts.size === 1 ? [...texts][0] : '';
  // A single warning is named by its cell, as before; several share one button and one text.
  const single = explainable.length === 1 ? findingLocation(explainable[0], lang) : null;
  const explainLabel =
    single !== null ? `${explained.length > 0 ? t.editExplanation : t.explain}: ${single}` : fill(ft.explainAll, { count: explainable.length });
  const fix = ruleFix(summary.rule, lang);
  return (
    <li className={styles.group} data-rule={summary.rule}>
      <h3 className={styles.groupHeading}>
        <Button
          appearance="transparent"
          className={styles.groupButton}
          aria-expanded={open}
          aria-controls={panelId}
          icon={<Chevron open={open} />}
          onClick={() => setOpen(!open)}
        >
          <span className={styles.headerText}>
            <SeverityBadge severity={summary.severity} lang={lang} />
            <span className={styles.message}>{summary.message}</span>
          </span>
        </Button>
      </h3>
      <div id={panelId} hidden={!open}>
        {fix !== '' && (
          <p className={styles.advice}>
            <strong>{ft.fixAdvice}</strong> {fix}
          </p>
        )}
        <ul className={styles.list}>
          {shown.map(({ finding, key }) => (
            <FindingItem key={key} finding={finding} itemKey={key} lang={lang} selected={key === rest.selectedKey} {...rest} />
          ))}
        </ul>
        <div className={styles.buttons}>
          {findings.length > FIRST_CELLS_SHOWN && (
            <Button size="small" appearance="secondary" aria-expanded={showAll} aria-controls={panelId} onClick={() => setShowAll(!showAll)}>
              {showAll ? ft.showFewer : fill(ft.showAll, { count: findings.length })}
            </Button>
          )}
          {explainable.length > 0 && !editing && (
            <Button ref={explainButton} size="small" disabledFocusable={rest.busy} onClick={() => setEditing(true)}>
              {explainLabel}
            </Button>
          )}
        </div>
        {explainable.length > 1 && explained.length > 0 && <p className={styles.advice}>{fill(ft.explainedOf, { count: explained.length, total: explainable.length })}</p>}
        {editing && onExplain && (
          <ExplainForm
            lang={lang}
            initial={common}
            busy={rest.busy}
            label={single === null ? fill(ft.explainAllLabel, { count: explainable.length }) : undefined}
            hint={single === null ? ft.explainAllHint : undefined}
            onCancel={() => setEditing(false)}
            onSave={async (text) => {
              if (await onExplain(explainable, text)) setEditing(false);
            }}
          />
        )}
      </div>
    </li>
  );
}
