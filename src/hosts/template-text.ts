/**
 * The words of the template that every host writes the same way: the input prompt of each
 * column (what it means, whether it is required) and the content of the `Veiledning` sheet.
 * The ExcelJS template writer and the Excel add-in's "Sett inn mal" both use this, so a
 * template inserted in Excel reads exactly like the downloaded one. Host-neutral: no ExcelJS,
 * no Office.js.
 */
import {
  ColumnDef,
  CONDITIONS,
  DEFAULT_FOLLOW_UP_MONTHS,
  EMPLOYED_STATUSES,
  Lang,
  OTHER_INDICATOR,
  PROGRAMME_INFO,
  Requirement,
  SHEETS,
  TEMPLATE_ID,
  TEMPLATE_VERSION,
  texts,
  Texts,
  VERSION_CELL,
} from '../engine';


/** "Påkrevd.", "Valgfritt." or "Påkrevd når …". */
export function requirementText(required: Requirement, lang: Lang): string {
  if (required === 'yes') return lang === 'nb' ? 'Påkrevd.' : 'Required.';
  if (required === 'no') return lang === 'nb' ? 'Valgfritt.' : 'Optional.';
  return `${lang === 'nb' ? 'Påkrevd' : 'Required'} ${CONDITIONS[required.when].text[lang]}.`;
}

/**
 * What the column means and whether it is required: the prompt shown when a cell is selected,
 * and the explanation in Programinfo and Veiledning. Optional is only said when the column's
 * own prompt does not already say so.
 */
export function promptText(column: ColumnDef, lang: Lang): string {
  const own = column.prompt[lang];
  // Målverdi and Oppnådd hold shares and counts in one column, so they are not formatted as
  // percent (a count of 25 would show as 2500 %); the prompt says how to write each instead.
  const text = column.type === 'goalValue' && !own.includes('%') ? `${own} ${GOAL_VALUE_HINT[lang]}` : own;
  if (column.required === 'no' && /valgfri|optional/i.test(own)) return text;
  return `${text} ${requirementText(column.required, lang)}`;
}

const GOAL_VALUE_HINT: Readonly<Record<Lang, string>> = {
  nb: 'Andeler som 60 % eller 0,6, antall og snitt som tall.',
  en: 'Shares as 60 % or 0.6, counts and means as numbers.',
};

// ---------------------------------------------------------------- the guide sheet

interface Advice {
  readonly topic: string;
  readonly text: string;
}

const quoteList = (items: readonly string[], and: string): string => {
  const quoted = items.map((item) => `«${item}»`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
};


/** The guide's advice as one table: each topic once, its Norwegian and English words side by side. */
function adviceTable(codesSheet: string, followUpLabel: string): readonly { readonly topic: Texts; readonly text: Texts }[] {
  const employed = (and: string): string => quoteList(EMPLOYED_STATUSES, and);
  return [
    {
      topic: texts('Ark og overskrifter', 'Sheets and headers'),
      text: texts(
        'Ikke endre navn på arkene eller kolonneoverskriftene. Kolonnene kan stå i valgfri rekkefølge, og ekstra kolonner blir ignorert.',
        'Do not rename the sheets or the column headers. Columns may be in any order; extra columns are ignored.',
      ),
    },
    {
      topic: texts('Personvern', 'Privacy'),
      text: texts(
        'Ikke skriv navn, fødselsnummer eller D-nummer noe sted i arbeidsboken. Bruk programmets egne ID-er (f.eks. D01).',
        "Never enter names, national identity numbers or D numbers anywhere in the workbook. Use the programme's own IDs (e.g. D01).",
      ),
    },
    {
      topic: texts('Lister', 'Lists'),
      text: texts(
        'Kolonner med faste verdier har nedtrekksliste. Bruk verdiene nøyaktig slik de står i listen.',
        'Columns with fixed values have a dropdown list. Use the values exactly as listed.',
      ),
    },
    { topic: texts('Datoer', 'Dates'), text: texts('Skriv datoer som dd.mm.åååå.', 'Write dates as dd.mm.yyyy.') },
    {
      topic: texts('Andeler', 'Shares'),
      text: texts('Målverdier som er andeler, kan skrives som 60 % eller 0,6.', 'Targets that are shares may be written as 60 % or 0.6.'),
    },
    {
      topic: texts('I arbeid', 'Employed'),
      text: texts(
        `I arbeid betyr lønnet arbeid, som i SSBs arbeidskraftundersøkelse: ${employed('og')}. Praksis eller tiltak uten lønn er ikke arbeid.`,
        `Employed means paid work, as in Statistics Norway's labour force survey: ${employed('and')}. Work practice or measures without wages are not employment.`,
      ),
    },
    {
      topic: texts('Relevant jobb', 'Relevant job'),
      text: texts(
        'En jobb er relevant når den passer deltakerens utdanning, tidligere arbeidserfaring og jobbmål.',
        "A job is relevant when it fits the participant's education, earlier work experience and job aim.",
      ),
    },
    {
      topic: texts('Oppfølging', 'Follow-up'),
      text: texts(
        `Deltakere som har sluttet, følges opp etter antall måneder i «${followUpLabel}» (standard ${DEFAULT_FOLLOW_UP_MONTHS}). Fyll ut «Status 6 mnd etter» når oppfølgingen er forfalt innen 31.12. i rapporteringsåret.`,
        `Participants who left are followed up after the number of months in «${followUpLabel}» (default ${DEFAULT_FOLLOW_UP_MONTHS}). Fill in «Status 6 mnd etter» when the follow-up falls due by 31 December of the reporting year.`,
      ),
    },
    {
      topic: texts('Mål', 'Goals'),
      text: texts(
        `Hvert mål skal ha indikator, tallfestet målverdi og måletidspunkt. Velg «${OTHER_INDICATOR}» bare når ingen indikator passer, og fyll da ut Oppnådd.`,
        `Every goal needs an indicator, a numeric target and a time point. Choose «${OTHER_INDICATOR}» only when no indicator fits, and then fill in Oppnådd.`,
      ),
    },
    {
      topic: texts('Kontrollen', 'The check'),
      text: texts(
        'Rapporten kan godkjennes når den ikke har feil. Advarsler skal rettes eller forklares.',
        'A report can be accepted when it has no errors. Warnings must be fixed or explained.',
      ),
    },
    {
      topic: texts(`Arket ${codesSheet}`, `The ${codesSheet} sheet`),
      text: texts(
        `Det skjulte arket «${codesSheet}» inneholder listene til nedtrekksmenyene. Ikke endre det.`,
        `The hidden sheet «${codesSheet}» holds the dropdown lists. Do not change it.`,
      ),
    },
  ];
}

function advice(lang: Lang, codesSheet: string): Advice[] {
  const followUpLabel = PROGRAMME_INFO.fields.find((f) => f.key === 'followUpMonths')?.header ?? '';
  return adviceTable(codesSheet, followUpLabel).map(({ topic, text }) => ({ topic: topic[lang], text: text[lang] }));
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

export type GuideRowKind = 'title' | 'version' | 'templateId' | 'blank' | 'heading' | 'entry';

/** One row of the guide: column A and column B. */
export interface GuideRow {
  readonly kind: GuideRowKind;
  readonly cells: readonly [string, string];
}

/**
 * The guide from row 1: title, then the version label and version in A2/B2 (where the reader
 * looks), the template ID, general advice, and every sheet and column of the definition.
 * `codesSheet` is the hidden sheet holding the dropdown lists in this host.
 */
export function guideRows(lang: Lang, codesSheet: string): GuideRow[] {
  const words = WORDS[lang];
  const rows: GuideRow[] = [
    { kind: 'title', cells: [words.title, ''] },
    { kind: 'version', cells: [VERSION_CELL.label, TEMPLATE_VERSION] },
    { kind: 'templateId', cells: [words.templateId, TEMPLATE_ID] },
  ];
  const heading = (text: string): void => {
    rows.push({ kind: 'blank', cells: ['', ''] }, { kind: 'heading', cells: [text, ''] });
  };
  const entry = (topic: string, text: string): void => {
    rows.push({ kind: 'entry', cells: [topic, text] });
  };
  heading(words.howTo);
  for (const item of advice(lang, codesSheet)) entry(item.topic, item.text);
  for (const sheet of SHEETS) {
    heading(words.sheet(sheet.name));
    entry('', sheet.required ? sheet.description[lang] : `${sheet.description[lang]} ${words.optionalSheet}`);
    for (const column of sheet.kind === 'form' ? sheet.fields : sheet.columns) entry(column.header, columnText(column, lang));
  }
  return rows;
}
