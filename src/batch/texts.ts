/**
 * Words of the portfolio (batch mode) outputs, per language. The words shared with the
 * single-file reports come from src/report/texts.ts; these are the ones only a portfolio needs.
 */
import type { Lang } from '../engine';

export interface BatchText {
  readonly title: string;
  readonly sheets: { readonly overview: string; readonly goals: string; readonly findings: string; readonly unreadable: string; readonly about: string };
  readonly orgNumber: string;
  readonly sheet: string;
  readonly programmeType: string;
  readonly year: string;
  readonly yes: string;
  readonly no: string;
  readonly errors: string;
  readonly warnings: string;
  readonly explainedWarnings: string;
  readonly previousYear: string;
  /** Header of a year-over-year change column. */
  change(label: string): string;
  readonly percentagePoints: string;
  readonly explanation: string;
  readonly hidden: string;
  readonly timepoint: string;
  readonly goalText: string;
  readonly reasonCode: string;
  readonly goalsReachedDenominator: string;
  readonly notComputable: string;
  readonly suppressionNote: string;
  readonly generated: string;
  readonly summary: (counts: { files: number; passed: number; failed: number; unreadable: number }) => string;
  readonly noUnreadable: string;
  readonly noGoals: string;
  readonly aboutRows: {
    readonly generated: string;
    readonly template: string;
    readonly files: string;
    readonly suppression: string;
    readonly on: string;
    readonly off: string;
  };
}

export const BATCH_TEXT: Readonly<Record<Lang, BatchText>> = {
  nb: {
    title: 'Rapportsjekk – portefølje',
    sheets: { overview: 'Oversikt', goals: 'Mål', findings: 'Funn', unreadable: 'Ulesbare filer', about: 'Om' },
    orgNumber: 'Org.nr.',
    sheet: 'Ark',
    programmeType: 'Programtype',
    year: 'År',
    yes: 'Ja',
    no: 'Nei',
    errors: 'Feil',
    warnings: 'Advarsler',
    explainedWarnings: 'Forklarte advarsler',
    previousYear: 'Forrige år (fil)',
    change: (label) => `Endring: ${label}`,
    percentagePoints: 'pp',
    explanation: 'Forklaring',
    hidden: 'skjult',
    timepoint: 'Måletidspunkt',
    goalText: 'Mål (tekst)',
    reasonCode: 'Årsakskode',
    goalsReachedDenominator: 'mål',
    notComputable: 'kan ikke beregnes',
    suppressionNote:
      'Små tall er skjult: antall fra 1 til 4 vises som «<5», og andeler og snitt som bygger på dem vises ikke.',
    generated: 'Laget',
    summary: ({ files, passed, failed, unreadable }) =>
      `${files} ${files === 1 ? 'fil' : 'filer'}: ${passed} uten feil, ${failed} med feil, ${unreadable} kunne ikke leses.`,
    noUnreadable: 'Alle filene kunne leses.',
    noGoals: 'Ingen mål er registrert.',
    aboutRows: {
      generated: 'Laget',
      template: 'Mal',
      files: 'Filer',
      suppression: 'Små tall skjult',
      on: 'ja',
      off: 'nei',
    },
  },
  en: {
    title: 'Rapportsjekk – portfolio',
    sheets: { overview: 'Overview', goals: 'Goals', findings: 'Findings', unreadable: 'Unreadable files', about: 'About' },
    orgNumber: 'Org. no.',
    sheet: 'Sheet',
    programmeType: 'Programme type',
    year: 'Year',
    yes: 'Yes',
    no: 'No',
    errors: 'Errors',
    warnings: 'Warnings',
    explainedWarnings: 'Explained warnings',
    previousYear: 'Previous year (file)',
    change: (label) => `Change: ${label}`,
    percentagePoints: 'pp',
    explanation: 'Explanation',
    hidden: 'hidden',
    timepoint: 'Time point',
    goalText: 'Goal (text)',
    reasonCode: 'Reason code',
    goalsReachedDenominator: 'goals',
    notComputable: 'cannot be computed',
    suppressionNote: 'Small numbers are hidden: counts from 1 to 4 show as "<5", and rates and means built on them are not shown.',
    generated: 'Generated',
    summary: ({ files, passed, failed, unreadable }) =>
      `${files} ${files === 1 ? 'file' : 'files'}: ${passed} without errors, ${failed} with errors, ${unreadable} could not be read.`,
    noUnreadable: 'Every file could be read.',
    noGoals: 'No goals are registered.',
    aboutRows: {
      generated: 'Generated',
      template: 'Template',
      files: 'Files',
      suppression: 'Small numbers hidden',
      on: 'yes',
      off: 'no',
    },
  },
};
