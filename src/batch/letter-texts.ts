/**
 * The words of the feedback letters: plain, polite bokmål (or English) addressed to the
 * programme, in whole sentences a caseworker can send as they are.
 */
import type { Lang } from '../engine';

export interface LetterText {
  readonly title: (year: number | null) => string;
  readonly facts: { readonly programme: string; readonly organisation: string; readonly orgNr: string; readonly file: string };
  readonly greeting: string;
  readonly thanks: (programme: string, year: number | null) => string;
  readonly checked: (template: string) => string;
  readonly verdict: (errors: number, warnings: number) => string;
  readonly mustFix: string;
  readonly shouldCheck: string;
  readonly forInfo: string;
  readonly howToFix: string;
  readonly heads: { readonly sheet: string; readonly cell: string; readonly what: string; readonly explanation: string };
  readonly wholeSheet: string;
  readonly explainedNote: (n: number) => string;
  readonly keyFigures: string;
  readonly keyFiguresNote: string;
  readonly figureHeads: { readonly figure: string; readonly value: string };
  readonly goalsOpen: string;
  readonly goalsOpenNote: string;
  readonly goalLine: (id: string, text: string | null) => string;
  readonly unclear: (parts: string) => string;
  readonly unknownResult: string;
  readonly closing: string;
  readonly regards: string;
  readonly signature: string;
  readonly olderVersion: (newest: string) => string;
}

const errorsNb = (n: number): string => (n === 1 ? 'én feil' : `${n} feil`);
const warningsNb = (n: number): string => (n === 1 ? 'én advarsel' : `${n} advarsler`);
const errorsEn = (n: number): string => (n === 1 ? 'one error' : `${n} errors`);
const warningsEn = (n: number): string => (n === 1 ? 'one warning' : `${n} warnings`);

export const LETTER_TEXT: Readonly<Record<Lang, LetterText>> = {
  nb: {
    title: (year) => (year === null ? 'Tilbakemelding på årsrapporten' : `Tilbakemelding på årsrapporten for ${year}`),
    facts: { programme: 'Program', organisation: 'Organisasjon', orgNr: 'org.nr.', file: 'Fil' },
    greeting: 'Hei,',
    thanks: (programme, year) => `takk for årsrapporten${year === null ? '' : ` for ${year}`} for ${programme}.`,
    checked: (template) => `Vi har gått gjennom den mot IMDis indikatormal (${template}).`,
    verdict: (errors, warnings) => {
      if (errors === 0 && warnings === 0) return 'Rapporten har ingen feil og ingen advarsler. Dere trenger ikke gjøre noe mer med den.';
      if (errors === 0) return `Rapporten har ingen feil, men ${warningsNb(warnings)} som vi ber dere se på. Under står hva det gjelder, hvor i regnearket det er, og hva dere kan gjøre.`;
      const also = warnings === 0 ? '' : `, og ${warningsNb(warnings)} som vi ber dere se på`;
      return `Rapporten har ${errorsNb(errors)} som må rettes før vi kan bruke den${also}. Under står hva det gjelder, hvor i regnearket det er, og hvordan dere retter det.`;
    },
    mustFix: 'Dette må rettes',
    shouldCheck: 'Dette ber vi dere se på',
    forInfo: 'Til orientering',
    howToFix: 'Slik retter dere det:',
    heads: { sheet: 'Ark', cell: 'Celle', what: 'Hva vi fant', explanation: 'Deres forklaring' },
    wholeSheet: 'hele arket',
    explainedNote: (n) => `Dere har forklart ${n === 1 ? 'én advarsel' : `${n} advarsler`}; forklaringene står i tabellene. Takk for det.`,
    keyFigures: 'Nøkkeltall fra rapporten',
    keyFiguresNote: 'Slik regner vi ut nøkkeltallene fra rapporten slik den er nå. Andeler står med teller og nevner.',
    figureHeads: { figure: 'Nøkkeltall', value: 'Verdi (teller/nevner)' },
    goalsOpen: 'Mål som ikke kan vurderes',
    goalsOpenNote: 'Disse målene kan vi ikke vurdere slik de står i rapporten:',
    goalLine: (id, text) => `${id}${text === null ? '' : ` «${text}»`}`,
    unclear: (parts) => `mangler ${parts}.`,
    unknownResult: 'målet er tydelig, men resultatet er ukjent (tallet det bygger på kan ikke beregnes, eller «Oppnådd» er tom).',
    closing: 'Send oss gjerne en rettet versjon av rapporten. Ta kontakt hvis noe er uklart, så hjelper vi dere.',
    regards: 'Med vennlig hilsen',
    signature: '[Navn]\nIMDi',
    olderVersion: (newest) => `Merk: dette er en eldre versjon av rapporten. Vi har også fått ${newest}, som er den vi teller med.`,
  },
  en: {
    title: (year) => (year === null ? 'Feedback on the annual report' : `Feedback on the annual report for ${year}`),
    facts: { programme: 'Programme', organisation: 'Organisation', orgNr: 'org. no.', file: 'File' },
    greeting: 'Hello,',
    thanks: (programme, year) => `thank you for the annual report${year === null ? '' : ` for ${year}`} for ${programme}.`,
    checked: (template) => `We have checked it against IMDi's indicator template (${template}).`,
    verdict: (errors, warnings) => {
      if (errors === 0 && warnings === 0) return 'The report has no errors and no warnings. There is nothing more you need to do with it.';
      const one = errors + warnings === 1;
      const below = one ? 'Below is what it concerns, where it is in the workbook, and' : 'Below is what they concern, where they are in the workbook, and';
      if (errors === 0) return `The report has no errors, but ${warningsEn(warnings)} we ask you to look at. ${below} what you can do.`;
      const also = warnings === 0 ? '' : `, and ${warningsEn(warnings)} we ask you to look at`;
      return `The report has ${errorsEn(errors)} that must be corrected before we can use it${also}. ${below} how to correct ${one ? 'it' : 'them'}.`;
    },
    mustFix: 'What must be corrected',
    shouldCheck: 'What we ask you to look at',
    forInfo: 'For your information',
    howToFix: 'How to fix it:',
    heads: { sheet: 'Sheet', cell: 'Cell', what: 'What we found', explanation: 'Your explanation' },
    wholeSheet: 'whole sheet',
    explainedNote: (n) => `You have explained ${n === 1 ? 'one warning' : `${n} warnings`}; the explanations are in the tables. Thank you.`,
    keyFigures: 'Key figures from the report',
    keyFiguresNote: 'This is how we compute the key figures from the report as it stands. Rates show their numerator and denominator.',
    figureHeads: { figure: 'Key figure', value: 'Value (numerator/denominator)' },
    goalsOpen: 'Goals that cannot be assessed',
    goalsOpenNote: 'We cannot assess these goals as they stand in the report:',
    goalLine: (id, text) => `${id}${text === null ? '' : ` "${text}"`}`,
    unclear: (parts) => `lacks ${parts}.`,
    unknownResult: 'the goal is clear, but its result is unknown (the figure it rests on cannot be computed, or "Oppnådd" is empty).',
    closing: 'Please send us a corrected version of the report. Do get in touch if anything is unclear; we are happy to help.',
    regards: 'Kind regards',
    signature: '[Name]\nIMDi',
    olderVersion: (newest) => `Note: this is an older version of the report. We have also received ${newest}, which is the one we count.`,
  },
};
