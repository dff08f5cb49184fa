/**
 * Key figures and goals as the caseworker reads them. The values are formatted by the same
 * code as the text and HTML reports (src/report/values.ts): each rate with its numerator and
 * denominator, an empty denominator as "kan ikke beregnes", never 0 %.
 */
import { forwardRef } from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { METRIC_KEYS, UI } from '../../engine';
import { formatList } from '../../engine/format';
import type { GoalResult, Lang, Report } from '../../engine';
import { METRIC_LABELS } from '../../report/metric-labels';
import { formatGoalAchieved, formatGoalValue, formatMetric } from '../../report/values';
import { FINDINGS_TEXT } from '../findings-text';
import { fill, PANE_TEXT } from '../i18n';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      textAlign: 'start',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& tbody th': { fontWeight: tokens.fontWeightRegular },
  },
  denominator: { display: 'block', color: tokens.colorNeutralForeground2 },
  // A badge keeps its words inside the pill in a narrow column: it wraps, never spills.
  badge: { maxWidth: '100%', height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'center' },
  missing: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  heading: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

const STATUS_COLOR = { reached: 'success', 'not-reached': 'danger', 'not-assessable': 'subtle' } as const;

export interface KeyFiguresProps {
  readonly report: Report;
  readonly lang: Lang;
}

/** The heading takes focus after "Nøkkeltall", so keyboard and screen-reader users land on it. */
export const KeyFigures = forwardRef<HTMLHeadingElement, KeyFiguresProps>(function KeyFigures({ report, lang }, heading) {
  const t = PANE_TEXT[lang];
  const styles = useStyles();
  return (
    <section aria-labelledby="rs-figures-heading">
      <h2 id="rs-figures-heading" tabIndex={-1} ref={heading} className={styles.heading}>
        {t.keyFiguresHeading}
      </h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t.metric}</th>
            <th scope="col">{t.value}</th>
          </tr>
        </thead>
        <tbody>
          {METRIC_KEYS.map((key) => {
            const label = METRIC_LABELS[key][lang];
            return (
              <tr key={key} data-metric={key}>
                <th scope="row">
                  {label.label}
                  {label.denominator !== null && <span className={styles.denominator}>{`${t.per} ${label.denominator}`}</span>}
                </th>
                <td>{formatMetric(report.metrics[key], lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t.goalsHeading}</h2>
      {report.goals.length === 0 ? <p>{t.noGoals}</p> : <Goals goals={report.goals} lang={lang} />}
    </section>
  );
});

function Goals({ goals, lang }: { readonly goals: readonly GoalResult[]; readonly lang: Lang }) {
  const t = PANE_TEXT[lang];
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{t.goal}</th>
          <th scope="col">{t.target}</th>
          <th scope="col">{t.achieved}</th>
          <th scope="col">{t.status}</th>
        </tr>
      </thead>
      <tbody>
        {goals.map((goal) => (
          <tr key={goal.row} data-goal={goal.id ?? goal.row}>
            <th scope="row">{[goal.id, goal.text].filter(Boolean).join(': ') || goal.cell}</th>
            <td>{formatGoalValue(goal.target, goal.kind, lang)}</td>
            <td>{formatGoalAchieved(goal, lang)}</td>
            <td>
              <Badge appearance="tint" color={STATUS_COLOR[goal.status]} className={styles.badge}>
                {UI[lang].goalStatus[goal.status]}
              </Badge>
              {goal.status === 'not-assessable' && <span className={styles.missing}>{missingText(goal, lang)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Why a goal cannot be assessed: the parts it lacks, or the achieved value nobody could compute. */
export function missingText(goal: GoalResult, lang: Lang): string {
  const ft = FINDINGS_TEXT[lang];
  if (goal.missing.length > 0) return fill(ft.missingParts, { parts: formatList(goal.missing, lang) });
  return fill(ft.missingParts, { parts: ft.achievedPart });
}
