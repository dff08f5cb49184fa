/**
 * A corpus of submissions for batch mode, generated from the template definition with a
 * seeded generator: the same seed gives the same files. Tests write it to a temporary folder;
 * the benchmark asks for many files of one size. Never committed.
 *
 *   node dist/tools/make-corpus.js OUT_DIR [--seed N]                      mixed test corpus (36 files)
 *   node dist/tools/make-corpus.js OUT_DIR --count 100 --participants 300  uniform corpus for benchmarks
 *   node dist/tools/make-corpus.js OUT_DIR --year 60                       a caseworker's year (year-corpus.ts)
 *
 * The mixed corpus holds clean reports, flawed ones (errors), unclear goals, missing job
 * relevance, small programmes (for suppression), one organisation reporting three years, a
 * name that looks like a formula, and broken files (empty, not a zip, truncated, old format).
 */
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { COUNTRY_GROUPS, EDUCATION_LEVELS, GENDERS, isEmployedStatus, STATUS_AT_START } from '../src/engine';
import type { CellValue, GoalKey, MentorKey, ParticipantKey, ProgrammeInfoKey } from '../src/engine';
import { buildReportWorkbook, ReportContent, RowValues } from './report-workbook';
import { seededRandom } from './synthetic';
import { planYear } from './year-corpus';

export type Variant =
  | 'good'
  | 'flawed'
  | 'unclear-goals'
  | 'missing-job-relevance'
  | 'small'
  | 'multi-year'
  | 'formula-like-name'
  | 'broken-empty'
  | 'broken-not-zip'
  | 'broken-truncated'
  | 'broken-old-format'
  | 'version'
  | 'copy'
  | 'second-programme'
  | 'previous-year';

export interface CorpusEntry {
  /** Path inside the corpus folder, with `/`. */
  readonly file: string;
  readonly variant: Variant;
  readonly orgNumber: string | null;
  readonly year: number | null;
  readonly participants: number;
  /** True for files that must get an "could not be read" row. */
  readonly broken: boolean;
  /** Year corpus: false for an older version that a newer one of the same programme-year replaces. */
  readonly counted?: boolean;
}

export interface CorpusOptions {
  readonly seed?: number;
  /** Uniform corpus: this many readable files of `participants` each (benchmarks). */
  readonly count?: number;
  readonly participants?: number;
  /** A caseworker's year of this many files (see year-corpus.ts); wins over `count`. */
  readonly year?: number;
}

export type Random = () => number;

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const addMonths = (date: Date, months: number): Date => {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return utc(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(date.getUTCDate(), last));
};

/** A valid organisation number (MOD11 with weights 3,2,7,6,5,4,3,2), starting with 9. */
export function orgNumber(random: Random): string {
  for (;;) {
    const digits = [9, ...Array.from({ length: 7 }, () => Math.floor(random() * 10))];
    const sum = digits.reduce((s, d, i) => s + d * [3, 2, 7, 6, 5, 4, 3, 2][i], 0);
    const remainder = sum % 11;
    if (remainder === 1) continue;
    return [...digits, remainder === 0 ? 0 : 11 - remainder].join('');
  }
}

const ORG_NAMES = ['Bydel Nord', 'Jobbnett', 'Karrierebrua', 'Mentorhuset', 'Fagfolk i arbeid', 'Vestland integrering', 'Nettverk Øst', 'Kompetanseløftet', 'Sammen i jobb', 'Nordlys mentor', 'Trøndelag trainee', 'Agder arbeid'];
const REGIONS = ['', ' Vest', ' Sør', ' Nord'];
const PROGRAMME_WORDS = ['Mentorløftet', 'Karrierestart', 'Fagmentor', 'Jobbvenn', 'Traineeløpet', 'Broen til jobb', 'Kompetanse i bruk', 'Nye kolleger'];

const END_STATUSES: readonly [string, number][] = [
  ['Fast ansatt', 30],
  ['Midlertidig ansatt', 20],
  ['Traineestilling med lønn', 8],
  ['Selvstendig næringsdrivende', 2],
  ['Utdanning', 12],
  ['Praksis eller tiltak uten lønn', 6],
  ['Arbeidssøker', 17],
  ['Utenfor arbeidsstyrken', 5],
];

function weighted(random: Random, options: readonly [string, number][]): string {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, weight] of options) {
    r -= weight;
    if (r < 0) return value;
  }
  return options[options.length - 1][0];
}

export interface Programme {
  readonly orgName: string;
  readonly orgNumber: string;
  readonly programName: string;
  readonly year: number;
  readonly participants: number;
}

/** A clean report: every conditional column filled where the contract asks for it. */
export function cleanContent(p: Programme, random: Random): ReportContent & { participants: RowValues<ParticipantKey>[]; goals: RowValues<GoalKey>[]; mentors: RowValues<MentorKey>[] } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const year = p.year;
  const reference = utc(year, 12, 31);
  const mentorCount = Math.max(1, Math.ceil(p.participants / 2));
  const participants: RowValues<ParticipantKey>[] = [];
  for (let i = 0; i < p.participants; i++) {
    const start = utc(year, 1 + Math.floor(random() * 4), 1 + Math.floor(random() * 28));
    const leaver = random() < 0.8;
    const end = leaver ? addMonths(start, 3 + Math.floor(random() * 4)) : null;
    const status = leaver ? weighted(random, END_STATUSES) : null;
    const employed = isEmployedStatus(status);
    const due = end !== null && addMonths(end, 6).getTime() <= reference.getTime();
    const followUp = due ? weighted(random, [...END_STATUSES, ['Ikke fulgt opp', 6]]) : null;
    participants.push({
      participantId: `D${String(i + 1).padStart(3, '0')}`,
      gender: pick(GENDERS),
      birthYear: 1965 + Math.floor(random() * (year - 20 - 1965)),
      immigrantCategory: random() < 0.9 ? 'Innvandrer' : 'Norskfødt med innvandrerforeldre',
      countryGroup: pick(COUNTRY_GROUPS),
      educationLevel: pick(EDUCATION_LEVELS),
      statusAtStart: pick(STATUS_AT_START),
      startDate: start,
      endDate: end,
      completed: leaver ? (random() < 0.85 ? 'Ja' : 'Nei') : 'Pågår',
      mentorId: `M${(i % mentorCount) + 1}`,
      meetings: 2 + Math.floor(random() * 10),
      statusAtEnd: status,
      employmentShare: employed ? 50 + 10 * Math.floor(random() * 6) : null,
      relevantJob: employed ? weighted(random, [['Ja', 6], ['Delvis', 3], ['Nei', 2]]) : null,
      attributedToProgramme: employed ? weighted(random, [['Ja', 5], ['Nei', 3], ['Usikker', 2]]) : null,
      selfAssessment: random() < 0.85 ? 1 + Math.floor(random() * 5) : null,
      statusFollowUp: followUp,
      relevantJobFollowUp: isEmployedStatus(followUp) ? pick(['Ja', 'Delvis', 'Nei']) : null,
    });
  }
  const named = new Map<string, number>();
  for (const row of participants) named.set(String(row.mentorId), (named.get(String(row.mentorId)) ?? 0) + 1);
  const mentors: RowValues<MentorKey>[] = Array.from({ length: mentorCount }, (_, i) => ({
    mentorId: `M${i + 1}`,
    sector: pick(['Offentlig', 'Privat', 'Ideell']),
    fieldMatch: pick(['Ja', 'Delvis', 'Nei']),
    trained: random() < 0.8 ? 'Ja' : 'Nei',
    menteeCount: named.get(`M${i + 1}`) ?? 0,
  }));
  const target = (low: number, high: number): number => Math.round((low + random() * (high - low)) * 20) / 20;
  const goals: RowValues<GoalKey>[] = [
    { goalId: 'M1', goalText: 'Minst halvparten i arbeid ved programslutt', indicator: 'Andel i arbeid ved programslutt', target: target(0.4, 0.7), timepoint: 'Ved programslutt' },
    { goalId: 'M2', goalText: 'Flest mulig i arbeid eller utdanning', indicator: 'Andel i arbeid eller utdanning ved programslutt', target: `${Math.round(target(0.5, 0.8) * 100)} %`, timepoint: 'Ved programslutt' },
    { goalId: 'M3', goalText: 'Deltakerne fullfører programmet', indicator: 'Andel som fullførte programmet', target: target(0.7, 0.95), timepoint: 'Ved programslutt' },
    { goalId: 'M4', goalText: 'Deltakerne får jobb som følge av programmet', indicator: 'Antall i jobb som følge av programmet', target: Math.max(1, Math.round(p.participants * target(0.1, 0.3))), timepoint: 'Ved programslutt' },
  ];
  const info: Partial<Record<ProgrammeInfoKey, CellValue>> = {
    orgName: p.orgName,
    orgNumber: p.orgNumber,
    programName: p.programName,
    programType: 'Mentorprogram',
    reportingYear: year,
    grantAmount: 100_000 * (2 + Math.floor(random() * 12)),
    programStart: utc(year, 1, 1),
    programEnd: utc(year, 12, 31),
    contactName: 'Kontakt Person',
    contactEmail: 'kontakt@eksempel.no',
    minMeetings: 6,
    followUpMonths: 6,
  };
  return { info, goals, participants, mentors, activities: [{ date: utc(year, 3, 1), activity: 'Fellessamling', attendees: p.participants }] };
}

export type Content = ReturnType<typeof cleanContent>;

/** Errors a caseworker must send back: a few of these per flawed report. */
const FLAWS: readonly ((c: Content, random: Random) => Content)[] = [
  (c) => ({ ...c, info: { ...c.info, orgNumber: `${String(c.info.orgNumber).slice(0, 8)}${(Number(String(c.info.orgNumber).slice(8)) + 1) % 10}` } }),
  (c) => ({ ...c, participants: c.participants.map((p, i) => (i === 1 ? { ...p, gender: 'K' } : p)) }),
  (c) => ({ ...c, participants: c.participants.map((p, i) => (i === 2 && p.endDate ? { ...p, endDate: utc(2019, 1, 1) } : p)) }),
  (c) => ({ ...c, participants: c.participants.map((p, i) => (i === 0 ? { ...p, mentorId: 'M99' } : p)) }),
  (c) => ({ ...c, participants: c.participants.map((p, i) => (i === 3 ? { ...p, birthYear: null } : p)) }),
];

export function flawed(c: Content, random: Random): Content {
  const first = Math.floor(random() * FLAWS.length);
  const second = (first + 1 + Math.floor(random() * (FLAWS.length - 1))) % FLAWS.length;
  return FLAWS[second](FLAWS[first](c, random), random);
}

export function unclearGoals(c: Content): Content {
  const goals = c.goals.map((g, i) => (i === 0 ? { ...g, indicator: null } : i === 1 ? { ...g, target: null, goalText: 'Flere i arbeid' } : g));
  return { ...c, goals: [...goals, { goalId: 'M5', goalText: 'Godt samarbeid med arbeidsgivere', indicator: 'Annet', target: 10, timepoint: 'I løpet av året', achieved: 8 }] };
}

export function missingJobRelevance(c: Content, random: Random): Content {
  return {
    ...c,
    participants: c.participants.map((p) => (isEmployedStatus(p.statusAtEnd as string | null) && random() < 0.6 ? { ...p, relevantJob: random() < 0.5 ? null : 'Ukjent' } : p)),
  };
}

export async function writeWorkbook(path: string, content: ReportContent): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const data = await buildReportWorkbook(content).xlsx.writeBuffer();
  await fs.writeFile(path, Buffer.from(data as ArrayBuffer));
}

export interface Planned {
  readonly entry: CorpusEntry;
  readonly write: (path: string) => Promise<void>;
  /** Year corpus: the file's modification time (decides which version is the newest). */
  readonly modified?: Date;
}

function plan(options: CorpusOptions): Planned[] {
  const random = seededRandom(options.seed ?? 2026);
  if (options.year !== undefined) return planYear(options.year, random);
  // Every programme its own organisation (names and numbers unique), except where a test wants
  // the same organisation again (several years).
  const orgs: { name: string; number: string }[] = [];
  const numbers = new Set<string>();
  const org = (i: number): { name: string; number: string } => {
    while (orgs.length <= i) {
      const n = orgs.length;
      const region = REGIONS[Math.floor(n / ORG_NAMES.length) % REGIONS.length];
      let number = orgNumber(random);
      while (numbers.has(number)) number = orgNumber(random);
      numbers.add(number);
      orgs.push({ name: `${ORG_NAMES[n % ORG_NAMES.length]}${region}${n >= ORG_NAMES.length * REGIONS.length ? ` ${n}` : ''}`, number });
    }
    return orgs[i];
  };
  const programme = (i: number, year: number, participants: number): Programme => ({
    orgName: org(i).name,
    orgNumber: org(i).number,
    programName: `${PROGRAMME_WORDS[i % PROGRAMME_WORDS.length]} ${org(i).name.split(' ')[0]}`,
    year,
    participants,
  });
  const planned: Planned[] = [];
  const report = (file: string, variant: Variant, p: Programme, change: (c: Content, r: Random) => Content = (c) => c): void => {
    const content = change(cleanContent(p, random), random);
    planned.push({
      entry: { file, variant, orgNumber: String(content.info.orgNumber), year: p.year, participants: p.participants, broken: false },
      write: (path) => writeWorkbook(path, content),
    });
  };

  if (options.count !== undefined) {
    const size = options.participants ?? 300;
    for (let i = 0; i < options.count; i++) {
      const variant: Variant = i % 5 === 1 ? 'flawed' : i % 5 === 3 ? 'missing-job-relevance' : 'good';
      const change = variant === 'flawed' ? flawed : variant === 'missing-job-relevance' ? missingJobRelevance : undefined;
      report(`rapport-${String(i + 1).padStart(3, '0')}.xlsx`, variant, programme(i, 2025, size), change);
    }
    return planned;
  }

  const size = (): number => 12 + Math.floor(random() * 40);
  let next = 0;
  for (let i = 0; i < 10; i++) report(`god-${String(i + 1).padStart(2, '0')}.xlsx`, 'good', programme(next++, 2025, size()));
  for (let i = 0; i < 5; i++) report(`feil-${i + 1}.xlsx`, 'flawed', programme(next++, 2025, size()), flawed);
  for (let i = 0; i < 4; i++) report(`uklare-mal-${i + 1}.xlsx`, 'unclear-goals', programme(next++, 2025, size()), unclearGoals);
  for (let i = 0; i < 4; i++) report(`mangler-jobbrelevans-${i + 1}.xlsx`, 'missing-job-relevance', programme(next++, 2025, size()), missingJobRelevance);
  for (let i = 0; i < 3; i++) report(`lite-program-${i + 1}.xlsx`, 'small', programme(next++, 2025, 3 + i * 2));
  // One organisation, three years, in sub-folders (batch mode searches recursively).
  const multi = next++;
  const slug = org(multi).name.replace(/\s+/g, '-').toLowerCase();
  for (const year of [2023, 2024, 2025]) report(`flere-ar/${year}/${slug}-${year}.xlsx`, 'multi-year', programme(multi, year, size()));
  // Text that a spreadsheet would take for a formula must stay text in portfolio.xlsx.
  report('formelnavn.xlsx', 'formula-like-name', programme(next++, 2025, size()), (c) => ({
    ...c,
    info: { ...c.info, orgName: '=HYPERLINK("http://example.invalid","klikk")', programName: '+Vekst -program @2025' },
  }));

  const broken = (file: string, variant: Variant, bytes: () => Promise<Buffer>): void => {
    planned.push({
      entry: { file, variant, orgNumber: null, year: null, participants: 0, broken: true },
      write: async (path) => {
        await fs.mkdir(dirname(path), { recursive: true });
        await fs.writeFile(path, await bytes());
      },
    });
  };
  broken('odelagt/tom.xlsx', 'broken-empty', async () => Buffer.alloc(0));
  broken('odelagt/tekst.xlsx', 'broken-not-zip', async () => Buffer.from('Dette er ikke et regneark.\n', 'utf8'));
  const truncatedContent = cleanContent(programme(next++, 2025, 20), random);
  broken('odelagt/avkuttet.xlsx', 'broken-truncated', async () => {
    const full = Buffer.from((await buildReportWorkbook(truncatedContent).xlsx.writeBuffer()) as ArrayBuffer);
    return full.subarray(0, Math.floor(full.length / 2));
  });
  // The Compound File header of old .xls files (and of encrypted OOXML).
  broken('odelagt/gammelt-format.xlsx', 'broken-old-format', async () => {
    const header = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    return header;
  });
  return planned;
}

/** Writes the corpus into `dir` (made if needed) and a corpus.json describing it. */
export async function writeCorpus(dir: string, options: CorpusOptions = {}): Promise<CorpusEntry[]> {
  const planned = plan(options);
  await fs.mkdir(dir, { recursive: true });
  for (const p of planned) {
    const path = join(dir, ...p.entry.file.split('/'));
    await p.write(path);
    if (p.modified !== undefined) await fs.utimes(path, p.modified, p.modified);
  }
  const entries = planned.map((p) => p.entry);
  await fs.writeFile(join(dir, 'corpus.json'), `${JSON.stringify({ seed: options.seed ?? 2026, files: entries }, null, 2)}\n`);
  return entries;
}

function parseArgs(argv: readonly string[]): { dir: string; options: CorpusOptions } {
  const [dir, ...rest] = argv;
  if (dir === undefined || dir.startsWith('-')) throw new Error('usage: make-corpus OUT_DIR [--seed N] [--count N --participants N]');
  const options: { seed?: number; count?: number; participants?: number; year?: number } = {};
  for (let i = 0; i < rest.length; i += 2) {
    const value = Number(rest[i + 1]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${rest[i]} needs a whole number`);
    if (rest[i] === '--seed') options.seed = value;
    else if (rest[i] === '--count') options.count = value;
    else if (rest[i] === '--participants') options.participants = value;
    else if (rest[i] === '--year') options.year = value;
    else throw new Error(`unknown option ${rest[i]}`);
  }
  return { dir, options };
}

if (require.main === module) {
  const { dir, options } = parseArgs(process.argv.slice(2));
  writeCorpus(dir, options).then(
    (entries) => process.stdout.write(`${entries.length} files written to ${dir}\n`),
    (error: unknown) => {
      process.stderr.write(`make-corpus: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
