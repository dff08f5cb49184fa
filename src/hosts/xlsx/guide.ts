/**
 * The `Veiledning` sheet: what each sheet and column means and the rules that matter most,
 * written for the person filling in. Sheet, column, code and requirement texts come from the
 * template definition; only the general advice is written here.
 */
import type * as ExcelJS from 'exceljs';
import {
  cellAddress,
  ColumnDef,
  DEFAULT_FOLLOW_UP_MONTHS,
  EMPLOYED_STATUSES,
  Lang,
  OTHER_INDICATOR,
  PROGRAMME_INFO,
  SHEETS,
  TEMPLATE_ID,
  TEMPLATE_VERSION,
  VERSION_CELL,
} from '../../engine';
import { CODES_SHEET, promptText } from './validations';
import { COLORS, fill } from './styles';

interface Advice {
  readonly topic: string;
  readonly text: string;
}

const quoteList = (items: readonly string[], and: string): string => {
  const quoted = items.map((item) => `«${item}»`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
};

function advice(lang: Lang): Advice[] {
  const followUpLabel = PROGRAMME_INFO.fields.find((f) => f.key === 'followUpMonths')?.header ?? '';
  if (lang === 'en') {
    return [
      { topic: 'Sheets and headers', text: 'Do not rename the sheets or the column headers. Columns may be in any order; extra columns are ignored.' },
      { topic: 'Privacy', text: "Never enter names, national identity numbers or D numbers anywhere in the workbook. Use the programme's own IDs (e.g. D01)." },
      { topic: 'Lists', text: 'Columns with fixed values have a dropdown list. Use the values exactly as listed.' },
      { topic: 'Dates', text: 'Write dates as dd.mm.yyyy.' },
      { topic: 'Shares', text: 'Targets that are shares may be written as 60 % or 0.6.' },
      {
        topic: 'Employed',
        text: `Employed means paid work, as in Statistics Norway's labour force survey: ${quoteList(EMPLOYED_STATUSES, 'and')}. Work practice or measures without wages are not employment.`,
      },
      { topic: 'Relevant job', text: "A job is relevant when it fits the participant's education, earlier work experience and job aim." },
      {
        topic: 'Follow-up',
        text: `Participants who left are followed up after the number of months in «${followUpLabel}» (default ${DEFAULT_FOLLOW_UP_MONTHS}). Fill in «Status 6 mnd etter» when the follow-up falls due by 31 December of the reporting year.`,
      },
      {
        topic: 'Goals',
        text: `Every goal needs an indicator, a numeric target and a time point. Choose «${OTHER_INDICATOR}» only when no indicator fits, and then fill in Oppnådd.`,
      },
      { topic: 'The check', text: 'A report can be accepted when it has no errors. Warnings must be fixed or explained.' },
      { topic: 'The Koder sheet', text: `The hidden sheet «${CODES_SHEET}» holds the dropdown lists. Do not change it.` },
    ];
  }
  return [
    { topic: 'Ark og overskrifter', text: 'Ikke endre navn på arkene eller kolonneoverskriftene. Kolonnene kan stå i valgfri rekkefølge, og ekstra kolonner blir ignorert.' },
    { topic: 'Personvern', text: 'Ikke skriv navn, fødselsnummer eller D-nummer noe sted i arbeidsboken. Bruk programmets egne ID-er (f.eks. D01).' },
    { topic: 'Lister', text: 'Kolonner med faste verdier har nedtrekksliste. Bruk verdiene nøyaktig slik de står i listen.' },
    { topic: 'Datoer', text: 'Skriv datoer som dd.mm.åååå.' },
    { topic: 'Andeler', text: 'Målverdier som er andeler, kan skrives som 60 % eller 0,6.' },
    {
      topic: 'I arbeid',
      text: `I arbeid betyr lønnet arbeid, som i SSBs arbeidskraftundersøkelse: ${quoteList(EMPLOYED_STATUSES, 'og')}. Praksis eller tiltak uten lønn er ikke arbeid.`,
    },
    { topic: 'Relevant jobb', text: 'En jobb er relevant når den passer deltakerens utdanning, tidligere arbeidserfaring og jobbmål.' },
    {
      topic: 'Oppfølging',
      text: `Deltakere som har sluttet, følges opp etter antall måneder i «${followUpLabel}» (standard ${DEFAULT_FOLLOW_UP_MONTHS}). Fyll ut «Status 6 mnd etter» når oppfølgingen er forfalt innen 31.12. i rapporteringsåret.`,
    },
    {
      topic: 'Mål',
      text: `Hvert mål skal ha indikator, tallfestet målverdi og måletidspunkt. Velg «${OTHER_INDICATOR}» bare når ingen indikator passer, og fyll da ut Oppnådd.`,
    },
    { topic: 'Kontrollen', text: 'Rapporten kan godkjennes når den ikke har feil. Advarsler skal rettes eller forklares.' },
    { topic: 'Arket Koder', text: `Det skjulte arket «${CODES_SHEET}» inneholder listene til nedtrekksmenyene. Ikke endre det.` },
  ];
}

const WORDS = {
  nb: {
    title: 'Veiledning: årsrapport for mentor- og traineeprogram (tilskudd fra IMDi)',
    templateId: 'Mal-ID',
    howTo: 'Slik fyller du ut malen',
    sheet: (name: string) => `Arket «${name}»`,
    optionalSheet: 'Arket er valgfritt.',
    codes: 'Gyldige verdier',
  },
  en: {
    title: 'Guide: annual report for mentor and trainee programmes (grant from IMDi)',
    templateId: 'Template ID',
    howTo: 'How to fill in the template',
    sheet: (name: string) => `The «${name}» sheet`,
    optionalSheet: 'This sheet is optional.',
    codes: 'Valid values',
  },
} as const;

function columnText(column: ColumnDef, lang: Lang): string {
  const parts = [promptText(column, lang)];
  if (column.codes !== undefined) parts.push(`${WORDS[lang].codes}: ${column.codes.join('; ')}.`);
  return parts.join(' ');
}

/** Fills the guide sheet. A2/B2 hold the version the reader looks for. */
export function writeGuideSheet(worksheet: ExcelJS.Worksheet, lang: Lang): void {
  const words = WORDS[lang];
  worksheet.columns = [{ width: 40 }, { width: 100 }];
  worksheet.getCell('A1').value = words.title;
  worksheet.getCell('A1').font = { bold: true, size: 14 };
  const label = worksheet.getCell(cellAddress(VERSION_CELL.row, VERSION_CELL.column - 1));
  label.value = VERSION_CELL.label;
  label.font = { bold: true };
  worksheet.getCell(VERSION_CELL.address).value = TEMPLATE_VERSION;
  const id = worksheet.addRow([words.templateId, TEMPLATE_ID]);
  id.getCell(1).font = { bold: true };

  const heading = (text: string): void => {
    worksheet.addRow([]);
    const row = worksheet.addRow([text]);
    row.font = { bold: true, size: 12, color: { argb: COLORS.headerText } };
    row.getCell(1).fill = fill(COLORS.header);
    row.getCell(2).fill = fill(COLORS.header);
  };
  const entry = (topic: string, text: string): void => {
    const row = worksheet.addRow([topic, text]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top', wrapText: true };
    row.getCell(2).alignment = { vertical: 'top', wrapText: true };
  };

  heading(words.howTo);
  for (const item of advice(lang)) entry(item.topic, item.text);

  for (const sheet of SHEETS) {
    heading(words.sheet(sheet.name));
    entry('', sheet.required ? sheet.description[lang] : `${sheet.description[lang]} ${words.optionalSheet}`);
    for (const column of sheet.kind === 'form' ? sheet.fields : sheet.columns) entry(column.header, columnText(column, lang));
  }
  worksheet.views = [{ state: 'frozen', ySplit: 2, xSplit: 0 }];
}
