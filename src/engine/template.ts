/**
 * The IMDi indicator template `imdi-mentor-trainee` 2026.1 as data.
 * This one definition drives the reader, the rules, the generated template workbook and the
 * rule docs: nothing about a sheet or column is written anywhere else.
 */
import { texts, Texts } from './side-by-side';

export const TEMPLATE_ID = 'imdi-mentor-trainee';
export const TEMPLATE_VERSION = '2026.1';

export type ValueType =
  | 'text' // free text; numbers and dates are accepted and kept as text
  | 'integer'
  | 'number'
  | 'date'
  | 'code' // one of `codes`
  | 'email'
  | 'orgnr'
  | 'timepoint' // text or date (Måletidspunkt)
  | 'goalValue'; // number whose meaning (share, count, mean) depends on the goal's indicator

/** A range bound: a number, or a value that depends on the report (see reader). */
export type Bound = number | { readonly ref: 'reportingYear' | 'currentYear' | 'age'; readonly offset?: number };

/**
 * Conditions under which a value becomes required. Each has its own rule (see the contract's
 * reading rules), so `value-required` only covers `yes`.
 */
export type Condition =
  | 'mentorProgramme'
  | 'leaver'
  | 'mentorSet'
  | 'employedAtEnd'
  | 'followUpDue'
  | 'employedAtFollowUp'
  | 'goalClarity'
  | 'otherGoal';

export type Requirement = 'yes' | 'no' | { readonly when: Condition };

export type { Texts };

export interface ColumnDef {
  readonly key: string;
  readonly header: string;
  readonly type: ValueType;
  readonly required: Requirement;
  readonly codes?: readonly string[];
  readonly min?: Bound;
  /** `min` is exclusive (e.g. grant > 0). */
  readonly minExclusive?: boolean;
  readonly max?: Bound;
  readonly unique?: boolean;
  /** Explains the column to the person filling in (input prompt and docs). */
  readonly prompt: Texts;
  /** Column width in the generated workbook, in characters. */
  readonly width: number;
}

export interface TableSheetDef {
  readonly kind: 'table';
  readonly name: string;
  readonly required: boolean;
  readonly columns: readonly ColumnDef[];
  readonly description: Texts;
}

export interface FormSheetDef {
  readonly kind: 'form';
  readonly name: string;
  readonly required: boolean;
  /** On a form sheet, `header` is the label in column A and the value is in column B. */
  readonly fields: readonly ColumnDef[];
  readonly description: Texts;
}

export type SheetDef = TableSheetDef | FormSheetDef;

// ---------------------------------------------------------------- code lists

export const PROGRAMME_TYPES = ['Mentorprogram', 'Traineeprogram', 'Mentor- og traineeprogram'] as const;
export const MENTOR_PROGRAMME_TYPES: readonly string[] = ['Mentorprogram', 'Mentor- og traineeprogram'];
export const GENDERS = ['Kvinne', 'Mann', 'Annet/vil ikke oppgi'] as const;
export const IMMIGRANT_CATEGORIES = ['Innvandrer', 'Norskfødt med innvandrerforeldre', 'Ingen innvandrerbakgrunn'] as const;
export const NO_IMMIGRANT_BACKGROUND = 'Ingen innvandrerbakgrunn';
export const COUNTRY_GROUPS = ['Landgruppe 1', 'Landgruppe 2', 'Ukjent'] as const;
export const EDUCATION_LEVELS = [
  'Grunnskole',
  'Videregående',
  'Fagskole',
  'Høyere utdanning, kort',
  'Høyere utdanning, lang',
  'Ukjent',
] as const;
export const EDUCATION_ORIGINS = ['Norge', 'Utlandet', 'Begge', 'Ukjent'] as const;
export const STATUS_AT_START = ['Arbeidsledig', 'I arbeid', 'Under utdanning', 'Utenfor arbeidsstyrken', 'Ukjent'] as const;
/** Answer codes the key figures and rules test for, named once (metrics.ts has no code literals). */
export const YES = 'Ja';
export const NO = 'Nei';
export const PARTLY = 'Delvis';
export const ONGOING = 'Pågår';
export const UNKNOWN = 'Ukjent';
export const COMPLETION = [YES, NO, ONGOING] as const;
/** Employed follows SSB's labour force survey: paid work only. */
export const EMPLOYED_STATUSES: readonly string[] = [
  'Fast ansatt',
  'Midlertidig ansatt',
  'Selvstendig næringsdrivende',
  'Traineestilling med lønn',
];
export const EDUCATION_STATUS = 'Utdanning';
export const STATUS_CODES = [
  ...EMPLOYED_STATUSES,
  'Praksis eller tiltak uten lønn',
  EDUCATION_STATUS,
  'Arbeidssøker',
  'Utenfor arbeidsstyrken',
  'Ukjent',
] as const;
export const NOT_FOLLOWED_UP = 'Ikke fulgt opp';
export const FOLLOW_UP_CODES = [...STATUS_CODES, NOT_FOLLOWED_UP] as const;
/** Relevance answered (a relevance rate's denominator): everything but Ukjent. */
export const KNOWN_RELEVANCE = [YES, PARTLY, NO] as const;
export const RELEVANCE = [...KNOWN_RELEVANCE, UNKNOWN] as const;
export const ATTRIBUTION = [YES, NO, 'Usikker'] as const;
export const SECTORS = ['Offentlig', 'Privat', 'Ideell'] as const;
export const MATCH = [YES, PARTLY, NO] as const;
export const YES_NO = [YES, NO] as const;
export const ACTIVITY_TYPES = [
  'Fellessamling',
  'Opplæring av mentorer',
  'Opplæring av deltakere',
  'Nettverksmøte',
  'Annet',
] as const;
export const GATHERING = 'Fellessamling';

// ---------------------------------------------------------------- goal indicators

export type IndicatorKind = 'share' | 'count' | 'mean' | 'number';

export interface IndicatorDef {
  readonly code: string;
  /** The metric the achievement is computed from; null for `Annet` (uses Oppnådd). */
  readonly metric: MetricKey | null;
  readonly kind: IndicatorKind;
}

export const OTHER_INDICATOR = 'Annet';

export const INDICATORS: readonly IndicatorDef[] = [
  { code: 'Andel i arbeid eller utdanning ved programslutt', metric: 'workOrEducationRateAtEnd', kind: 'share' },
  { code: 'Andel i arbeid ved programslutt', metric: 'employmentRateAtEnd', kind: 'share' },
  { code: 'Andel i relevant arbeid ved programslutt', metric: 'relevantEmploymentRateAtEnd', kind: 'share' },
  { code: 'Andel i arbeid 6 måneder etter programslutt', metric: 'employmentRateFollowUp', kind: 'share' },
  { code: 'Andel som fullførte programmet', metric: 'completionRate', kind: 'share' },
  { code: 'Antall deltakere', metric: 'participants', kind: 'count' },
  { code: 'Antall i jobb som følge av programmet', metric: 'jobsAttributedToProgramme', kind: 'count' },
  { code: 'Andel mentorpar som nådde møtemålet', metric: 'pairsMeetingTargetRate', kind: 'share' },
  { code: 'Deltakernes egenvurdering (snitt 1–5)', metric: 'selfAssessmentMean', kind: 'mean' },
  { code: OTHER_INDICATOR, metric: null, kind: 'number' },
];

// ---------------------------------------------------------------- metrics

export const METRIC_KEYS = [
  'participants',
  'completed',
  'droppedOut',
  'ongoing',
  'leavers',
  'completionRate',
  'employedAtEnd',
  'employmentRateAtEnd',
  'workOrEducationRateAtEnd',
  'relevantEmploymentRateAtEnd',
  'jobRelevanceCoverage',
  'jobsAttributedToProgramme',
  'followUpDue',
  'followUpCoverage',
  'employmentRateFollowUp',
  'mentorPairs',
  'meanMeetingsPerPair',
  'pairsMeetingTargetRate',
  'mentors',
  'mentorTrainingRate',
  'professionalMatchRate',
  'selfAssessmentMean',
  'gatherings',
  'grantPerParticipant',
  'grantPerWorkOrEducation',
  'goals',
  'goalsClear',
  'goalsReached',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

// ---------------------------------------------------------------- sheets

const t = texts;

export const GUIDE_SHEET = 'Veiledning';
/** Where the template version is written in the guide sheet. */
export const VERSION_CELL = { address: 'B2', label: 'Malversjon', row: 1, column: 1 } as const;

export const PROGRAMME_INFO = {
  kind: 'form',
  name: 'Programinfo',
  required: true,
  description: t('Opplysninger om programmet og rapporteringsåret.', 'Facts about the programme and the reporting year.'),
  fields: [
    { key: 'orgName', header: 'Organisasjon', type: 'text', required: 'yes', width: 40,
      prompt: t('Navnet på organisasjonen som mottar tilskuddet.', 'Name of the organisation receiving the grant.') },
    { key: 'orgNumber', header: 'Organisasjonsnummer', type: 'orgnr', required: 'yes', width: 40,
      prompt: t('Ni siffer fra Enhetsregisteret.', 'Nine digits from the Central Coordinating Register.') },
    { key: 'programName', header: 'Programnavn', type: 'text', required: 'yes', width: 40,
      prompt: t('Navnet på programmet.', 'Name of the programme.') },
    { key: 'programType', header: 'Programtype', type: 'code', codes: PROGRAMME_TYPES, required: 'yes', width: 40,
      prompt: t('Velg programtype fra listen.', 'Choose the programme type from the list.') },
    { key: 'reportingYear', header: 'Rapporteringsår', type: 'integer', required: 'yes', min: 2015, max: { ref: 'currentYear' }, width: 40,
      prompt: t('Året rapporten gjelder, f.eks. 2025.', 'The year the report covers, e.g. 2025.') },
    { key: 'grantAmount', header: 'Tilskudd fra IMDi (kr)', type: 'number', required: 'yes', min: 0, minExclusive: true, width: 40,
      prompt: t('Tilskuddsbeløpet fra IMDi for året, i kroner.', 'The grant from IMDi for the year, in NOK.') },
    { key: 'programStart', header: 'Programstart', type: 'date', required: 'yes', width: 40,
      prompt: t('Dato programmet (eller kullet) startet, dd.mm.åååå.', 'Date the programme (or cohort) started, dd.mm.yyyy.') },
    { key: 'programEnd', header: 'Programslutt', type: 'date', required: 'yes', width: 40,
      prompt: t('Dato programmet (eller kullet) sluttet, dd.mm.åååå.', 'Date the programme (or cohort) ended, dd.mm.yyyy.') },
    { key: 'contactName', header: 'Kontaktperson', type: 'text', required: 'yes', width: 40,
      prompt: t('Hvem IMDi kan kontakte om rapporten.', 'Whom IMDi can contact about the report.') },
    { key: 'contactEmail', header: 'E-post', type: 'email', required: 'yes', width: 40,
      prompt: t('E-postadressen til kontaktpersonen.', "The contact person's e-mail address.") },
    { key: 'minMeetings', header: 'Forventet antall mentormøter per par', type: 'integer', required: { when: 'mentorProgramme' }, min: 1, width: 40,
      prompt: t('Hvor mange møter hvert mentorpar forventes å ha i løpet av programmet.', 'How many meetings each mentor pair is expected to hold during the programme.') },
    { key: 'followUpMonths', header: 'Oppfølging etter programslutt (måneder)', type: 'integer', required: 'no', min: 1, max: 24, width: 40,
      prompt: t('Hvor mange måneder etter sluttdato dere følger opp deltakerne (standard 6).', 'How many months after the end date you follow up participants (default 6).') },
  ],
} as const satisfies FormSheetDef;

export const DEFAULT_FOLLOW_UP_MONTHS = 6;

export const GOALS = {
  kind: 'table',
  name: 'Mål',
  required: true,
  description: t('Programmets egne mål, ett mål per rad.', "The programme's own goals, one goal per row."),
  columns: [
    { key: 'goalId', header: 'MålID', type: 'text', required: 'yes', unique: true, width: 10,
      prompt: t('En kort, unik ID for målet, f.eks. M1.', 'A short, unique ID for the goal, e.g. M1.') },
    { key: 'goalText', header: 'Mål', type: 'text', required: 'yes', width: 50,
      prompt: t('Målet slik programmet har formulert det.', 'The goal as the programme wrote it.') },
    { key: 'indicator', header: 'Indikator', type: 'code', codes: INDICATORS.map((i) => i.code), required: { when: 'goalClarity' }, width: 45,
      prompt: t('Hvordan målet måles. Velg «Annet» bare om ingen passer.', 'How the goal is measured. Choose «Annet» only if none fits.') },
    { key: 'target', header: 'Målverdi', type: 'goalValue', required: { when: 'goalClarity' }, width: 12,
      prompt: t('Tallet dere vil nå. Andeler som 60 % eller 0,6.', 'The number you aim for. Shares as 60 % or 0.6.') },
    { key: 'timepoint', header: 'Måletidspunkt', type: 'timepoint', required: { when: 'goalClarity' }, width: 28,
      prompt: t('Når målet måles, f.eks. «Ved programslutt».', 'When the goal is measured, e.g. «Ved programslutt».') },
    { key: 'achieved', header: 'Oppnådd', type: 'goalValue', required: { when: 'otherGoal' }, width: 12,
      prompt: t('Resultatet dere har oppnådd. Må fylles ut for «Annet».', 'The result you achieved. Required for «Annet».') },
    { key: 'comment', header: 'Kommentar', type: 'text', required: 'no', width: 40,
      prompt: t('Valgfri kommentar.', 'Optional comment.') },
  ],
} as const satisfies TableSheetDef;

export const PARTICIPANTS = {
  kind: 'table',
  name: 'Deltakere',
  required: true,
  description: t(
    'Én rad per deltaker. Ikke skriv navn eller fødselsnummer.',
    'One row per participant. Do not enter names or national identity numbers.',
  ),
  columns: [
    { key: 'participantId', header: 'DeltakerID', type: 'text', required: 'yes', unique: true, width: 12,
      prompt: t('Programmets egen ID for deltakeren. Aldri navn eller fødselsnummer.', "The programme's own ID for the participant. Never a name or national ID.") },
    { key: 'gender', header: 'Kjønn', type: 'code', codes: GENDERS, required: 'yes', width: 20,
      prompt: t('Velg fra listen.', 'Choose from the list.') },
    { key: 'birthYear', header: 'Fødselsår', type: 'integer', required: 'yes', min: 1940, max: { ref: 'reportingYear', offset: -15 }, width: 10,
      prompt: t('Fire siffer, f.eks. 1988.', 'Four digits, e.g. 1988.') },
    { key: 'immigrantCategory', header: 'Innvandrerkategori', type: 'code', codes: IMMIGRANT_CATEGORIES, required: 'yes', width: 30,
      prompt: t('SSBs kategorier. Målgruppen er personer med innvandrerbakgrunn.', "SSB's categories. The target group is people with immigrant background.") },
    { key: 'countryGroup', header: 'Landgruppe', type: 'code', codes: COUNTRY_GROUPS, required: 'no', width: 14,
      prompt: t('SSBs landgrupper (valgfritt).', "SSB's country groups (optional).") },
    { key: 'yearsInNorway', header: 'Botid (år)', type: 'number', required: 'no', min: 0, max: { ref: 'age' }, width: 10,
      prompt: t('Antall år bosatt i Norge (valgfritt).', 'Years resident in Norway (optional).') },
    { key: 'educationLevel', header: 'Utdanningsnivå', type: 'code', codes: EDUCATION_LEVELS, required: 'yes', width: 24,
      prompt: t('Høyeste fullførte utdanning.', 'Highest completed education.') },
    { key: 'educationOrigin', header: 'Utdanning fra', type: 'code', codes: EDUCATION_ORIGINS, required: 'no', width: 14,
      prompt: t('Hvor utdanningen er tatt (valgfritt).', 'Where the education was taken (optional).') },
    { key: 'statusAtStart', header: 'Status ved oppstart', type: 'code', codes: STATUS_AT_START, required: 'yes', width: 22,
      prompt: t('Situasjonen da deltakeren startet.', 'The situation when the participant started.') },
    { key: 'startDate', header: 'Startdato', type: 'date', required: 'yes', width: 12,
      prompt: t('Dato deltakeren startet, dd.mm.åååå.', 'Date the participant started, dd.mm.yyyy.') },
    { key: 'endDate', header: 'Sluttdato', type: 'date', required: { when: 'leaver' }, width: 12,
      prompt: t('Dato deltakeren sluttet. Tom mens deltakeren er med.', 'Date the participant left. Empty while ongoing.') },
    { key: 'completed', header: 'Fullført', type: 'code', codes: COMPLETION, required: 'yes', width: 10,
      prompt: t('Ja, Nei (avbrutt) eller Pågår.', 'Ja (completed), Nei (dropped out) or Pågår (ongoing).') },
    { key: 'mentorId', header: 'MentorID', type: 'text', required: { when: 'mentorProgramme' }, width: 12,
      prompt: t('ID-en til mentoren i arket Mentorer.', "The mentor's ID from the Mentorer sheet.") },
    { key: 'meetings', header: 'Antall mentormøter', type: 'integer', required: { when: 'mentorSet' }, min: 0, max: 200, width: 12,
      prompt: t('Hvor mange ganger mentorparet har møttes.', 'How many times the mentor pair has met.') },
    { key: 'gatheringsAttended', header: 'Fellessamlinger', type: 'integer', required: 'no', min: 0, width: 12,
      prompt: t('Antall fellessamlinger deltakeren var med på (valgfritt).', 'Joint gatherings the participant attended (optional).') },
    { key: 'statusAtEnd', header: 'Status ved programslutt', type: 'code', codes: STATUS_CODES, required: { when: 'leaver' }, width: 28,
      prompt: t('Situasjonen da deltakeren sluttet. Praksis uten lønn er ikke arbeid.', 'The situation when the participant left. Unpaid work practice is not employment.') },
    { key: 'employmentShare', header: 'Stillingsprosent', type: 'number', required: { when: 'employedAtEnd' }, min: 1, max: 100, width: 12,
      prompt: t('Stillingsprosent i jobben, 1–100 (skriv 80, ikke 0,8).', 'Percentage of full time in the job, 1–100 (write 80, not 0.8).') },
    { key: 'relevantJob', header: 'Relevant jobb', type: 'code', codes: RELEVANCE, required: { when: 'employedAtEnd' }, width: 12,
      prompt: t('Er jobben relevant for deltakerens utdanning, erfaring og jobbmål?', "Is the job relevant to the participant's education, experience and job aim?") },
    { key: 'attributedToProgramme', header: 'Jobb som følge av programmet', type: 'code', codes: ATTRIBUTION, required: { when: 'employedAtEnd' }, width: 14,
      prompt: t('Fikk deltakeren jobben som følge av programmet?', 'Did the participant get the job as a result of the programme?') },
    { key: 'selfAssessment', header: 'Egenvurdering (1–5)', type: 'integer', required: 'no', min: 1, max: 5, width: 12,
      prompt: t('Deltakerens egen vurdering av måloppnåelse og framgang, 1–5.', "The participant's own assessment of progress, 1–5.") },
    { key: 'statusFollowUp', header: 'Status 6 mnd etter', type: 'code', codes: FOLLOW_UP_CODES, required: { when: 'followUpDue' }, width: 28,
      prompt: t('Situasjonen ved oppfølging etter programslutt, eller «Ikke fulgt opp».', 'The situation at follow-up after the end, or «Ikke fulgt opp».') },
    { key: 'relevantJobFollowUp', header: 'Relevant jobb 6 mnd etter', type: 'code', codes: RELEVANCE, required: { when: 'employedAtFollowUp' }, width: 14,
      prompt: t('Er jobben ved oppfølging relevant for deltakeren?', 'Is the job at follow-up relevant to the participant?') },
    { key: 'comment', header: 'Kommentar', type: 'text', required: 'no', width: 30,
      prompt: t('Valgfri kommentar. Ikke skriv personopplysninger.', 'Optional comment. Do not enter personal data.') },
  ],
} as const satisfies TableSheetDef;

export const MENTORS = {
  kind: 'table',
  name: 'Mentorer',
  required: true,
  description: t('Én rad per mentor.', 'One row per mentor.'),
  columns: [
    { key: 'mentorId', header: 'MentorID', type: 'text', required: 'yes', unique: true, width: 12,
      prompt: t('Programmets egen ID for mentoren.', "The programme's own ID for the mentor.") },
    { key: 'sector', header: 'Sektor', type: 'code', codes: SECTORS, required: 'yes', width: 12,
      prompt: t('Sektoren mentoren arbeider i.', 'The sector the mentor works in.') },
    { key: 'fieldMatch', header: 'Fagfelt samsvarer', type: 'code', codes: MATCH, required: 'yes', width: 14,
      prompt: t('Samsvarer mentorens fagfelt med menteens?', "Does the mentor's field match the mentee's?") },
    { key: 'trained', header: 'Opplæring gjennomført', type: 'code', codes: YES_NO, required: 'yes', width: 14,
      prompt: t('Fikk mentoren opplæring før oppstart?', 'Was the mentor trained before the start?') },
    { key: 'menteeCount', header: 'Antall mentees', type: 'integer', required: 'yes', min: 0, width: 12,
      prompt: t('Hvor mange deltakere mentoren har hatt.', 'How many participants the mentor has had.') },
  ],
} as const satisfies TableSheetDef;

export const ACTIVITIES = {
  kind: 'table',
  name: 'Aktiviteter',
  required: false,
  description: t('Valgfritt: én rad per aktivitet.', 'Optional: one row per activity.'),
  columns: [
    { key: 'date', header: 'Dato', type: 'date', required: 'yes', width: 12,
      prompt: t('Dato for aktiviteten.', 'Date of the activity.') },
    { key: 'activity', header: 'Aktivitet', type: 'code', codes: ACTIVITY_TYPES, required: 'yes', width: 24,
      prompt: t('Type aktivitet.', 'Type of activity.') },
    { key: 'attendees', header: 'Antall deltakere', type: 'integer', required: 'no', min: 0, width: 12,
      prompt: t('Hvor mange som deltok.', 'How many took part.') },
    { key: 'description', header: 'Beskrivelse', type: 'text', required: 'no', width: 40,
      prompt: t('Kort beskrivelse.', 'Short description.') },
  ],
} as const satisfies TableSheetDef;

/** Every sheet the engine reads, in the order of the generated workbook (after Veiledning). */
export const SHEETS: readonly SheetDef[] = [PROGRAMME_INFO, GOALS, PARTICIPANTS, MENTORS, ACTIVITIES];
export const TABLE_SHEETS: readonly TableSheetDef[] = [GOALS, PARTICIPANTS, MENTORS, ACTIVITIES];

export type ProgrammeInfoKey = (typeof PROGRAMME_INFO.fields)[number]['key'];
export type GoalKey = (typeof GOALS.columns)[number]['key'];
export type ParticipantKey = (typeof PARTICIPANTS.columns)[number]['key'];
export type MentorKey = (typeof MENTORS.columns)[number]['key'];
export type ActivityKey = (typeof ACTIVITIES.columns)[number]['key'];

export function isEmployedStatus(status: string | null): boolean {
  return status !== null && EMPLOYED_STATUSES.includes(status);
}

export function indicatorFor(code: string | null): IndicatorDef | undefined {
  return code === null ? undefined : INDICATORS.find((i) => i.code === code);
}

// ---------------------------------------------------------------- sheets the add-in owns

/**
 * Sheets Rapportsjekk writes into a workbook. The engine reads explanations from the hidden
 * one, so Excel, the browser page and the CLI all see the same explanations.
 */
export const ADDIN_SHEETS = {
  explanations: 'Rapportsjekk_forklaringer',
  keyFigures: 'Nøkkeltall',
  findings: 'Funn',
} as const;

export const EXPLANATION_HEADERS = ['Regel', 'Ark', 'Celle', 'Forklaring'] as const;
