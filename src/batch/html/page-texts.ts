/** Words of portfolio.html, per language (the shared ones come from ../texts and src/report). */
import type { Lang } from '../../engine';

interface Head {
  readonly title: string;
  readonly sub: string;
}

export interface PageText {
  readonly errors: (n: number) => string;
  readonly warnings: (n: number) => string;
  readonly noFindings: string;
  readonly noFindingsLong: string;
  readonly olderVersion: string;
  readonly replacedBy: (file: string) => string;
  readonly versions: (n: number) => string;
  readonly newestCounted: string;
  readonly sameOrgYear: string;
  readonly sameOrgYearFiles: string;
  readonly of: string;
  readonly hidden: string;
  readonly notComputable: string;
  readonly belowLevel: string;
  readonly atLevel: string;
  readonly noGoals: string;
  readonly noGoalsLong: string;
  readonly notAssessable: (n: number) => string;
  readonly reachedOf: (reached: number, assessable: number) => string;
  readonly orgNr: string;
  readonly details: string;
  readonly overviewHeads: readonly Head[];
  readonly overviewCaption: string;
  readonly keyFigures: string;
  readonly figure: string;
  readonly value: string;
  readonly change: string;
  readonly theirExplanation: string;
  readonly more: (n: number) => string;
  readonly goalHeads: readonly string[];
  readonly goalsCaption: string;
  readonly file: string;
  readonly programmeType: string;
  readonly comparedWith: string;
  readonly openLetter: string;
  readonly findingsHeading: string;
  readonly goalsChart: string;
  readonly goalsChartOver: string;
  readonly over: string;
  readonly hasErrors: string;
  readonly legendClean: string;
  readonly legendErrors: string;
  readonly medianIs: (value: string) => string;
  readonly levelIs: (value: string) => string;
  readonly notComputableFor: (n: number) => string;
  readonly nothingToChart: string;
  readonly noRulesFail: string;
  readonly showAll: (n: number) => string;
  readonly inReports: (n: number, of: number) => string;
  readonly findingsCount: (n: number) => string;
  readonly ruleHeads: readonly string[];
  readonly rulesCaption: string;
  readonly nav: string;
  readonly sections: { readonly overview: string; readonly rules: string; readonly charts: string; readonly unreadable: string };
  readonly overviewNote: string;
  readonly rulesNote: (of: number) => string;
  readonly chartsNote: string;
  readonly filters: {
    readonly legend: string;
    readonly status: string;
    readonly statusAll: string;
    readonly statusError: string;
    readonly statusWarning: string;
    readonly statusClean: string;
    readonly rule: string;
    readonly ruleAll: string;
    readonly type: string;
    readonly typeAll: string;
    readonly older: string;
  };
  /** "Viser {shown} av {total} rapporter" with the placeholders filled by the page's script. */
  readonly showing: string;
  readonly headline: (counts: { counted: number; superseded: number; failed: number; unreadable: number; files: number }) => string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const PAGE_TEXT: Readonly<Record<Lang, PageText>> = {
  nb: {
    errors: (n) => plural(n, 'feil', 'feil'),
    warnings: (n) => plural(n, 'advarsel', 'advarsler'),
    noFindings: 'Ingen funn',
    noFindingsLong: 'Rapporten har ingen funn.',
    olderVersion: 'Eldre versjon',
    replacedBy: (file) => `telles ikke; nyeste er ${file}`,
    versions: (n) => `${n} versjoner`,
    newestCounted: 'denne (nyeste) telles',
    sameOrgYear: 'Samme org.nr. og år',
    sameOrgYearFiles: 'Samme org.nr. og år',
    of: 'av',
    hidden: 'skjult',
    notComputable: 'kan ikke beregnes',
    belowLevel: 'under 60 %',
    atLevel: 'nådd 60 %',
    noGoals: 'ingen mål',
    noGoalsLong: 'Rapporten har ingen mål.',
    notAssessable: (n) => `${n} kan ikke vurderes`,
    reachedOf: (reached, assessable) => `${reached} av ${assessable}`,
    orgNr: 'org.nr.',
    details: 'Detaljer',
    overviewHeads: [
      { title: 'Program', sub: 'organisasjon, fil' },
      { title: 'År', sub: '' },
      { title: 'Status', sub: 'feil, advarsler' },
      { title: 'Deltakere', sub: '' },
      { title: 'Arbeid eller utdanning', sub: 'av dem som har sluttet; nivå 60 %' },
      { title: 'Relevant jobb', sub: 'av dem som har sluttet' },
      { title: 'Mål nådd', sub: 'av mål som kan vurderes' },
      { title: 'Endring', sub: 'arbeid eller utdanning' },
      { title: 'Detaljer', sub: '' },
    ],
    overviewCaption: 'Oversikt: én rad per innlevert rapport',
    keyFigures: 'Nøkkeltall',
    figure: 'Nøkkeltall',
    value: 'Verdi (teller/nevner)',
    change: 'Endring',
    theirExplanation: 'Programmets forklaring',
    more: (n) => `… og ${n} til (alle står i brevet)`,
    goalHeads: ['Mål-ID', 'Mål', 'Indikator', 'Målverdi', 'Oppnådd', 'Status'],
    goalsCaption: 'Mål',
    file: 'Fil',
    programmeType: 'Programtype',
    comparedWith: 'Sammenlignet med',
    openLetter: 'Åpne tilbakemeldingsbrevet',
    findingsHeading: 'Funn per regel',
    goalsChart: 'Mål nådd',
    goalsChartOver: 'mål som kan vurderes',
    over: 'av',
    hasErrors: 'har feil',
    legendClean: 'uten feil',
    legendErrors: 'med feil',
    medianIs: (value) => `median ${value}`,
    levelIs: (value) => `nivå ${value}`,
    notComputableFor: (n) => `Kan ikke beregnes for ${plural(n, 'rapport', 'rapporter')}:`,
    nothingToChart: 'Ingen rapporter kunne leses.',
    noRulesFail: 'Ingen regel slår til i noen rapport.',
    showAll: (n) => `Vis alle ${n}`,
    inReports: (n, of) => `i ${n} av ${of} rapporter`,
    findingsCount: (n) => plural(n, 'funn', 'funn'),
    ruleHeads: ['Regel', 'Alvorlighet', 'Hvor ofte', 'Slik retter programmet det', 'Rapporter'],
    rulesCaption: 'Regler som slår til, på tvers av rapportene',
    nav: 'Deler av siden',
    sections: { overview: 'Oversikt', rules: 'Regler på tvers av rapportene', charts: 'Nøkkeltall', unreadable: 'Filer som ikke kunne leses' },
    overviewNote: 'Én rad per innlevert rapport. Klikk en kolonneoverskrift for å sortere, og «Detaljer» for resten av tallene og funnene.',
    rulesNote: (of) => `Talt over ${of} rapporter: hvert program-år én gang (nyeste versjon).`,
    chartsNote: 'Sortert etter verdi. Hvert program-år én gang (nyeste versjon). Rapporter der tallet ikke kan beregnes, står under diagrammet og er ikke tegnet som 0.',
    filters: {
      legend: 'Filtrer',
      status: 'Status',
      statusAll: 'Alle',
      statusError: 'Med feil',
      statusWarning: 'Bare advarsler',
      statusClean: 'Uten funn',
      rule: 'Regel',
      ruleAll: 'Alle regler',
      type: 'Programtype',
      typeAll: 'Alle typer',
      older: 'Vis eldre versjoner',
    },
    showing: 'Viser {shown} av {total} rapporter',
    headline: ({ counted, superseded, failed, unreadable, files }) =>
      `${plural(files, 'fil', 'filer')}: ${plural(counted, 'program-år', 'program-år')} (${plural(superseded, 'eldre versjon', 'eldre versjoner')} telles ikke), ` +
      `${plural(failed, 'rapport', 'rapporter')} med feil, ${unreadable} kunne ikke leses.`,
  },
  en: {
    errors: (n) => plural(n, 'error', 'errors'),
    warnings: (n) => plural(n, 'warning', 'warnings'),
    noFindings: 'No findings',
    noFindingsLong: 'The report has no findings.',
    olderVersion: 'Older version',
    replacedBy: (file) => `not counted; the newest is ${file}`,
    versions: (n) => `${n} versions`,
    newestCounted: 'this one (newest) is counted',
    sameOrgYear: 'Same org. no. and year',
    sameOrgYearFiles: 'Same org. no. and year',
    of: 'of',
    hidden: 'hidden',
    notComputable: 'cannot be computed',
    belowLevel: 'below 60%',
    atLevel: 'meets 60%',
    noGoals: 'no goals',
    noGoalsLong: 'The report has no goals.',
    notAssessable: (n) => `${n} cannot be assessed`,
    reachedOf: (reached, assessable) => `${reached} of ${assessable}`,
    orgNr: 'org. no.',
    details: 'Details',
    overviewHeads: [
      { title: 'Programme', sub: 'organisation, file' },
      { title: 'Year', sub: '' },
      { title: 'Status', sub: 'errors, warnings' },
      { title: 'Participants', sub: '' },
      { title: 'Work or education', sub: 'of leavers; level 60%' },
      { title: 'Relevant job', sub: 'of leavers' },
      { title: 'Goals reached', sub: 'of goals that can be assessed' },
      { title: 'Change', sub: 'work or education' },
      { title: 'Details', sub: '' },
    ],
    overviewCaption: 'Overview: one row per submitted report',
    keyFigures: 'Key figures',
    figure: 'Key figure',
    value: 'Value (numerator/denominator)',
    change: 'Change',
    theirExplanation: "The programme's explanation",
    more: (n) => `… and ${n} more (all are in the letter)`,
    goalHeads: ['Goal ID', 'Goal', 'Indicator', 'Target', 'Achieved', 'Status'],
    goalsCaption: 'Goals',
    file: 'File',
    programmeType: 'Programme type',
    comparedWith: 'Compared with',
    openLetter: 'Open the feedback letter',
    findingsHeading: 'Findings by rule',
    goalsChart: 'Goals reached',
    goalsChartOver: 'goals that can be assessed',
    over: 'of',
    hasErrors: 'has errors',
    legendClean: 'no errors',
    legendErrors: 'with errors',
    medianIs: (value) => `median ${value}`,
    levelIs: (value) => `level ${value}`,
    notComputableFor: (n) => `Cannot be computed for ${plural(n, 'report', 'reports')}:`,
    nothingToChart: 'No report could be read.',
    noRulesFail: 'No rule fails in any report.',
    showAll: (n) => `Show all ${n}`,
    inReports: (n, of) => `in ${n} of ${of} reports`,
    findingsCount: (n) => plural(n, 'finding', 'findings'),
    ruleHeads: ['Rule', 'Severity', 'How often', 'How the programme fixes it', 'Reports'],
    rulesCaption: 'Rules that fail, across the reports',
    nav: 'Parts of the page',
    sections: { overview: 'Overview', rules: 'Rules across the reports', charts: 'Key figures', unreadable: 'Files that could not be read' },
    overviewNote: 'One row per submitted report. Click a column header to sort, and "Details" for the other figures and the findings.',
    rulesNote: (of) => `Counted over ${of} reports: each programme-year once (newest version).`,
    chartsNote: 'Sorted by value. Each programme-year once (newest version). Reports whose figure cannot be computed are listed beneath the chart, never drawn as 0.',
    filters: {
      legend: 'Filter',
      status: 'Status',
      statusAll: 'All',
      statusError: 'With errors',
      statusWarning: 'Warnings only',
      statusClean: 'No findings',
      rule: 'Rule',
      ruleAll: 'All rules',
      type: 'Programme type',
      typeAll: 'All types',
      older: 'Show older versions',
    },
    showing: 'Showing {shown} of {total} reports',
    headline: ({ counted, superseded, failed, unreadable, files }) =>
      `${plural(files, 'file', 'files')}: ${plural(counted, 'programme-year', 'programme-years')} (${plural(superseded, 'older version', 'older versions')} not counted), ` +
      `${plural(failed, 'report', 'reports')} with errors, ${unreadable} could not be read.`,
  },
};
