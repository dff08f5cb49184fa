/**
 * Words of the task pane (buttons, headings, notices) in Norwegian bokmål and English. Rule
 * messages and severity names come from the engine's catalogues; this file only holds the UI
 * around them. Whole sentences with named placeholders, never concatenation.
 */
import type { Lang } from '../engine';

export interface PaneText {
  readonly appTitle: string;
  readonly tagline: string;
  readonly actions: string;
  readonly check: string;
  readonly checking: string;
  readonly mark: string;
  readonly clearMarks: string;
  readonly keyFigures: string;
  readonly insertTemplate: string;
  readonly marked: string;
  readonly marksCleared: string;
  readonly keyFiguresWritten: string;
  readonly templateAdded: string;
  readonly templateNothingAdded: string;
  readonly templateExisting: string;
  readonly summaryHeading: string;
  readonly passed: string;
  readonly failed: string;
  readonly explainedCount: string;
  readonly noFindings: string;
  readonly findingsHeading: string;
  readonly ruleCount: string;
  readonly ruleShare: string;
  readonly wholeSheet: string;
  readonly noLocation: string;
  readonly goTo: string;
  readonly showAll: string;
  readonly explain: string;
  readonly editExplanation: string;
  readonly explanationLabel: string;
  readonly explanationHint: string;
  readonly save: string;
  readonly cancel: string;
  readonly explained: string;
  readonly explanationSaved: string;
  readonly explanationRemoved: string;
  readonly keyFiguresHeading: string;
  readonly metric: string;
  readonly value: string;
  readonly per: string;
  readonly goalsHeading: string;
  readonly goal: string;
  readonly target: string;
  readonly achieved: string;
  readonly status: string;
  readonly noGoals: string;
  readonly unknownValue: string;
  readonly errorTitle: string;
  readonly hostError: string;
  readonly crashTitle: string;
  readonly crashBody: string;
  readonly reload: string;
  readonly dismiss: string;
  readonly loading: string;
  // Browser mode
  readonly browserIntro: string;
  readonly privacy: string;
  readonly openFile: string;
  readonly tryExample: string;
  readonly dropHere: string;
  readonly dropHint: string;
  readonly reading: string;
  readonly openedFile: string;
  readonly readFailed: string;
  readonly exampleFailed: string;
  readonly downloadsHeading: string;
  readonly downloadAnnotated: string;
  readonly downloadHtml: string;
  readonly downloadTemplate: string;
  readonly downloadReady: string;
  readonly browserMarksNote: string;
}

const nb: PaneText = {
  appTitle: 'Rapportsjekk',
  tagline: 'Kontrollerer årsrapporten for mentor- og traineeprogrammer mot IMDis indikatormal.',
  actions: 'Handlinger',
  check: 'Kontroller rapport',
  checking: 'Kontrollerer …',
  mark: 'Marker celler',
  clearMarks: 'Fjern markeringer',
  keyFigures: 'Nøkkeltall',
  insertTemplate: 'Sett inn mal',
  marked: 'Cellene med funn er markert. Verdiene dine er ikke endret.',
  marksCleared: 'Markeringene er fjernet.',
  keyFiguresWritten: 'Nøkkeltallene er skrevet i arket «{sheet}».',
  templateAdded: 'La til arkene: {sheets}.',
  templateNothingAdded: 'Alle arkene i malen fantes allerede; ingenting ble lagt til.',
  templateExisting: 'Disse arkene fantes fra før og ble ikke endret: {sheets}.',
  summaryHeading: 'Resultat',
  passed: 'Rapporten har ingen feil og kan leveres.',
  failed: 'Rapporten har feil som må rettes før den kan leveres.',
  explainedCount: '{count} av advarslene er forklart.',
  noFindings: 'Ingen funn. Alt ser bra ut.',
  findingsHeading: 'Funn per regel',
  ruleCount: '{count} funn',
  ruleShare: 'andel {share}',
  wholeSheet: 'hele arket',
  noLocation: 'hele arbeidsboken',
  goTo: 'Gå til {location}: {message}',
  showAll: 'Vis alle {count} funn',
  explain: 'Forklar',
  editExplanation: 'Endre forklaring',
  explanationLabel: 'Forklaring til advarselen',
  explanationHint: 'Skriv kort hvorfor det er slik. Tom tekst fjerner forklaringen.',
  save: 'Lagre forklaring',
  cancel: 'Avbryt',
  explained: 'Forklart',
  explanationSaved: 'Forklaringen er lagret, og rapporten er kontrollert på nytt.',
  explanationRemoved: 'Forklaringen er fjernet, og rapporten er kontrollert på nytt.',
  keyFiguresHeading: 'Nøkkeltall',
  metric: 'Nøkkeltall',
  value: 'Verdi',
  per: 'blant',
  goalsHeading: 'Mål',
  goal: 'Mål',
  target: 'Målverdi',
  achieved: 'Oppnådd',
  status: 'Status',
  noGoals: 'Rapporten har ingen mål.',
  unknownValue: 'ukjent',
  errorTitle: 'Det gikk ikke',
  hostError: 'Handlingen kunne ikke fullføres: {detail}',
  crashTitle: 'Noe gikk galt i ruten',
  crashBody: 'Arbeidsboken din er ikke endret. Last ruten inn på nytt og prøv igjen.',
  reload: 'Last inn på nytt',
  dismiss: 'Lukk',
  loading: 'Laster …',
  browserIntro: 'Åpne en årsrapport (xlsx) for å kontrollere den her i nettleseren.',
  privacy: 'Filen leses bare i nettleseren din. Ingenting lastes opp eller sendes noe sted.',
  openFile: 'Åpne fil',
  tryExample: 'Prøv med eksempel',
  dropHere: 'Slipp en xlsx-fil her',
  dropHint: 'eller bruk knappen «Åpne fil».',
  reading: 'Leser {file} …',
  openedFile: 'Kontrollert fil: {file}',
  readFailed: 'Kunne ikke lese {file}: {reason}.',
  exampleFailed: 'Eksempelfilen kunne ikke hentes.',
  downloadsHeading: 'Last ned',
  downloadAnnotated: 'Arbeidsbok med markeringer (xlsx)',
  downloadHtml: 'Rapport (HTML)',
  downloadTemplate: 'Tom mal (xlsx)',
  downloadReady: '{file} er lastet ned.',
  browserMarksNote: 'Markeringer og nøkkeltall følger med i arbeidsboken du laster ned; originalfilen endres ikke.',
};

const en: PaneText = {
  appTitle: 'Rapportsjekk',
  tagline: 'Checks the annual report of mentor and trainee programmes against the IMDi indicator template.',
  actions: 'Actions',
  check: 'Check report',
  checking: 'Checking …',
  mark: 'Mark cells',
  clearMarks: 'Remove marks',
  keyFigures: 'Key figures',
  insertTemplate: 'Insert template',
  marked: 'The cells with findings are marked. Your values are unchanged.',
  marksCleared: 'The marks are removed.',
  keyFiguresWritten: 'The key figures are written to the sheet “{sheet}”.',
  templateAdded: 'Added the sheets: {sheets}.',
  templateNothingAdded: 'Every template sheet already existed; nothing was added.',
  templateExisting: 'These sheets already existed and were left alone: {sheets}.',
  summaryHeading: 'Result',
  passed: 'The report has no errors and can be submitted.',
  failed: 'The report has errors that must be fixed before it can be submitted.',
  explainedCount: '{count} of the warnings are explained.',
  noFindings: 'No findings. Everything looks fine.',
  findingsHeading: 'Findings by rule',
  ruleCount: '{count} findings',
  ruleShare: 'share {share}',
  wholeSheet: 'whole sheet',
  noLocation: 'whole workbook',
  goTo: 'Go to {location}: {message}',
  showAll: 'Show all {count} findings',
  explain: 'Explain',
  editExplanation: 'Edit explanation',
  explanationLabel: 'Explanation of the warning',
  explanationHint: 'Say briefly why it is so. Empty text removes the explanation.',
  save: 'Save explanation',
  cancel: 'Cancel',
  explained: 'Explained',
  explanationSaved: 'The explanation is saved and the report checked again.',
  explanationRemoved: 'The explanation is removed and the report checked again.',
  keyFiguresHeading: 'Key figures',
  metric: 'Key figure',
  value: 'Value',
  per: 'among',
  goalsHeading: 'Goals',
  goal: 'Goal',
  target: 'Target',
  achieved: 'Achieved',
  status: 'Status',
  noGoals: 'The report has no goals.',
  unknownValue: 'unknown',
  errorTitle: 'That did not work',
  hostError: 'The action could not be completed: {detail}',
  crashTitle: 'Something went wrong in the pane',
  crashBody: 'Your workbook is unchanged. Reload the pane and try again.',
  reload: 'Reload',
  dismiss: 'Dismiss',
  loading: 'Loading …',
  browserIntro: 'Open an annual report (xlsx) to check it here in the browser.',
  privacy: 'The file is read only in your browser. Nothing is uploaded or sent anywhere.',
  openFile: 'Open file',
  tryExample: 'Try an example',
  dropHere: 'Drop an xlsx file here',
  dropHint: 'or use the “Open file” button.',
  reading: 'Reading {file} …',
  openedFile: 'Checked file: {file}',
  readFailed: 'Could not read {file}: {reason}.',
  exampleFailed: 'The example file could not be fetched.',
  downloadsHeading: 'Download',
  downloadAnnotated: 'Workbook with marks (xlsx)',
  downloadHtml: 'Report (HTML)',
  downloadTemplate: 'Empty template (xlsx)',
  downloadReady: '{file} is downloaded.',
  browserMarksNote: 'Marks and key figures are part of the workbook you download; the original file is not changed.',
};

export const PANE_TEXT: Readonly<Record<Lang, PaneText>> = { nb, en };

/** Office display language ("en-US", "nb-NO", …) or navigator.language → the pane's language. */
export function paneLang(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'nb';
}

/** Fills `{name}` placeholders; unknown names are left as written so a gap is visible. */
export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
