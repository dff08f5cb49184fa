/**
 * The two example reports: a clean, realistic mentor programme (Mentorbro 2025), and the same
 * programme with typical problems planted at known cells. All people and organisations are
 * invented. Everything is fixed (dates, IDs), so the files come out the same every time.
 */
import {
  CellValue,
  GOALS,
  MENTORS,
  PARTICIPANTS,
  PROGRAMME_INFO,
  ParticipantKey,
  RuleId,
  TableSheetDef,
  columnLetter,
} from '../src/engine';
import type { ReportContent, RowValues } from './report-workbook';
import { FORM_FIRST_ROW, TABLE_FIRST_ROW } from '../src/hosts/xlsx/template-writer';

/** "Now" for checking the examples: after the reporting year 2025, as when a report is sent. */
export const EXAMPLES_NOW = new Date(Date.UTC(2026, 2, 1));

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
export type DraftContent = Mutable<ReportContent>;

// ---------------------------------------------------------------- the clean report

const INFO: RowValues<(typeof PROGRAMME_INFO.fields)[number]['key']> = {
  orgName: 'Stiftelsen Mentorbro',
  orgNumber: '926812343',
  programName: 'Mentorbro 2025',
  programType: 'Mentorprogram',
  reportingYear: 2025,
  grantAmount: 850000,
  programStart: d('2025-01-06'),
  programEnd: d('2025-12-19'),
  contactName: 'Ingrid Solberg',
  contactEmail: 'ingrid.solberg@mentorbro.no',
  minMeetings: 8,
  followUpMonths: 6,
};

/** Columns of the participant table below, in the template's order. */
const PARTICIPANT_KEYS = PARTICIPANTS.columns.map((c) => c.key) as readonly ParticipantKey[];

const SPRING = '2025-01-13';
const SPRING_END = '2025-06-13';
const AUTUMN = '2025-08-18';
const AUTUMN_END = '2025-12-12';
const HI_LONG = 'Høyere utdanning, lang';
const HI_SHORT = 'Høyere utdanning, kort';
const IMM = 'Innvandrer';
const NBORN = 'Norskfødt med innvandrerforeldre';
const L1 = 'Landgruppe 1';
const L2 = 'Landgruppe 2';

// One row per participant, like the sheet: ID, Kjønn, Fødselsår, Innvandrerkategori, Landgruppe,
// Botid, Utdanningsnivå, Utdanning fra, Status ved oppstart, Startdato, Sluttdato, Fullført,
// MentorID, Møter, Fellessamlinger, Status ved slutt, Stilling %, Relevant, Som følge av,
// Egenvurdering, Status 6 mnd etter, Relevant 6 mnd etter, Kommentar.
type ParticipantRow = readonly [string, string, number, string, string | null, number | null, string, string | null, string, string, string | null, string, string, number, number, string | null, number | null, string | null, string | null, number | null, string | null, string | null, string | null];
const PARTICIPANT_ROWS: readonly ParticipantRow[] = [
  // Spring cohort: left in June 2025 (or earlier), followed up six months later.
  ['D01', 'Kvinne', 1987, IMM, L2, 7, HI_LONG, 'Utlandet', 'Arbeidsledig', SPRING, SPRING_END, 'Ja', 'MEN01', 10, 3, 'Fast ansatt', 100, 'Ja', 'Ja', 5, 'Fast ansatt', 'Ja', null],
  ['D02', 'Mann', 1990, IMM, L2, 5, HI_LONG, 'Utlandet', 'Arbeidsledig', SPRING, SPRING_END, 'Ja', 'MEN02', 9, 3, 'Midlertidig ansatt', 80, 'Ja', 'Ja', 4, 'Fast ansatt', 'Ja', null],
  ['D03', 'Kvinne', 1982, IMM, L2, 11, HI_SHORT, 'Utlandet', 'I arbeid', SPRING, SPRING_END, 'Ja', 'MEN03', 8, 2, 'Fast ansatt', 100, 'Delvis', 'Nei', 4, 'Fast ansatt', 'Delvis', 'Var i arbeid utenfor eget fagfelt ved oppstart.'],
  ['D04', 'Mann', 1995, NBORN, null, null, 'Fagskole', 'Norge', 'Arbeidsledig', SPRING, SPRING_END, 'Ja', 'MEN04', 8, 3, 'Utdanning', null, null, null, 4, 'Utdanning', null, null],
  ['D05', 'Kvinne', 1993, IMM, L1, 4, HI_LONG, 'Begge', 'Under utdanning', SPRING, SPRING_END, 'Ja', 'MEN05', 11, 3, 'Traineestilling med lønn', 100, 'Ja', 'Ja', 5, 'Fast ansatt', 'Ja', null],
  ['D06', 'Mann', 1985, IMM, L2, 9, HI_SHORT, 'Utlandet', 'Arbeidsledig', SPRING, '2025-03-21', 'Nei', 'MEN06', 4, 1, 'Midlertidig ansatt', 60, 'Nei', 'Usikker', 3, 'Midlertidig ansatt', 'Nei', 'Avsluttet tidlig etter å ha fått jobb.'],
  ['D07', 'Kvinne', 1979, IMM, L2, 14, HI_LONG, 'Utlandet', 'Utenfor arbeidsstyrken', SPRING, SPRING_END, 'Ja', 'MEN07', 8, 2, 'Arbeidssøker', null, null, null, 3, 'Midlertidig ansatt', 'Delvis', null],
  ['D08', 'Mann', 1991, IMM, L1, 6, HI_LONG, 'Utlandet', 'Arbeidsledig', SPRING, SPRING_END, 'Ja', 'MEN08', 12, 3, 'Fast ansatt', 100, 'Ja', 'Usikker', 5, 'Fast ansatt', 'Ja', null],
  ['D09', 'Kvinne', 1988, IMM, L2, 8, 'Videregående', 'Utlandet', 'Arbeidsledig', SPRING, SPRING_END, 'Ja', 'MEN01', 7, 2, 'Praksis eller tiltak uten lønn', null, null, null, 3, 'Arbeidssøker', null, 'Praksisplass i kommunen, håper på ansettelse.'],
  ['D10', 'Mann', 1984, IMM, L2, 10, HI_LONG, 'Utlandet', 'Arbeidsledig', SPRING, SPRING_END, 'Ja', 'MEN02', 9, 3, 'Selvstendig næringsdrivende', 50, 'Ja', 'Nei', 4, 'Selvstendig næringsdrivende', 'Ja', null],
  ['D11', 'Kvinne', 1997, NBORN, null, null, HI_SHORT, 'Norge', 'Under utdanning', SPRING, '2025-04-11', 'Nei', 'MEN03', 3, 1, 'Utenfor arbeidsstyrken', null, null, null, null, 'Utenfor arbeidsstyrken', null, 'Avsluttet etter eget ønske.'],
  ['D12', 'Annet/vil ikke oppgi', 1992, IMM, L1, 3, HI_LONG, 'Utlandet', 'Arbeidsledig', SPRING, SPRING_END, 'Ja', 'MEN04', 10, 3, 'Midlertidig ansatt', 100, 'Ja', 'Ja', 5, 'Midlertidig ansatt', 'Ja', null],
  // Autumn cohort: left in December 2025 (follow-up not yet due), four still in the programme.
  ['D13', 'Mann', 1986, IMM, L2, 6, HI_LONG, 'Utlandet', 'Arbeidsledig', AUTUMN, AUTUMN_END, 'Ja', 'MEN05', 9, 2, 'Fast ansatt', 100, 'Ja', 'Ja', 5, null, null, null],
  ['D14', 'Kvinne', 1994, IMM, L2, 3, HI_SHORT, 'Utlandet', 'Arbeidsledig', AUTUMN, AUTUMN_END, 'Ja', 'MEN06', 8, 2, 'Arbeidssøker', null, null, null, 3, null, null, null],
  ['D15', 'Mann', 1989, IMM, L1, 5, HI_LONG, 'Begge', 'I arbeid', AUTUMN, AUTUMN_END, 'Ja', 'MEN07', 10, 2, 'Midlertidig ansatt', 80, 'Ja', 'Ja', 4, null, null, null],
  ['D16', 'Kvinne', 1983, IMM, L2, 12, 'Fagskole', 'Utlandet', 'Arbeidsledig', AUTUMN, '2025-10-17', 'Nei', 'MEN08', 3, 1, 'Arbeidssøker', null, null, null, 2, null, null, null],
  ['D17', 'Mann', 1998, NBORN, null, null, HI_SHORT, 'Norge', 'Under utdanning', AUTUMN, AUTUMN_END, 'Ja', 'MEN01', 8, 2, 'Utdanning', null, null, null, 4, null, null, null],
  ['D18', 'Kvinne', 1981, IMM, L2, 15, HI_LONG, 'Utlandet', 'Arbeidsledig', AUTUMN, AUTUMN_END, 'Ja', 'MEN02', 9, 2, 'Fast ansatt', 100, 'Delvis', 'Ja', 4, null, null, null],
  ['D19', 'Mann', 1990, IMM, L2, 2, HI_LONG, 'Utlandet', 'Arbeidsledig', AUTUMN, AUTUMN_END, 'Ja', 'MEN03', 8, 1, 'Arbeidssøker', null, null, null, 3, null, null, null],
  ['D20', 'Kvinne', 1996, IMM, L1, 4, HI_LONG, 'Utlandet', 'Under utdanning', AUTUMN, AUTUMN_END, 'Ja', 'MEN04', 10, 2, 'Traineestilling med lønn', 100, 'Ja', 'Ja', 5, null, null, null],
  ['D21', 'Mann', 1987, IMM, L2, 5, HI_SHORT, 'Utlandet', 'Arbeidsledig', AUTUMN, null, 'Pågår', 'MEN05', 5, 2, null, null, null, null, null, null, null, null],
  ['D22', 'Kvinne', 1991, IMM, L2, 7, HI_LONG, 'Utlandet', 'Arbeidsledig', AUTUMN, null, 'Pågår', 'MEN06', 6, 1, null, null, null, null, null, null, null, null],
  ['D23', 'Kvinne', 1980, IMM, L2, 16, 'Fagskole', 'Utlandet', 'Utenfor arbeidsstyrken', AUTUMN, null, 'Pågår', 'MEN07', 8, 2, null, null, null, null, null, null, null, null],
  ['D24', 'Mann', 1993, IMM, L1, 2, HI_LONG, 'Utlandet', 'Arbeidsledig', AUTUMN, null, 'Pågår', 'MEN08', 9, 2, null, null, null, null, null, null, null, null],
];

const DATE_KEYS: ReadonlySet<string> = new Set(PARTICIPANTS.columns.filter((c) => c.type === 'date').map((c) => c.key));

function participant(row: ParticipantRow): RowValues<ParticipantKey> {
  const values: RowValues<ParticipantKey> = {};
  PARTICIPANT_KEYS.forEach((key, i) => {
    const value = row[i];
    if (value !== null) values[key] = DATE_KEYS.has(key) && typeof value === 'string' ? d(value) : value;
  });
  return values;
}

const MENTOR_ROWS = [
  { mentorId: 'MEN01', sector: 'Privat', fieldMatch: 'Ja', trained: 'Ja' },
  { mentorId: 'MEN02', sector: 'Offentlig', fieldMatch: 'Ja', trained: 'Ja' },
  { mentorId: 'MEN03', sector: 'Privat', fieldMatch: 'Delvis', trained: 'Ja' },
  { mentorId: 'MEN04', sector: 'Ideell', fieldMatch: 'Ja', trained: 'Ja' },
  { mentorId: 'MEN05', sector: 'Offentlig', fieldMatch: 'Delvis', trained: 'Ja' },
  { mentorId: 'MEN06', sector: 'Privat', fieldMatch: 'Ja', trained: 'Nei' },
  { mentorId: 'MEN07', sector: 'Privat', fieldMatch: 'Nei', trained: 'Ja' },
  { mentorId: 'MEN08', sector: 'Offentlig', fieldMatch: 'Ja', trained: 'Ja' },
] as const;

/*
 * Achievements, counted by hand from the rows above (the example test checks them against the
 * engine): 20 leavers; 12 employed and 2 in education at the end (14/20 = 0.7); 9 in a relevant
 * job (9/20 = 0.45); 18 of 24 pairs met at least 8 times (0.75); 5 joint gatherings.
 */
const GOAL_ROWS: RowValues<(typeof GOALS.columns)[number]['key']>[] = [
  {
    goalId: 'M1',
    goalText: 'Minst 60 % av deltakerne som avslutter, skal være i arbeid eller utdanning ved programslutt.',
    indicator: 'Andel i arbeid eller utdanning ved programslutt',
    target: 0.6,
    timepoint: 'Ved programslutt',
    achieved: 0.7,
  },
  {
    goalId: 'M2',
    goalText: 'Minst 40 % av deltakerne som avslutter, skal ha en jobb som er relevant for utdanningen deres.',
    indicator: 'Andel i relevant arbeid ved programslutt',
    target: 0.4,
    timepoint: 'Ved programslutt',
    achieved: 0.45,
  },
  {
    goalId: 'M3',
    goalText: 'Minst 80 % av mentorparene skal ha minst 8 møter.',
    indicator: 'Andel mentorpar som nådde møtemålet',
    target: 0.8,
    timepoint: 'Ved programslutt',
    achieved: 0.75,
    comment: 'Fire par er fortsatt i gang og har flere møter igjen.',
  },
  {
    goalId: 'M4',
    goalText: 'Gjennomføre minst 4 fellessamlinger for deltakere og mentorer i løpet av året.',
    indicator: 'Annet',
    target: 4,
    timepoint: 'I løpet av 2025',
    achieved: 5,
  },
];

const ACTIVITY_ROWS = [
  { date: d('2025-01-08'), activity: 'Opplæring av mentorer', attendees: 8, description: 'Mentorkurs før oppstart av vårkullet.' },
  { date: d('2025-02-06'), activity: 'Fellessamling', attendees: 18, description: 'Oppstartssamling for vårkullet.' },
  { date: d('2025-04-03'), activity: 'Fellessamling', attendees: 16, description: 'CV og intervjutrening.' },
  { date: d('2025-06-12'), activity: 'Fellessamling', attendees: 15, description: 'Avslutning for vårkullet.' },
  { date: d('2025-08-13'), activity: 'Opplæring av mentorer', attendees: 8, description: 'Mentorkurs før høstkullet.' },
  { date: d('2025-08-20'), activity: 'Opplæring av deltakere', attendees: 12, description: 'Introduksjon til programmet.' },
  { date: d('2025-09-11'), activity: 'Fellessamling', attendees: 20, description: 'Oppstartssamling for høstkullet.' },
  { date: d('2025-10-16'), activity: 'Nettverksmøte', attendees: 25, description: 'Møte med arbeidsgivere i regionen.' },
  { date: d('2025-11-20'), activity: 'Fellessamling', attendees: 19, description: 'Arbeidsgiverpanel og nettverk.' },
];

/** The clean report before mentee counts are filled in (see completeMenteeCounts). */
function cleanDraft(): DraftContent {
  return {
    info: { ...INFO },
    goals: GOAL_ROWS.map((row) => ({ ...row })),
    participants: PARTICIPANT_ROWS.map(participant),
    mentors: MENTOR_ROWS.map((row) => ({ ...row })),
    activities: ACTIVITY_ROWS.map((row) => ({ ...row })),
  };
}

/** Antall mentees = participants naming the mentor, unless a value was set on purpose. */
function completeMenteeCounts(content: DraftContent): ReportContent {
  const counts = new Map<CellValue, number>();
  for (const p of content.participants) counts.set(p.mentorId ?? null, (counts.get(p.mentorId ?? null) ?? 0) + 1);
  return {
    ...content,
    mentors: content.mentors.map((m) => ('menteeCount' in m ? m : { ...m, menteeCount: counts.get(m.mentorId ?? null) ?? 0 })),
  };
}

export function cleanReport(): ReportContent {
  return completeMenteeCounts(cleanDraft());
}

// ---------------------------------------------------------------- planted problems

export interface PlantedProblem {
  readonly rule: RuleId;
  readonly sheet: string;
  readonly cell: string;
  /** What was planted, for examples/README.md. */
  readonly what: string;
  readonly plant: (content: DraftContent) => void;
}

/** Where a table value lands in the written workbook (rows follow the header). */
function tableCell(def: TableSheetDef, key: string, index: number): string {
  const column = def.columns.findIndex((c) => c.key === key);
  if (column === -1) throw new Error(`No column ${key} in ${def.name}`);
  return `${columnLetter(column)}${TABLE_FIRST_ROW + index}`;
}

function infoCell(key: string): string {
  const index = PROGRAMME_INFO.fields.findIndex((f) => f.key === key);
  if (index === -1) throw new Error(`No field ${key} in ${PROGRAMME_INFO.name}`);
  return `B${FORM_FIRST_ROW + index}`;
}

const rowIndex = (id: string): number => {
  const index = PARTICIPANT_ROWS.findIndex((row) => row[0] === id);
  if (index === -1) throw new Error(`No participant ${id}`);
  return index;
};

/** A problem in one participant's cell. */
function inParticipant(rule: RuleId, id: string, key: ParticipantKey, what: string, change: (row: RowValues<ParticipantKey>) => void): PlantedProblem {
  const index = rowIndex(id);
  return { rule, sheet: PARTICIPANTS.name, cell: tableCell(PARTICIPANTS, key, index), what: `${id}: ${what}`, plant: (c) => change(c.participants[index]) };
}

function inGoal(rule: RuleId, index: number, key: string, what: string, change: (row: RowValues<string>) => void): PlantedProblem {
  return { rule, sheet: GOALS.name, cell: tableCell(GOALS, key, index), what, plant: (c) => change(c.goals[index] as RowValues<string>) };
}

/** A synthetic national identity number (month + 80): valid check digits, never a real person. */
export const SYNTHETIC_PERSONAL_ID = '01817010055';

export const PLANTED: readonly PlantedProblem[] = [
  {
    rule: 'orgnr-invalid', sheet: PROGRAMME_INFO.name, cell: infoCell('orgNumber'),
    what: 'Organisasjonsnummer 926812344: siste siffer stemmer ikke (MOD11).',
    plant: (c) => { c.info.orgNumber = '926812344'; },
  },
  {
    rule: 'email-invalid', sheet: PROGRAMME_INFO.name, cell: infoCell('contactEmail'),
    what: 'E-post uten @.',
    plant: (c) => { c.info.contactEmail = 'ingrid.solberg mentorbro.no'; },
  },
  inParticipant('job-relevance-missing', 'D02', 'relevantJob', 'i arbeid ved programslutt, men «Relevant jobb» er tom.', (p) => { delete p.relevantJob; }),
  inParticipant('employment-share-missing', 'D13', 'employmentShare', 'fast ansatt, men «Stillingsprosent» er tom.', (p) => { delete p.employmentShare; }),
  inParticipant('attribution-missing', 'D15', 'attributedToProgramme', 'i arbeid, men «Jobb som følge av programmet» er tom.', (p) => { delete p.attributedToProgramme; }),
  inParticipant('mentor-unknown', 'D14', 'mentorId', 'MentorID MEN09 finnes ikke i arket Mentorer.', (p) => { p.mentorId = 'MEN09'; }),
  inParticipant('mentor-missing', 'D24', 'mentorId', 'mentorprogram, men MentorID er tom.', (p) => { delete p.mentorId; }),
  inParticipant('meetings-missing', 'D20', 'meetings', 'har mentor, men «Antall mentormøter» er tom.', (p) => { delete p.meetings; }),
  inParticipant('date-order', 'D07', 'endDate', 'Sluttdato 10.01.2025 er før Startdato 13.01.2025.', (p) => { p.endDate = d('2025-01-10'); }),
  inParticipant('date-outside-period', 'D21', 'startDate', 'Startdato 01.11.2023 er mer enn ett år før Programstart.', (p) => { p.startDate = d('2023-11-01'); }),
  inParticipant('end-date-missing', 'D16', 'endDate', 'avbrutt (Fullført = Nei), men Sluttdato er tom.', (p) => { delete p.endDate; }),
  inParticipant('status-at-end-missing', 'D04', 'statusAtEnd', 'fullført, men «Status ved programslutt» er tom.', (p) => { delete p.statusAtEnd; }),
  inParticipant('value-code', 'D05', 'gender', 'skrivefeil i koden: «Kvnne».', (p) => { p.gender = 'Kvnne'; }),
  inParticipant('value-type', 'D10', 'meetings', 'tallet er skrevet med bokstaver: «ti».', (p) => { p.meetings = 'ti'; }),
  inParticipant('value-range', 'D03', 'selfAssessment', 'Egenvurdering 7 på en skala fra 1 til 5.', (p) => { p.selfAssessment = 7; }),
  inParticipant('value-required', 'D23', 'educationLevel', '«Utdanningsnivå» er tom.', (p) => { delete p.educationLevel; }),
  inParticipant('formula-error', 'D12', 'gatheringsAttended', '#REF! i «Fellessamlinger».', (p) => { p.gatheringsAttended = { error: '#REF!' }; }),
  inParticipant('personal-id-in-sheet', 'D09', 'comment', 'et fødselsnummer i kommentaren (syntetisk nummer).', (p) => { p.comment = `Praksisplass i kommunen, fnr ${SYNTHETIC_PERSONAL_ID}.`; }),
  inParticipant('followup-missing', 'D08', 'statusFollowUp', 'sluttet i juni 2025, men «Status 6 mnd etter» er tom.', (p) => { delete p.statusFollowUp; delete p.relevantJobFollowUp; }),
  inParticipant('target-group-mismatch', 'D17', 'immigrantCategory', 'Ingen innvandrerbakgrunn (utenfor målgruppen).', (p) => { p.immigrantCategory = 'Ingen innvandrerbakgrunn'; }),
  inParticipant('job-relevance-unexpected', 'D11', 'relevantJob', '«Relevant jobb» er fylt ut, men deltakeren er ikke i arbeid.', (p) => { p.relevantJob = 'Nei'; }),
  inParticipant('id-duplicate', 'D19', 'participantId', 'DeltakerID D18 er brukt to ganger.', (p) => { p.participantId = 'D18'; }),
  {
    rule: 'mentor-mentee-count-mismatch', sheet: MENTORS.name, cell: tableCell(MENTORS, 'menteeCount', 2),
    what: 'MEN03: «Antall mentees» er 4, men tre deltakere har MEN03.',
    plant: (c) => { c.mentors[2] = { ...c.mentors[2], menteeCount: 4 }; },
  },
  inGoal('goal-reported-mismatch', 0, 'achieved', 'M1: Oppnådd er 85 %, men tallene i Deltakere gir 65 %.', (g) => { g.achieved = 0.85; }),
  inGoal('goal-target-implausible', 1, 'target', 'M2: Målverdi 140 % for en andel.', (g) => { g.target = 140; }),
  inGoal('goal-achieved-missing', 3, 'achieved', 'M4: mål av typen «Annet» uten Oppnådd.', (g) => { delete g.achieved; }),
  {
    rule: 'goal-unclear', sheet: GOALS.name, cell: tableCell(GOALS, 'goalText', 4),
    what: 'M5: vagt mål («Flere deltakere skal få jobb») uten indikator, målverdi og måletidspunkt.',
    plant: (c) => { c.goals.push({ goalId: 'M5', goalText: 'Flere deltakere skal få jobb.' }); },
  },
];

/**
 * The problem report: the clean report with every problem planted. Oppnådd of the other
 * standard goals is left out, since the planted problems change what the data gives.
 */
export function problemReport(): ReportContent {
  const draft = cleanDraft();
  for (const goal of draft.goals) if (goal.indicator !== 'Annet') delete goal.achieved;
  for (const problem of PLANTED) problem.plant(draft);
  return completeMenteeCounts(draft);
}
