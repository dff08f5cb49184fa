/** Sheet names and column headers of portfolio.xlsx that only the workbook needs. */
import type { Lang } from '../engine';

export interface XlsxText {
  readonly sheets: { readonly rules: string; readonly figures: string };
  readonly version: string;
  readonly counted: string;
  readonly olderOf: (file: string) => string;
  readonly versionsOf: (n: number) => string;
  readonly sameOrg: (files: string) => string;
  readonly leavers: string;
  readonly workOrEducation: string;
  readonly belowLevel: string;
  readonly relevantJob: string;
  readonly goalsReached: string;
  readonly goalsAssessable: string;
  readonly goalsAll: string;
  readonly changeWorkOrEducation: string;
  readonly rate: string;
  readonly numerator: string;
  readonly denominator: (over: string) => string;
  readonly answers: (over: string) => string;
  readonly change: string;
  readonly rule: { readonly id: string; readonly description: string; readonly reports: string; readonly of: string; readonly share: string; readonly findings: string; readonly fix: string; readonly files: string };
}

export const XLSX_TEXT: Readonly<Record<Lang, XlsxText>> = {
  nb: {
    sheets: { rules: 'Regler', figures: 'Tellere og nevnere' },
    version: 'Versjon',
    counted: 'telles',
    olderOf: (file) => `eldre versjon; nyeste er ${file}`,
    versionsOf: (n) => `telles (nyeste av ${n} versjoner)`,
    sameOrg: (files) => `samme org.nr. og år som ${files}`,
    leavers: 'Har sluttet',
    workOrEducation: 'Arbeid eller utdanning (andel av dem som har sluttet)',
    belowLevel: 'Under 60 %',
    relevantJob: 'Relevant jobb (andel av dem som har sluttet)',
    goalsReached: 'Mål nådd',
    goalsAssessable: 'Mål som kan vurderes',
    goalsAll: 'Mål i alt',
    changeWorkOrEducation: 'Endring arbeid eller utdanning',
    rate: 'Andel',
    numerator: 'Teller',
    denominator: (over) => `Nevner: ${over}`,
    answers: (over) => `Antall svar: ${over}`,
    change: 'Endring',
    rule: { id: 'Regel', description: 'Hva regelen sjekker', reports: 'Rapporter', of: 'Av', share: 'Andel av rapportene', findings: 'Funn', fix: 'Slik retter programmet det', files: 'Filer' },
  },
  en: {
    sheets: { rules: 'Rules', figures: 'Numerators' },
    version: 'Version',
    counted: 'counted',
    olderOf: (file) => `older version; the newest is ${file}`,
    versionsOf: (n) => `counted (newest of ${n} versions)`,
    sameOrg: (files) => `same org. no. and year as ${files}`,
    leavers: 'Leavers',
    workOrEducation: 'Work or education (rate of leavers)',
    belowLevel: 'Below 60%',
    relevantJob: 'Relevant job (rate of leavers)',
    goalsReached: 'Goals reached',
    goalsAssessable: 'Goals that can be assessed',
    goalsAll: 'Goals in all',
    changeWorkOrEducation: 'Change in work or education',
    rate: 'Rate',
    numerator: 'Numerator',
    denominator: (over) => `Denominator: ${over}`,
    answers: (over) => `Answers: ${over}`,
    change: 'Change',
    rule: { id: 'Rule', description: 'What the rule checks', reports: 'Reports', of: 'Of', share: 'Share of reports', findings: 'Findings', fix: 'How the programme fixes it', files: 'Files' },
  },
};
