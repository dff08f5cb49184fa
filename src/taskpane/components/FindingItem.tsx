/**
 * One finding: its Sheet!Cell and message as a button that selects the cell, its explanation
 * if it has one, and — once selected — the cell's value and its row's key fields right under it,
 * where the person is looking (not in a message at the top of the pane).
 */
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Lang } from '../../engine';
import { findingLocation } from '../figures';
import { FINDINGS_TEXT } from '../findings-text';
import { fill, PANE_TEXT } from '../i18n';
import type { FindingsProps } from './Findings';

const useStyles = makeStyles({
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  selected: {
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  findingButton: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    whiteSpace: 'normal',
    height: 'auto',
    minHeight: '32px',
    width: '100%',
    minWidth: 0,
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  text: { overflowWrap: 'anywhere' },
  location: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalS,
  },
  plain: {
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    overflowWrap: 'anywhere',
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
  },
  explanation: { margin: 0, color: tokens.colorNeutralForeground2 },
  details: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, auto) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& dt': { color: tokens.colorNeutralForeground2 },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
});

interface FindingItemProps extends Pick<FindingsProps, 'busy' | 'onSelect' | 'details'> {
  readonly finding: Finding;
  readonly itemKey: string;
  readonly lang: Lang;
  readonly selected: boolean;
}

export function FindingItem({ finding, itemKey, lang, selected, busy, onSelect, details }: FindingItemProps) {
  const t = PANE_TEXT[lang];
  const styles = useStyles();
  const location = findingLocation(finding, lang);
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
          <span className={styles.text}>
            <span className={styles.location}>{location}</span>
            {finding.message}
          </span>
        </Button>
      )}
      {finding.explanation !== undefined && (
        <div className={styles.row}>
          <Badge appearance="outline" color="success">
            {t.explained}
          </Badge>
          <p className={styles.explanation}>{finding.explanation}</p>
        </div>
      )}
      {selected && <SelectedCell finding={finding} location={location} lang={lang} details={details} />}
    </li>
  );
}

function SelectedCell({ finding, location, lang, details }: { finding: Finding; location: string; lang: Lang; details: FindingsProps['details'] }) {
  const ft = FINDINGS_TEXT[lang];
  const styles = useStyles();
  const found = details(finding);
  if (found === null) return null;
  return (
    <div role="group" aria-label={fill(ft.detailsLabel, { location })} data-testid="cell-details">
      <dl className={styles.details}>
        <dt>{ft.currentValue}</dt>
        <dd>{found.value ?? ft.emptyCell}</dd>
        {finding.row !== undefined && found.fields.length > 0 && (
          <>
            <dt>{fill(ft.row, { row: finding.row })}</dt>
            <dd>{found.fields.map((field) => `${field.label}: ${field.value}`).join(' · ')}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
