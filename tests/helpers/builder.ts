/**
 * A small snapshot builder for tests: a clean, passing report by default, which each test
 * changes in the one place it is about. Values are given by column key; headers come from the
 * template definition, so tests never spell a header twice.
 */
import {
  ACTIVITIES,
  ADDIN_SHEETS,
  EXPLANATION_HEADERS,
  ActivityKey,
  CellValue,
  GOALS,
  GoalKey,
  GUIDE_SHEET,
  MENTORS,
  MentorKey,
  PARTICIPANTS,
  ParticipantKey,
  PROGRAMME_INFO,
  putSheet,
  ProgrammeInfoKey,
  TableSheetDef,
  TEMPLATE_VERSION,
  WorkbookSnapshot,
} from '../../src/engine';

export type Values<K extends string> = Partial<Record<K, CellValue>>;

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The fixed "now" of engine tests. */
export const NOW = d('2026-03-01');

export const CLEAN_INFO: Values<ProgrammeInfoKey> = {
  orgName: 'Eksempel Mentor AS',
  orgNumber: '974760673',
  programName: 'Mentorløftet',
  programType: 'Mentorprogram',
  reportingYear: 2025,
  grantAmount: 500000,
  programStart: d('2025-01-01'),
  programEnd: d('2025-12-31'),
  contactName: 'Kari Nordmann',
  contactEmail: 'kari@eksempel.no',
  minMeetings: 6,
  followUpMonths: 6,
};

/** A participant who completed, got a relevant permanent job and was followed up. */
export const CLEAN_PARTICIPANT: Values<ParticipantKey> = {
  gender: 'Kvinne',
  birthYear: 1988,
  immigrantCategory: 'Innvandrer',
  countryGroup: 'Landgruppe 2',
  yearsInNorway: 6,
  educationLevel: 'Høyere utdanning, lang',
  educationOrigin: 'Utlandet',
  statusAtStart: 'Arbeidsledig',
  startDate: d('2025-01-15'),
  endDate: d('2025-05-31'),
  completed: 'Ja',
  mentorId: 'M1',
  meetings: 8,
  gatheringsAttended: 3,
  statusAtEnd: 'Fast ansatt',
  employmentShare: 100,
  relevantJob: 'Ja',
  attributedToProgramme: 'Ja',
  selfAssessment: 4,
  statusFollowUp: 'Fast ansatt',
  relevantJobFollowUp: 'Ja',
};

export const CLEAN_MENTOR: Values<MentorKey> = { sector: 'Privat', fieldMatch: 'Ja', trained: 'Ja', menteeCount: 1 };

export const CLEAN_GOAL: Values<GoalKey> = {
  goalText: 'Minst 50 % av deltakerne skal være i arbeid ved programslutt',
  indicator: 'Andel i arbeid ved programslutt',
  target: 0.5,
  timepoint: 'Ved programslutt',
};

export const CLEAN_ACTIVITY: Values<ActivityKey> = { date: d('2025-02-01'), activity: 'Fellessamling', attendees: 10 };

export class WorkbookBuilder {
  private info: Values<ProgrammeInfoKey> = { ...CLEAN_INFO };
  private participantRows: Values<ParticipantKey>[] = [{ ...CLEAN_PARTICIPANT, participantId: 'D1' }];
  private mentorRows: Values<MentorKey>[] = [{ ...CLEAN_MENTOR, mentorId: 'M1' }];
  private goalRows: Values<GoalKey>[] = [{ ...CLEAN_GOAL, goalId: 'M1' }];
  private activityRows: Values<ActivityKey>[] = [];
  private readonly omitted = new Set<string>();
  private readonly omittedColumns = new Map<string, Set<string>>();
  private readonly extraSheets: Record<string, CellValue[][]> = {};
  private version: CellValue = TEMPLATE_VERSION;
  private readonly renamed = new Map<string, string>();
  private readonly titleRows = new Map<string, CellValue[][]>();
  private readonly extraColumns = new Map<string, CellValue[][]>();

  /** Change Programinfo values; `undefined` removes the row (label) entirely. */
  withInfo(values: Partial<Record<ProgrammeInfoKey, CellValue | undefined>>): this {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete this.info[key as ProgrammeInfoKey];
      else this.info[key as ProgrammeInfoKey] = value;
    }
    return this;
  }

  /** Replace the participants: each row starts from CLEAN_PARTICIPANT with ID D1, D2, … */
  withParticipants(...rows: Values<ParticipantKey>[]): this {
    this.participantRows = rows.map((row, i) => ({ ...CLEAN_PARTICIPANT, participantId: `D${i + 1}`, ...row }));
    return this;
  }

  /** Replace the mentors: each row starts from CLEAN_MENTOR with ID M1, M2, … */
  withMentors(...rows: Values<MentorKey>[]): this {
    this.mentorRows = rows.map((row, i) => ({ ...CLEAN_MENTOR, mentorId: `M${i + 1}`, ...row }));
    return this;
  }

  /** Replace the goals: each row starts from CLEAN_GOAL with ID M1, M2, … */
  withGoals(...rows: Values<GoalKey>[]): this {
    this.goalRows = rows.map((row, i) => ({ ...CLEAN_GOAL, goalId: `M${i + 1}`, ...row }));
    return this;
  }

  withActivities(...rows: Values<ActivityKey>[]): this {
    this.activityRows = rows.map((row) => ({ ...CLEAN_ACTIVITY, ...row }));
    return this;
  }

  /** Rows as given, without the clean defaults. */
  withRawParticipants(...rows: Values<ParticipantKey>[]): this {
    this.participantRows = rows;
    return this;
  }

  withoutSheet(name: string): this {
    this.omitted.add(name);
    return this;
  }

  withoutColumn(sheet: string, key: string): this {
    const set = this.omittedColumns.get(sheet) ?? new Set<string>();
    set.add(key);
    this.omittedColumns.set(sheet, set);
    return this;
  }

  withVersion(version: CellValue): this {
    this.version = version;
    return this;
  }

  withSheet(name: string, rows: CellValue[][]): this {
    putSheet(this.extraSheets, name, rows); // a sheet may be called __proto__
    return this;
  }

  /** Write a template sheet under another name (e.g. `DELTAKERE`), to test lookup by name. */
  withSheetRenamed(name: string, writtenAs: string): this {
    this.renamed.set(name, writtenAs);
    return this;
  }

  /** Put title rows above a sheet's header row (or above Programinfo's first label). */
  withTitleRows(sheet: string, ...rows: CellValue[][]): this {
    this.titleRows.set(sheet, rows);
    return this;
  }

  /**
   * Append a column that is not (or is again) in the template: `header` in the header row,
   * then `values` down the data rows.
   */
  withExtraColumn(sheet: string, header: CellValue, ...values: CellValue[]): this {
    const columns = this.extraColumns.get(sheet) ?? [];
    columns.push([header, ...values]);
    this.extraColumns.set(sheet, columns);
    return this;
  }

  /**
   * Explanations of warnings as the task pane stores them: the hidden sheet
   * Rapportsjekk_forklaringer with the header Regel, Ark, Celle, Forklaring.
   */
  withExplanations(...rows: readonly (readonly [rule: string, sheet: string, cell: string | null, text: string])[]): this {
    return this.withSheet(ADDIN_SHEETS.explanations, [[...EXPLANATION_HEADERS], ...rows.map((row) => [...row])]);
  }

  build(): WorkbookSnapshot {
    const sheets: Record<string, CellValue[][]> = {};
    const add = (name: string, rows: CellValue[][]): void => {
      if (this.omitted.has(name)) return;
      const extra = this.extraColumns.get(name) ?? [];
      const width = Math.max(0, ...rows.map((row) => row.length));
      const widened = rows.map((row, r) =>
        extra.length === 0 ? row : [...row, ...Array<CellValue>(width - row.length).fill(null), ...extra.map((column) => column[r] ?? null)],
      );
      putSheet(sheets, this.renamed.get(name) ?? name, [...(this.titleRows.get(name) ?? []), ...widened]);
    };
    add(GUIDE_SHEET, [['Veiledning for IMDi-rapport'], ['Malversjon', this.version]]);
    add(
      PROGRAMME_INFO.name,
      PROGRAMME_INFO.fields.filter((f) => f.key in this.info).map((f) => [f.header, this.info[f.key as ProgrammeInfoKey] ?? null]),
    );
    add(GOALS.name, this.table(GOALS, this.goalRows));
    add(PARTICIPANTS.name, this.table(PARTICIPANTS, this.participantRows));
    add(MENTORS.name, this.table(MENTORS, this.mentorRows));
    if (this.activityRows.length > 0) add(ACTIVITIES.name, this.table(ACTIVITIES, this.activityRows));
    for (const [name, rows] of Object.entries(this.extraSheets)) putSheet(sheets, name, rows);
    return { sheets };
  }

  private table(def: TableSheetDef, rows: Values<string>[]): CellValue[][] {
    const skip = this.omittedColumns.get(def.name) ?? new Set<string>();
    const columns = def.columns.filter((c) => !skip.has(c.key));
    return [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => row[c.key] ?? null))];
  }
}

export const workbook = (): WorkbookBuilder => new WorkbookBuilder();
