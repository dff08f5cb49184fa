/**
 * Deterministic synthetic reports for benchmarks: realistic values in every column, from the
 * template definition, with a seeded generator so two runs measure the same data.
 */
import {
  CellValue,
  COUNTRY_GROUPS,
  EDUCATION_LEVELS,
  EDUCATION_ORIGINS,
  GENDERS,
  GOALS,
  GUIDE_SHEET,
  MENTORS,
  PARTICIPANTS,
  PROGRAMME_INFO,
  STATUS_AT_START,
  STATUS_CODES,
  TableSheetDef,
  TEMPLATE_VERSION,
  WorkbookSnapshot,
} from '../src/engine';
import type { ReportContent, RowValues } from './report-workbook';

/** mulberry32: tiny, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export function syntheticContent(participants: number, seed = 1): ReportContent {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const mentorCount = Math.max(1, Math.ceil(participants / 2));
  const people: RowValues<string>[] = [];
  for (let i = 0; i < participants; i++) {
    const leaver = random() < 0.8;
    const status = leaver ? pick(STATUS_CODES) : null;
    const employed = status !== null && ['Fast ansatt', 'Midlertidig ansatt', 'Selvstendig næringsdrivende', 'Traineestilling med lønn'].includes(status);
    people.push({
      participantId: `D${i + 1}`,
      gender: pick(GENDERS),
      birthYear: 1965 + Math.floor(random() * 40),
      immigrantCategory: random() < 0.9 ? 'Innvandrer' : 'Norskfødt med innvandrerforeldre',
      countryGroup: pick(COUNTRY_GROUPS),
      yearsInNorway: Math.floor(random() * 8),
      educationLevel: pick(EDUCATION_LEVELS),
      educationOrigin: pick(EDUCATION_ORIGINS),
      statusAtStart: pick(STATUS_AT_START),
      startDate: utc(2025, 1 + Math.floor(random() * 3), 1 + Math.floor(random() * 28)),
      endDate: leaver ? utc(2025, 4 + Math.floor(random() * 3), 1 + Math.floor(random() * 28)) : null,
      completed: leaver ? (random() < 0.85 ? 'Ja' : 'Nei') : 'Pågår',
      mentorId: `M${(i % mentorCount) + 1}`,
      meetings: Math.floor(random() * 12),
      gatheringsAttended: Math.floor(random() * 5),
      statusAtEnd: status,
      employmentShare: employed ? 50 + Math.floor(random() * 51) : null,
      relevantJob: employed ? pick(['Ja', 'Delvis', 'Nei']) : null,
      attributedToProgramme: employed ? pick(['Ja', 'Nei', 'Usikker']) : null,
      selfAssessment: 1 + Math.floor(random() * 5),
      statusFollowUp: leaver ? pick(['Fast ansatt', 'Arbeidssøker', 'Utdanning', 'Ikke fulgt opp']) : null,
      relevantJobFollowUp: null,
      comment: random() < 0.1 ? 'Flyttet til annen kommune' : null,
    });
    if (people[i].statusFollowUp === 'Fast ansatt') people[i].relevantJobFollowUp = pick(['Ja', 'Delvis', 'Nei']);
  }
  const named = new Map<string, number>();
  for (const p of people) named.set(String(p.mentorId), (named.get(String(p.mentorId)) ?? 0) + 1);
  return {
    info: {
      orgName: `Organisasjon ${seed}`,
      orgNumber: '974760673',
      programName: `Program ${seed}`,
      programType: 'Mentorprogram',
      reportingYear: 2025,
      grantAmount: 1_000_000,
      programStart: utc(2025, 1, 1),
      programEnd: utc(2025, 12, 31),
      contactName: 'Kontakt Person',
      contactEmail: 'kontakt@eksempel.no',
      minMeetings: 6,
      followUpMonths: 6,
    },
    goals: [
      { goalId: 'M1', goalText: '60 % i arbeid ved programslutt', indicator: 'Andel i arbeid ved programslutt', target: 0.6, timepoint: 'Ved programslutt' },
      { goalId: 'M2', goalText: 'Minst 80 % fullfører', indicator: 'Andel som fullførte programmet', target: 80, timepoint: 'Ved programslutt' },
    ],
    participants: people,
    mentors: Array.from({ length: mentorCount }, (_, i) => ({
      mentorId: `M${i + 1}`,
      sector: pick(['Offentlig', 'Privat', 'Ideell']),
      fieldMatch: pick(['Ja', 'Delvis', 'Nei']),
      trained: pick(['Ja', 'Nei']),
      menteeCount: named.get(`M${i + 1}`) ?? 0,
    })),
    activities: [],
  };
}

function table(def: TableSheetDef, rows: readonly RowValues<string>[]): CellValue[][] {
  return [def.columns.map((c) => c.header), ...rows.map((row) => def.columns.map((c) => row[c.key] ?? null))];
}

/** The same content as a snapshot, without a file: what a host would hand the engine. */
export function contentToSnapshot(content: ReportContent): WorkbookSnapshot {
  return {
    sheets: {
      [GUIDE_SHEET]: [['Veiledning'], ['Malversjon', TEMPLATE_VERSION]],
      [PROGRAMME_INFO.name]: PROGRAMME_INFO.fields.map((f) => [f.header, (content.info as RowValues<string>)[f.key] ?? null]),
      [GOALS.name]: table(GOALS, content.goals),
      [PARTICIPANTS.name]: table(PARTICIPANTS, content.participants),
      [MENTORS.name]: table(MENTORS, content.mentors),
    },
  };
}
