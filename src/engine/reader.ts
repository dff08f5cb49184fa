/**
 * Reader: WorkbookSnapshot → typed rows that remember each value's cell address.
 * It parses and classifies every template cell once (ok, empty, wrong type, unknown code,
 * Excel error); rules only look at the result.
 */
import {
  ACTIVITIES,
  ActivityKey,
  ColumnDef,
  DEFAULT_FOLLOW_UP_MONTHS,
  FormSheetDef,
  GOALS,
  GoalKey,
  GUIDE_SHEET,
  MENTOR_PROGRAMME_TYPES,
  MENTORS,
  MentorKey,
  PARTICIPANTS,
  ParticipantKey,
  PROGRAMME_INFO,
  ProgrammeInfoKey,
  TableSheetDef,
  VERSION_CELL,
} from './template';
import { CellValue, cellAddress, cellAt, columnLetter, isBlank, isCellError, parseAddress, SheetGrid, WorkbookSnapshot } from './snapshot';
import { normalizeKey, parseDate, parseNumber, parseText } from './parse';

export type CellProblem = 'type' | 'code' | 'error';
export type Value = string | number | Date;

export interface ParsedCell {
  readonly address: string;
  readonly raw: CellValue;
  /** The typed value; null when empty or when `problem` is set. */
  readonly value: Value | null;
  readonly problem: CellProblem | null;
  /** A number written as text with a percent sign. */
  readonly percent: boolean;
}

export interface Row<K extends string> {
  /** 1-based worksheet row number. */
  readonly rowNumber: number;
  /** One entry per template column found in the sheet; absent columns are undefined. */
  readonly cells: Readonly<Partial<Record<K, ParsedCell>>>;
}

export interface HeaderCell {
  readonly header: string;
  readonly address: string;
  readonly duplicate: boolean;
}

export interface TableRead<K extends string> {
  readonly def: TableSheetDef;
  /** The sheet's name as written in the workbook (the template name when absent). */
  readonly sheetName: string;
  readonly present: boolean;
  /** 0-based; null when no header row was found. */
  readonly headerRowIndex: number | null;
  /** Template column key → 0-based column index in the sheet. */
  readonly columns: Readonly<Partial<Record<K, number>>>;
  readonly unknownHeaders: readonly HeaderCell[];
  readonly rows: readonly Row<K>[];
}

export interface FormRead<K extends string> {
  readonly def: FormSheetDef;
  readonly sheetName: string;
  readonly present: boolean;
  /** Fields whose label was found; the cell is the value cell in column B. */
  readonly fields: Readonly<Partial<Record<K, ParsedCell>>>;
}

export interface ReportContext {
  readonly currentYear: number;
  readonly reportingYear: number | null;
  /** 31 December of the reporting year; today when the year is unknown. */
  readonly referenceDate: Date;
  readonly followUpMonths: number;
  readonly programType: string | null;
  readonly isMentorProgramme: boolean;
  readonly minMeetings: number | null;
  readonly grantAmount: number | null;
}

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly guide: { readonly present: boolean; readonly sheetName: string; readonly version: string | null };
  readonly programmeInfo: FormRead<ProgrammeInfoKey>;
  readonly goals: TableRead<GoalKey>;
  readonly participants: TableRead<ParticipantKey>;
  readonly mentors: TableRead<MentorKey>;
  readonly activities: TableRead<ActivityKey>;
  readonly context: ReportContext;
}

export interface ReadOptions {
  /** "Now", for the current year and for reports without a reporting year. */
  readonly now?: Date;
}

const HEADER_SEARCH_ROWS = 10;
const FORM_SEARCH_ROWS = 200;

export function readWorkbook(snapshot: WorkbookSnapshot, options: ReadOptions = {}): WorkbookRead {
  const now = options.now ?? new Date();
  const sheetIndex = indexSheets(snapshot);
  const guideName = sheetIndex.get(normalizeKey(GUIDE_SHEET));
  const programmeInfo = readForm<ProgrammeInfoKey>(PROGRAMME_INFO, snapshot, sheetIndex);
  const read: Omit<WorkbookRead, 'context'> = {
    snapshot,
    guide: {
      present: guideName !== undefined,
      sheetName: guideName ?? GUIDE_SHEET,
      version: guideName === undefined ? null : parseText(cellAt(snapshot.sheets[guideName], VERSION_CELL.row, VERSION_CELL.column)),
    },
    programmeInfo,
    goals: readTable<GoalKey>(GOALS, snapshot, sheetIndex),
    participants: readTable<ParticipantKey>(PARTICIPANTS, snapshot, sheetIndex),
    mentors: readTable<MentorKey>(MENTORS, snapshot, sheetIndex),
    activities: readTable<ActivityKey>(ACTIVITIES, snapshot, sheetIndex),
  };
  return { ...read, context: buildContext(programmeInfo, now) };
}

function indexSheets(snapshot: WorkbookSnapshot): Map<string, string> {
  const index = new Map<string, string>();
  for (const name of Object.keys(snapshot.sheets)) {
    const key = normalizeKey(name);
    if (!index.has(key)) index.set(key, name);
  }
  return index;
}

function buildContext(info: FormRead<ProgrammeInfoKey>, now: Date): ReportContext {
  const reportingYear = numberValue(info.fields.reportingYear);
  const followUp = numberValue(info.fields.followUpMonths);
  const programType = stringValue(info.fields.programType);
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return {
    currentYear: now.getUTCFullYear(),
    reportingYear,
    referenceDate: reportingYear !== null ? new Date(Date.UTC(reportingYear, 11, 31)) : today,
    followUpMonths:
      followUp !== null && Number.isInteger(followUp) && followUp >= 1 && followUp <= 24 ? followUp : DEFAULT_FOLLOW_UP_MONTHS,
    programType,
    isMentorProgramme: programType !== null && MENTOR_PROGRAMME_TYPES.includes(programType),
    minMeetings: numberValue(info.fields.minMeetings),
    grantAmount: numberValue(info.fields.grantAmount),
  };
}

// ---------------------------------------------------------------- typed access

export function numberValue(cell: ParsedCell | undefined): number | null {
  return typeof cell?.value === 'number' ? cell.value : null;
}

export function stringValue(cell: ParsedCell | undefined): string | null {
  return typeof cell?.value === 'string' ? cell.value : null;
}

export function dateValue(cell: ParsedCell | undefined): Date | null {
  return cell?.value instanceof Date ? cell.value : null;
}

/** No usable value: blank, or an Excel error (reported by formula-error). */
export function isEmptyCell(cell: ParsedCell | undefined): boolean {
  return cell === undefined || cell.problem === 'error' || isBlank(cell.raw);
}

/**
 * Nothing written: what the "required" and "*-missing" rules report. An Excel error is written
 * (a formula that fails) and is formula-error's alone, so a #DIV/0! is one finding, not two.
 */
export function isUnfilledCell(cell: ParsedCell | undefined): boolean {
  return cell === undefined || (cell.problem !== 'error' && isBlank(cell.raw));
}

// ---------------------------------------------------------------- cell parsing

/** A cell's problem as a small number, so it fits in one field with the column and the percent flag. */
const PROBLEMS: readonly (CellProblem | null)[] = [null, 'type', 'code', 'error'];
const PROBLEM_CODE: Readonly<Record<CellProblem, number>> = { type: 1, code: 2, error: 3 };

/**
 * A parsed cell. The address is built on demand: a report reads a few hundred addresses,
 * while a large sheet holds hundreds of thousands of cells (building every address string
 * up front was most of the reader's time and garbage). One of these lives per template cell for
 * the whole check, so it has few fields: the 0-based column, the problem and the percent flag
 * share one small integer (`column << 3 | problem << 1 | percent`), and a cell whose value is its
 * raw value (empty cells, numbers, text, dates: most cells) keeps it once (SameCell). Each field
 * is 8 bytes per cell in Node (no pointer compression): ~1 MB per field on 5,000 participants.
 */
abstract class Cell implements ParsedCell {
  constructor(
    readonly raw: CellValue,
    private readonly packed: number,
    private readonly rowNumber: number,
  ) {}

  abstract readonly value: Value | null;

  get problem(): CellProblem | null {
    return PROBLEMS[(this.packed >> 1) & 3];
  }

  get percent(): boolean {
    return (this.packed & 1) === 1;
  }

  get address(): string {
    return `${columnLetter(this.packed >> 3)}${this.rowNumber}`;
  }

  toJSON(): ParsedCell {
    return { address: this.address, raw: this.raw, value: this.value, problem: this.problem, percent: this.percent };
  }
}

/** A cell whose typed value differs from what was written (text read as a number or a code). */
class ValueCell extends Cell {
  constructor(
    raw: CellValue,
    readonly value: Value | null,
    packed: number,
    rowNumber: number,
  ) {
    super(raw, packed, rowNumber);
  }
}

/** A cell whose typed value is its raw value (never a boolean or an Excel error). */
class SameCell extends Cell {
  // Written out: the implicit constructor passes its arguments on by spreading them, which
  // V8 runs slowly until it has optimised it, and a process checks its first files before that.
  constructor(raw: CellValue, packed: number, rowNumber: number) {
    super(raw, packed, rowNumber);
  }

  get value(): Value | null {
    return this.raw as Value | null;
  }
}

function newCell(raw: CellValue, value: Value | null, packed: number, rowNumber: number): Cell {
  return value === raw ? new SameCell(raw, packed, rowNumber) : new ValueCell(raw, value, packed, rowNumber);
}

/** Parses cells of one column; code lookups are cached because codes repeat down a column. */
export class ColumnParser {
  private readonly codes: Map<string, string> | null;
  private readonly cache = new Map<string, string | null>();

  constructor(
    private readonly column: ColumnDef,
    private readonly columnIndex = 0,
  ) {
    this.codes = column.codes ? new Map(column.codes.map((code) => [normalizeKey(code), code])) : null;
  }

  /** Parses the cell at a 0-based row of this parser's column. */
  parseAt(raw: CellValue, rowIndex: number): ParsedCell {
    return this.parseIn(raw, this.columnIndex << 3, rowIndex + 1);
  }

  /** Parses a cell at an explicit A1 address (`B7`). */
  parse(raw: CellValue, address: string): ParsedCell {
    const at = parseAddress(address);
    if (at === null) throw new Error(`not an A1 address: ${address}`);
    return this.parseIn(raw, at.column << 3, at.row + 1);
  }

  /** `col` is the column already shifted into place for Cell's packed field. */
  private parseIn(raw: CellValue, col: number, row: number): ParsedCell {
    // No closure per call for building the Cell: this runs once per template cell.
    if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return newCell(raw, null, col, row);
    if (isCellError(raw)) return newCell(raw, null, col | (PROBLEM_CODE.error << 1), row);
    switch (this.column.type) {
      case 'integer':
      case 'number':
      case 'goalValue': {
        // A number cell is its own value: no parseNumber, no ParsedNumber object per cell.
        let value: number;
        let percent = false;
        if (typeof raw === 'number') {
          if (!Number.isFinite(raw)) return newCell(raw, null, col | (PROBLEM_CODE.type << 1), row);
          value = raw;
        } else {
          const parsed = parseNumber(raw);
          if (parsed === null) return newCell(raw, null, col | (PROBLEM_CODE.type << 1), row);
          value = parsed.value;
          percent = parsed.percent;
        }
        if (this.column.type === 'integer') {
          // A formula such as =0,1*3*10 gives 3.0000000000000004: that is 3, not a fraction.
          const whole = Math.round(value);
          if (Math.abs(value - whole) > 1e-9) return newCell(raw, null, col | (PROBLEM_CODE.type << 1), row);
          value = whole;
        }
        return newCell(raw, value, col | (percent ? 1 : 0), row);
      }
      case 'date': {
        const date = parseDate(raw);
        return date === null ? newCell(raw, null, col | (PROBLEM_CODE.type << 1), row) : newCell(raw, date, col, row);
      }
      case 'code': {
        const code = this.code(raw);
        return code === null ? newCell(raw, null, col | (PROBLEM_CODE.code << 1), row) : newCell(raw, code, col, row);
      }
      default:
        return newCell(raw, parseText(raw), col, row);
    }
  }

  private code(raw: CellValue): string | null {
    const text = typeof raw === 'string' ? raw : parseText(raw) ?? '';
    let code = this.cache.get(text);
    if (code === undefined) {
      code = this.codes?.get(normalizeKey(text)) ?? null;
      this.cache.set(text, code);
    }
    return code;
  }
}

// ---------------------------------------------------------------- sheets

function readForm<K extends string>(def: FormSheetDef, snapshot: WorkbookSnapshot, index: Map<string, string>): FormRead<K> {
  const sheetName = index.get(normalizeKey(def.name));
  if (sheetName === undefined) return { def, sheetName: def.name, present: false, fields: {} as Partial<Record<K, ParsedCell>> };
  const grid = snapshot.sheets[sheetName];
  const byLabel = new Map(def.fields.map((field) => [normalizeKey(field.header), field]));
  const fields: Partial<Record<string, ParsedCell>> = {};
  const rowCount = Math.min(grid.length, FORM_SEARCH_ROWS);
  for (let r = 0; r < rowCount; r++) {
    const label = cellAt(grid, r, 0);
    if (typeof label !== 'string') continue;
    const field = byLabel.get(normalizeKey(label));
    if (field === undefined || fields[field.key] !== undefined) continue;
    fields[field.key] = new ColumnParser(field, 1).parseAt(cellAt(grid, r, 1), r);
  }
  return { def, sheetName, present: true, fields: fields as Partial<Record<K, ParsedCell>> };
}

interface HeaderMatch {
  readonly rowIndex: number;
  readonly columns: Map<string, number>;
  readonly unknown: HeaderCell[];
}

/**
 * Whether a row has a value in one of the template's columns (a loop, not a closure per row).
 * Index loops here and in the rules' per-cell loops: a for-of allocates an iterator result per
 * step until V8 has optimised the loop, which in a one-shot CLI process is most of the run
 * (~9 MB of garbage per check of 5,000 participants, enough to make V8 grow its young generation).
 */
function holdsValue(line: readonly CellValue[], parsers: readonly { readonly index: number }[]): boolean {
  for (let i = 0; i < parsers.length; i++) if (!isBlank(line[parsers[i].index] ?? null)) return true;
  return false;
}

function readTable<K extends string>(def: TableSheetDef, snapshot: WorkbookSnapshot, index: Map<string, string>): TableRead<K> {
  const sheetName = index.get(normalizeKey(def.name));
  const absent = { def, sheetName: sheetName ?? def.name, headerRowIndex: null, columns: {} as Partial<Record<K, number>>, unknownHeaders: [], rows: [] };
  if (sheetName === undefined) return { ...absent, present: false };
  const grid = snapshot.sheets[sheetName];
  const header = findHeader(def, grid);
  if (header === null) return { ...absent, present: true };
  const parsers = def.columns
    .filter((column) => header.columns.has(column.key))
    .map((column) => {
      const index = header.columns.get(column.key) as number;
      return { key: column.key, index, parser: new ColumnParser(column, index) };
    });
  const rows: Row<K>[] = [];
  // Every row's record is a copy of one made with all its keys at once. Adding the keys one by
  // one (`cells[key] = …`, a store with a computed key) turns a record of more than 16 keys into a
  // hash table in V8: Deltakere's 23 columns cost ~0.8 KB per row instead of ~0.1 KB.
  const shape: Partial<Record<string, ParsedCell>> = Object.fromEntries(parsers.map((p) => [p.key, undefined]));
  for (let r = header.rowIndex + 1; r < grid.length; r++) {
    const line = grid[r];
    if (line === undefined || !holdsValue(line, parsers)) continue;
    const cells = { ...shape };
    for (let i = 0; i < parsers.length; i++) {
      const p = parsers[i];
      cells[p.key] = p.parser.parseAt(line[p.index] ?? null, r);
    }
    rows.push({ rowNumber: r + 1, cells: cells as Partial<Record<K, ParsedCell>> });
  }
  return {
    def,
    sheetName,
    present: true,
    headerRowIndex: header.rowIndex,
    columns: Object.fromEntries(header.columns) as Partial<Record<K, number>>,
    unknownHeaders: header.unknown,
    rows,
  };
}

/**
 * The header row is the first of the first 10 rows holding the sheet's first column header.
 * If that header was deleted, the row with most template headers is used, so one lost
 * column does not hide the rest of the sheet.
 */
function findHeader(def: TableSheetDef, grid: SheetGrid): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const match = matchHeaderRow(def, grid, r);
    if (match.columns.has(def.columns[0].key)) return match;
    if (match.columns.size > 0 && (best === null || match.columns.size > best.columns.size)) best = match;
  }
  return best;
}

function matchHeaderRow(def: TableSheetDef, grid: SheetGrid, rowIndex: number): HeaderMatch {
  const byHeader = new Map(def.columns.map((column) => [normalizeKey(column.header), column.key]));
  const columns = new Map<string, number>();
  const unknown: HeaderCell[] = [];
  const line = grid[rowIndex] ?? [];
  for (let c = 0; c < line.length; c++) {
    const text = parseText(line[c] ?? null);
    if (text === null) continue;
    const key = byHeader.get(normalizeKey(text));
    if (key !== undefined && !columns.has(key)) columns.set(key, c);
    else unknown.push({ header: text, address: cellAddress(rowIndex, c), duplicate: key !== undefined });
  }
  return { rowIndex, columns, unknown };
}
