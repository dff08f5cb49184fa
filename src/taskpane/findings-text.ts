/** Words of the findings list, its filters and the selected cell (kept apart from i18n.ts, which many hands edit). */
import type { Lang } from '../engine';

export interface FindingsText {
  /** On a severity count in the sticky summary: what pressing it does. */
  readonly filterBy: string;
  readonly filtered: string;
  readonly fixAdvice: string;
  readonly showAll: string;
  readonly showFewer: string;
  readonly explainAll: string;
  readonly explainAllLabel: string;
  readonly explainAllHint: string;
  readonly explanationsSaved: string;
  readonly explanationsRemoved: string;
  readonly explainedOf: string;
  readonly detailsLabel: string;
  readonly currentValue: string;
  readonly emptyCell: string;
  readonly row: string;
  readonly openAnother: string;
  readonly missingParts: string;
  /** For a goal whose parts are clear but whose achieved value is unknown. */
  readonly achievedPart: string;
}

export const FINDINGS_TEXT: Readonly<Record<Lang, FindingsText>> = {
  nb: {
    filterBy: 'Vis bare {what}',
    filtered: 'Viser bare {what}.',
    fixAdvice: 'Slik retter du det:',
    showAll: 'Vis alle ({count})',
    showFewer: 'Vis færre',
    explainAll: 'Forklar alle ({count})',
    explainAllLabel: 'Forklaring til alle {count} advarslene',
    explainAllHint: 'Lagres ved hver celle. Tom tekst fjerner forklaringene.',
    explanationsSaved: '{count} advarsler er forklart, og rapporten er kontrollert på nytt.',
    explanationsRemoved: 'Forklaringene er fjernet, og rapporten er kontrollert på nytt.',
    explainedOf: '{count} av {total} forklart',
    detailsLabel: 'Cellen {location} nå',
    currentValue: 'Verdi',
    emptyCell: '(tom)',
    row: 'Rad {row}',
    openAnother: 'Åpne en annen fil',
    missingParts: 'Mangler {parts}.',
    achievedPart: 'oppnådd verdi',
  },
  en: {
    filterBy: 'Show only {what}',
    filtered: 'Showing only {what}.',
    fixAdvice: 'How to fix it:',
    showAll: 'Show all ({count})',
    showFewer: 'Show fewer',
    explainAll: 'Explain all ({count})',
    explainAllLabel: 'Explanation for all {count} warnings',
    explainAllHint: 'Saved with each cell. Empty text removes the explanations.',
    explanationsSaved: '{count} warnings are explained, and the report is checked again.',
    explanationsRemoved: 'The explanations are removed, and the report is checked again.',
    explainedOf: '{count} of {total} explained',
    detailsLabel: 'Cell {location} now',
    currentValue: 'Value',
    emptyCell: '(empty)',
    row: 'Row {row}',
    openAnother: 'Open another file',
    missingParts: 'Missing {parts}.',
    achievedPart: 'the achieved value',
  },
};
