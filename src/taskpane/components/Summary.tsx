/** Counts by severity, and whether the report can be submitted. */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { UI } from '../../engine';
import type { Lang, Report } from '../../engine';
import { fill, PANE_TEXT } from '../i18n';

const useStyles = makeStyles({
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  verdict: { margin: `${tokens.spacingVerticalS} 0` },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function Summary({ report, lang }: { readonly report: Report; readonly lang: Lang }) {
  const t = PANE_TEXT[lang];
  const styles = useStyles();
  return (
    <section aria-labelledby="rs-summary-heading">
      <h2 id="rs-summary-heading">{t.summaryHeading}</h2>
      <p className={styles.verdict}>{report.passed ? t.passed : t.failed}</p>
      <ul className={styles.counts} aria-label={t.summaryHeading}>
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <li key={severity}>
            <Badge appearance={report.counts[severity] > 0 ? 'filled' : 'outline'} color={BADGE_COLOR[severity]} size="large">
              {`${report.counts[severity]} ${UI[lang].severityPlural[severity]}`}
            </Badge>
          </li>
        ))}
      </ul>
      {report.counts.explained > 0 && <p>{fill(t.explainedCount, { count: report.counts.explained })}</p>}
    </section>
  );
}
