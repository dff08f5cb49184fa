/**
 * The words the reporters put around findings and figures, per language. Whole phrases with
 * named parts, so a translator never has to glue fragments together.
 */
import type { Lang } from '../engine';

export interface ReportText {
  readonly of: string;
  readonly cannotCompute: string;
  readonly missingValue: string;
  readonly explained: string;
  readonly explanation: string;
  /** "12 problemer", with the right plural. */
  problems(n: number): string;
  errors(n: number): string;
  warnings(n: number): string;
  infos(n: number): string;
  explainedCount(n: number): string;
  readonly noErrors: string;
  readonly noFindings: string;
  files(n: number): string;
  readonly byRule: string;
  readonly wholeSheet: string;
  readonly noSheet: string;
  // HTML page
  readonly pageTitle: string;
  readonly generatedBy: string;
  readonly passed: string;
  readonly failed: string;
  readonly template: string;
  readonly programme: string;
  readonly organisation: string;
  readonly reportingYear: string;
  readonly counts: string;
  readonly severity: string;
  readonly number: string;
  readonly findings: string;
  findingsIn(sheet: string): string;
  readonly cell: string;
  readonly message: string;
  readonly rule: string;
  readonly summaryTitle: string;
  /** The advice column of the rule summary, and the link to the rule's page. */
  readonly howToFix: string;
  readonly ruleDoc: string;
  readonly concerned: string;
  readonly keyFigures: string;
  readonly keyFigure: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly value: string;
  readonly basis: string;
  readonly goals: string;
  readonly goalId: string;
  readonly goal: string;
  readonly indicator: string;
  readonly target: string;
  readonly achieved: string;
  readonly attainment: string;
  readonly status: string;
  readonly noGoals: string;
  readonly unreadable: string;
  readonly file: string;
  readonly reason: string;
  readonly contents: string;
  readonly explainedWarnings: string;
  readonly severityLabels: Readonly<Record<'error' | 'warning' | 'info', string>>;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const REPORT_TEXT: Readonly<Record<Lang, ReportText>> = {
  nb: {
    of: 'av',
    cannotCompute: 'kan ikke beregnes',
    missingValue: '–',
    explained: 'forklart',
    explanation: 'Forklaring',
    problems: (n) => plural(n, 'problem', 'problemer'),
    errors: (n) => `${n} feil`,
    warnings: (n) => plural(n, 'advarsel', 'advarsler'),
    infos: (n) => plural(n, 'merknad', 'merknader'),
    explainedCount: (n) => `${n} forklart`,
    noErrors: 'ingen feil',
    noFindings: 'Ingen funn.',
    files: (n) => plural(n, 'fil', 'filer'),
    byRule: 'Per regel',
    wholeSheet: '(hele arket)',
    noSheet: '(arbeidsboken)',
    pageTitle: 'Rapportsjekk',
    generatedBy: 'Laget av Rapportsjekk mot IMDi-malen',
    passed: 'Ingen feil: rapporten kan tas imot.',
    failed: 'Rapporten har feil som må rettes før den kan tas imot.',
    template: 'Mal',
    programme: 'Program',
    organisation: 'Organisasjon',
    reportingYear: 'Rapporteringsår',
    counts: 'Antall funn',
    severity: 'Alvorlighet',
    number: 'Antall',
    findings: 'Funn',
    findingsIn: (sheet) => `Funn i ${sheet}`,
    cell: 'Celle',
    message: 'Melding',
    rule: 'Regel',
    summaryTitle: 'Oppsummert per regel',
    howToFix: 'Slik retter du',
    ruleDoc: 'Mer om regelen',
    concerned: 'Omfang',
    keyFigures: 'Nøkkeltall',
    keyFigure: 'Nøkkeltall',
    numerator: 'Teller',
    denominator: 'Nevner',
    value: 'Verdi',
    basis: 'Nevneren er',
    goals: 'Mål',
    goalId: 'MålID',
    goal: 'Mål',
    indicator: 'Indikator',
    target: 'Målverdi',
    achieved: 'Oppnådd',
    attainment: 'Måloppnåelse',
    status: 'Status',
    noGoals: 'Ingen mål er registrert.',
    unreadable: 'Filer som ikke kunne leses',
    file: 'Fil',
    reason: 'Årsak',
    contents: 'Innhold',
    explainedWarnings: 'Forklarte advarsler',
    severityLabels: { error: 'Feil', warning: 'Advarsler', info: 'Merknader' },
  },
  en: {
    of: 'of',
    cannotCompute: 'cannot be computed',
    missingValue: '–',
    explained: 'explained',
    explanation: 'Explanation',
    problems: (n) => plural(n, 'problem', 'problems'),
    errors: (n) => plural(n, 'error', 'errors'),
    warnings: (n) => plural(n, 'warning', 'warnings'),
    infos: (n) => plural(n, 'note', 'notes'),
    explainedCount: (n) => `${n} explained`,
    noErrors: 'no errors',
    noFindings: 'No findings.',
    files: (n) => plural(n, 'file', 'files'),
    byRule: 'By rule',
    wholeSheet: '(whole sheet)',
    noSheet: '(workbook)',
    pageTitle: 'Rapportsjekk',
    generatedBy: 'Made by Rapportsjekk against the IMDi template',
    passed: 'No errors: the report can be accepted.',
    failed: 'The report has errors that must be fixed before it can be accepted.',
    template: 'Template',
    programme: 'Programme',
    organisation: 'Organisation',
    reportingYear: 'Reporting year',
    counts: 'Findings',
    severity: 'Severity',
    number: 'Number',
    findings: 'Findings',
    findingsIn: (sheet) => `Findings in ${sheet}`,
    cell: 'Cell',
    message: 'Message',
    rule: 'Rule',
    summaryTitle: 'Summary by rule',
    howToFix: 'How to fix',
    ruleDoc: 'More about the rule',
    concerned: 'Extent',
    keyFigures: 'Key figures',
    keyFigure: 'Key figure',
    numerator: 'Numerator',
    denominator: 'Denominator',
    value: 'Value',
    basis: 'The denominator is',
    goals: 'Goals',
    goalId: 'Goal ID',
    goal: 'Goal',
    indicator: 'Indicator',
    target: 'Target',
    achieved: 'Achieved',
    attainment: 'Attainment',
    status: 'Status',
    noGoals: 'No goals are registered.',
    unreadable: 'Files that could not be read',
    file: 'File',
    reason: 'Reason',
    contents: 'Contents',
    explainedWarnings: 'Explained warnings',
    severityLabels: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  },
};
