/**
 * Counts by severity and whether the report can be submitted, kept at the top while the list
 * scrolls. Each count is a toggle (aria-pressed) that narrows the findings to that severity.
 */
import { makeStyles, mergeClasses, ToggleButton, tokens } from '@fluentui/react-components';
import { UI } from '../../engine';
import type { Lang, Report, Severity } from '../../engine';
import { FINDINGS_TEXT } from '../findings-text';
import { fill, PANE_TEXT } from '../i18n';

const useStyles = makeStyles({
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '& h2': { margin: 0 },
  },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  count: { minWidth: 0, whiteSpace: 'nowrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  verdict: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  note: { margin: `${tokens.spacingVerticalXXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface SummaryProps {
  readonly report: Report;
  readonly lang: Lang;
  readonly severity: Severity | null;
  readonly onSeverity: (severity: Severity | null) => void;
}

export function Summary({ report, lang, severity, onSeverity }: SummaryProps) {
  const t = PANE_TEXT[lang];
  const ft = FINDINGS_TEXT[lang];
  const styles = useStyles();
  return (
    <section aria-labelledby="rs-summary-heading" className={styles.sticky}>
      <h2 id="rs-summary-heading">{t.summaryHeading}</h2>
      <p className={styles.verdict}>{report.passed ? t.passed : t.failed}</p>
      <ul className={styles.counts} aria-label={t.summaryHeading}>
        {(['error', 'warning', 'info'] as const).map((s) => {
          const words = `${report.counts[s]} ${UI[lang].severityPlural[s]}`;
          return (
            <li key={s}>
              <ToggleButton
                size="small"
                shape="circular"
                checked={severity === s}
                className={mergeClasses(styles.count, report.counts[s] > 0 && severity !== s && styles[s])}
                disabledFocusable={report.counts[s] === 0}
                title={fill(ft.filterBy, { what: UI[lang].severityPlural[s] })}
                onClick={() => onSeverity(severity === s ? null : s)}
              >
                {words}
              </ToggleButton>
            </li>
          );
        })}
      </ul>
      {severity !== null && <p className={styles.note}>{fill(ft.filtered, { what: UI[lang].severityPlural[severity] })}</p>}
      {report.counts.explained > 0 && <p className={styles.note}>{fill(t.explainedCount, { count: report.counts.explained })}</p>}
    </section>
  );
}
