/**
 * Random workbooks that look like the template, for property tests of the engine
 * (tests/hardening/engine-properties.test.ts, 500 runs each) and the fuzz benchmark
 * (bench/fuzz.js, 10 000 runs): template sheets and headers in random order and case, with
 * valid values mixed with near misses (codes in other case, numbers and dates as text, serials)
 * and garbage (errors, booleans, long and foreign text, personal ID numbers, NaN), title rows,
 * missing and unknown columns, empty rows, ragged rows and sheets of the user's own. Values are
 * drawn from small pools (IDs D1–D8, M1–M4) so references, duplicates and rules really fire.
 *
 * The checks (`reportProblems`, `essence`, `shuffleDataRows`, `reorderColumns`) live here too,
 * so the tests and the benchmark assert the same things.
 */
import fc from 'fast-check';
import {
  ADDIN_SHEETS,
  CellValue,
  ColumnDef,
  EXPLANATION_HEADERS,
  GUIDE_SHEET,
  normalizeKey,
  parseAddress,
  PROGRAMME_INFO,
  Report,
  RULES,
  SheetGrid,
  TABLE_SHEETS,
  TableSheetDef,
  TEMPLATE_VERSION,
  WorkbookSnapshot,
} from '../src/engine';
import { seededRandom } from './synthetic';

/** A generated workbook and where its table headers are, for the transformations. */
export interface FuzzWorkbook {
  readonly snapshot: WorkbookSnapshot;
  /** Table sheet name → 0-based header row. */
  readonly headerRows: Readonly<Record<string, number>>;
}

export interface FuzzOptions {
  /** A template header may appear twice (then only the first column is read). */
  readonly duplicateHeaders?: boolean;
  /** Add the add-in's explanations sheet with random explanations. */
  readonly explanations?: boolean;
}

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!', '#GETTING_DATA'];
const PARTICIPANT_IDS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];
const MENTOR_IDS = ['M1', 'M2', 'M3', 'M4'];
const GOAL_IDS = ['M1', 'M2', 'M3', 'G1'];
/** Headers of columns of the user's own: never a template header. */
const OWN_HEADERS = ['Notat', 'Merknad', 'Kolonne1', 'Saksbehandler', 'Navn', '', '📝', 'ملاحظة'];
const OWN_SHEETS = ['Ark1', 'Notater', '📊 Tall', 'Sheet 2', 'Kopi av Deltakere'];
const TIMEPOINTS = ['Ved programslutt', '6 måneder etter programslutt', 'ved programslutt', 'Innen 2025'];

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// ---------------------------------------------------------------- values

/** A synthetic fødselsnummer or D-number (month + 80: never a real person), valid check digits. */
export function syntheticPersonalId(day: number, month: number, year: number, individual: number, dNumber: boolean): string | null {
  const base = `${pad(day + (dNumber ? 40 : 0))}${pad(month + 80)}${pad(year % 100)}${pad(individual, 3)}`;
  const digits = base.split('').map(Number);
  const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * digits[i], 0) % 11);
  const c1 = k1 === 11 ? 0 : k1;
  if (c1 === 10) return null;
  const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * [...digits, c1][i], 0) % 11);
  const c2 = k2 === 11 ? 0 : k2;
  if (c2 === 10) return null;
  return `${base}${c1}${c2}`;
}

export const personalIdArbitrary: fc.Arbitrary<string> = fc
  .record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 1950, max: 2005 }), individual: fc.integer({ min: 0, max: 999 }), d: fc.boolean() })
  .map(({ day, month, year, individual, d }) => syntheticPersonalId(day, month, year, individual, d))
  .filter((id): id is string => id !== null);

const errorValue: fc.Arbitrary<CellValue> = fc.constantFrom(...ERRORS).map((error) => ({ error }));

/** Anything a cell might hold that the column did not ask for. */
const garbage: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(' ', '   ', '-', 'N/A', 'ukjent', 'x', '?', 'تم', '👍🏽', 'Ja ', ' NEI'),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.boolean(),
  errorValue,
  fc.date({ min: utc(1800, 1, 1), max: utc(2100, 1, 1), noInvalidDate: true }),
  personalIdArbitrary,
  personalIdArbitrary.map((id) => `fnr ${id.slice(0, 6)} ${id.slice(6)}`),
  fc.integer({ min: 100, max: 5000 }).map((n) => 'x'.repeat(n)),
);

/** A code as written, or as people write it: other case, extra spaces. */
function codeVariant(codes: readonly string[]): fc.Arbitrary<CellValue> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...codes) },
    { weight: 1, arbitrary: fc.constantFrom(...codes).map((c) => `  ${c.toUpperCase()} `) },
    { weight: 1, arbitrary: fc.constantFrom(...codes).map((c) => c.replace(' ', '  ').toLowerCase()) },
  );
}

function numberVariant(min: number, max: number, integer: boolean): fc.Arbitrary<CellValue> {
  const n = integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
  return fc.oneof(
    { weight: 5, arbitrary: n },
    { weight: 1, arbitrary: n.map((v) => String(v)) },
    { weight: 1, arbitrary: n.map((v) => `${String(v).replace('.', ',')} %`) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 999_999 }).map((v) => `${Math.floor(v / 1000)} ${pad(v % 1000, 3)}`) },
    { weight: 1, arbitrary: fc.integer({ min: min - 10, max: max + 10 }) },
    { weight: 1, arbitrary: fc.constantFrom('ti', '10 stk', 'to-tre', '1.234,5') },
  );
}

const dateVariant: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.date({ min: utc(2023, 1, 1), max: utc(2027, 12, 31), noInvalidDate: true }).map((d) => utc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) },
  { weight: 1, arbitrary: fc.date({ min: utc(2024, 1, 1), max: utc(2026, 12, 31), noInvalidDate: true }).map((d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`) },
  { weight: 1, arbitrary: fc.date({ min: utc(2024, 1, 1), max: utc(2026, 12, 31), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.integer({ min: 44_000, max: 47_000 }) },
  { weight: 1, arbitrary: fc.constantFrom('31.02.2025', '15.01.1899', '13. januar 2025', '2025-13-01', '1.1.25', '00.00.0000') },
);

function boundOf(bound: ColumnDef['min'], fallback: number): number {
  if (typeof bound === 'number') return bound;
  if (bound === undefined) return fallback;
  return bound.ref === 'age' ? 60 : 2025 + (bound.offset ?? 0);
}

/** A value for a template column: mostly right, sometimes nearly, now and then garbage. */
function columnValue(column: ColumnDef): fc.Arbitrary<CellValue> {
  let right: fc.Arbitrary<CellValue>;
  switch (column.type) {
    case 'code':
      right = codeVariant(column.codes ?? ['Ja']);
      break;
    case 'integer':
    case 'number':
      right = numberVariant(boundOf(column.min, 0), boundOf(column.max, 200), column.type === 'integer');
      break;
    case 'date':
      right = dateVariant;
      break;
    case 'email':
      right = fc.constantFrom('kari@eksempel.no', 'post@mentor.no', 'kari eksempel.no', 'kari@', 'a@b@c.no');
      break;
    case 'orgnr':
      right = fc.constantFrom('974760673', '926812343', 974760673, '974 760 673', '123', '926812344');
      break;
    case 'timepoint':
      right = fc.oneof(fc.constantFrom(...TIMEPOINTS), dateVariant);
      break;
    case 'goalValue':
      right = fc.oneof(fc.constantFrom(0.6, 60, '60 %', 0.5, 5, 12, 4.2, -1, 140, 1), fc.double({ min: -10, max: 200, noNaN: true }));
      break;
    case 'text':
      right =
        column.key === 'participantId'
          ? fc.constantFrom(...PARTICIPANT_IDS)
          : column.key === 'mentorId'
            ? fc.oneof(fc.constantFrom(...MENTOR_IDS), fc.constantFrom('M9', 'm1 ', 1))
            : column.key === 'goalId'
              ? fc.constantFrom(...GOAL_IDS)
              : fc.constantFrom('Minst 60 % i arbeid', 'Flere i jobb', 'Praksis i kommunen', 'Annet mål: 12 samlinger', 'Tekst');
      break;
  }
  return fc.oneof({ weight: 12, arbitrary: right }, { weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: errorValue }, { weight: 1, arbitrary: garbage });
}

// ---------------------------------------------------------------- sheets

function nameVariant(name: string): fc.Arbitrary<string> {
  return fc.oneof({ weight: 8, arbitrary: fc.constant(name) }, { weight: 1, arbitrary: fc.constant(name.toUpperCase()) }, { weight: 1, arbitrary: fc.constant(` ${name} `) });
}

/** Drops trailing empty cells, as a reader that trims rows would. */
function ragged(row: CellValue[], trim: boolean): CellValue[] {
  if (!trim) return row;
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

interface TableParts {
  readonly name: string;
  readonly grid: (CellValue[] | undefined)[];
  readonly headerRow: number;
}

function tableSheet(def: TableSheetDef, options: FuzzOptions): fc.Arbitrary<TableParts> {
  const columns = fc.record({
    kept: fc.subarray([...def.columns], { minLength: Math.min(2, def.columns.length) }),
    own: fc.subarray(OWN_HEADERS, { maxLength: 2 }),
    duplicate: options.duplicateHeaders === true ? fc.option(fc.constantFrom(...def.columns), { freq: 4 }) : fc.constant(null),
  });
  return fc
    .record({
      name: nameVariant(def.name),
      titles: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constant(10) }),
      columns,
      order: fc.integer(),
      headerCase: fc.constantFrom<'as-is' | 'upper' | 'spaced'>('as-is', 'as-is', 'as-is', 'upper', 'spaced'),
    })
    .chain(({ name, titles, columns: picked, order, headerCase }) => {
      type Slot = { readonly header: string; readonly value: fc.Arbitrary<CellValue> };
      const slots: Slot[] = [
        ...picked.kept.map((c) => ({ header: c.header, value: columnValue(c) })),
        ...picked.own.map((h) => ({ header: h, value: fc.oneof(fc.constant(null), garbage) })),
        ...(picked.duplicate === null ? [] : [{ header: picked.duplicate.header, value: columnValue(picked.duplicate) }]),
      ];
      const shuffled = permutation(slots.length, order).map((i) => slots[i]);
      const header = shuffled.map((s) => (headerCase === 'upper' ? s.header.toUpperCase() : headerCase === 'spaced' ? ` ${s.header} ` : s.header));
      const row = fc.tuple(...shuffled.map((s) => s.value));
      const dataRow = fc.oneof(
        { weight: 8, arbitrary: fc.tuple(row, fc.boolean()).map(([values, trim]): CellValue[] | undefined => ragged([...values], trim)) },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constant<CellValue[]>([]) },
      );
      return fc.array(dataRow, { maxLength: 12 }).map((rows) => {
        const titleRows: CellValue[][] = Array.from({ length: titles }, (_, i) => [i === 0 ? `${def.name} ${TEMPLATE_VERSION}` : `Merknad ${i}`]);
        return { name, grid: [...titleRows, header, ...rows], headerRow: titles };
      });
    });
}

const programmeInfo: fc.Arbitrary<(CellValue[] | undefined)[]> = fc
  .record({
    fields: fc.subarray([...PROGRAMME_INFO.fields], { minLength: 0 }),
    junk: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...OWN_HEADERS), garbage), garbage), { maxLength: 2 }),
    order: fc.integer(),
  })
  .chain(({ fields, junk, order }) =>
    fc.tuple(...fields.map((f) => fc.tuple(nameVariant(f.header), columnValue(f)))).map((pairs) => {
      const rows: CellValue[][] = [...pairs.map(([label, value]) => [label, value]), ...junk.map(([a, b]) => [a, b])];
      return [['Programinfo'], ...permutation(rows.length, order).map((i) => rows[i])];
    }),
  );

const guide: fc.Arbitrary<CellValue[][]> = fc
  .oneof(fc.constant<CellValue>(TEMPLATE_VERSION), fc.constant<CellValue>('2025.1'), fc.constant<CellValue>(null), garbage)
  .map((version) => [['Veiledning'], ['Malversjon', version]]);

const ownSheet: fc.Arbitrary<CellValue[][]> = fc.array(fc.array(fc.oneof(fc.constant(null), garbage), { maxLength: 5 }), { maxLength: 5 });

const explanationSheet: fc.Arbitrary<CellValue[][]> = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...RULES.map((r) => r.meta.id)), garbage), fc.oneof(fc.constantFrom('Deltakere', 'Mål', 'Programinfo'), garbage), fc.oneof(fc.constantFrom('A2', 'R3', 'B5', ''), garbage), fc.oneof(fc.string({ maxLength: 30 }), garbage)), { maxLength: 5 })
  .map((rows) => [[...EXPLANATION_HEADERS], ...rows.map((r) => [...r])]);

/** A random workbook shaped like the template. */
export function workbookArbitrary(options: FuzzOptions = {}): fc.Arbitrary<FuzzWorkbook> {
  const optional = <T>(arb: fc.Arbitrary<T>, freq: number): fc.Arbitrary<T | null> => fc.option(arb, { freq });
  return fc
    .record({
      guide: optional(guide, 6),
      info: optional(programmeInfo, 10),
      tables: fc.tuple(...TABLE_SHEETS.map((def) => optional(tableSheet(def, options), def.required ? 12 : 3))),
      own: fc.array(fc.tuple(fc.constantFrom(...OWN_SHEETS), ownSheet), { maxLength: 2 }),
      explanations: options.explanations === true ? optional(explanationSheet, 3) : fc.constant(null),
      order: fc.integer(),
    })
    .map(({ guide: g, info, tables, own, explanations, order }) => {
      const sheets: [string, SheetGrid][] = [];
      const headerRows: Record<string, number> = {};
      if (g !== null) sheets.push([GUIDE_SHEET, g]);
      if (info !== null) sheets.push([PROGRAMME_INFO.name, info]);
      for (const table of tables) {
        if (table === null) continue;
        sheets.push([table.name, table.grid]);
        headerRows[table.name] = table.headerRow;
      }
      for (const [name, grid] of own) if (!sheets.some(([n]) => normalizeKey(n) === normalizeKey(name))) sheets.push([name, grid]);
      if (explanations !== null) sheets.push([ADDIN_SHEETS.explanations, explanations]);
      // Tab order is the user's: shuffle it.
      const ordered = permutation(sheets.length, order).map((i) => sheets[i]);
      return { snapshot: { sheets: Object.fromEntries(ordered) }, headerRows };
    });
}

// ---------------------------------------------------------------- transformations

function permutation(length: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function mapTables(workbook: FuzzWorkbook, change: (grid: SheetGrid, headerRow: number) => SheetGrid): FuzzWorkbook {
  const sheets = Object.fromEntries(
    Object.entries(workbook.snapshot.sheets).map(([name, grid]) => {
      const headerRow = workbook.headerRows[name];
      return [name, headerRow === undefined ? grid : change(grid, headerRow)];
    }),
  );
  return { snapshot: { sheets }, headerRows: workbook.headerRows };
}

/** The rows below each table's header in another order (title and header rows stay). */
export function shuffleDataRows(workbook: FuzzWorkbook, seed: number): FuzzWorkbook {
  return mapTables(workbook, (grid, headerRow) => {
    const head = grid.slice(0, headerRow + 1);
    const body = grid.slice(headerRow + 1);
    return [...head, ...permutation(body.length, seed).map((i) => body[i])];
  });
}

/** Each table's columns in another order (header and data cells move together). */
export function reorderColumns(workbook: FuzzWorkbook, seed: number): FuzzWorkbook {
  return mapTables(workbook, (grid, headerRow) => {
    const width = Math.max(0, ...grid.slice(headerRow).map((row) => row?.length ?? 0));
    const order = permutation(width, seed);
    return grid.map((row, r) => {
      if (r < headerRow || row === undefined) return row;
      return order.map((c) => row[c] ?? null);
    });
  });
}

// ---------------------------------------------------------------- checks

function gridWidth(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid) width = Math.max(width, row?.length ?? 0);
  return width;
}

/** Findings that may name a sheet the workbook lacks: that is what they report. */
const ABOUT_ABSENT_SHEETS = new Set(['sheet-missing', 'template-version-missing']);

/**
 * What is wrong with a report for this snapshot, as sentences (empty when nothing is): every
 * finding's sheet exists and its cell lies inside that sheet; every share is in [0, 1] or null.
 */
export function reportProblems(snapshot: WorkbookSnapshot, report: Report): string[] {
  const problems: string[] = [];
  for (const f of report.findings) {
    const where = `${f.rule} at ${String(f.sheet)}!${String(f.cell)}`;
    if (f.sheet === null) {
      if (f.cell !== null) problems.push(`${where}: a cell without a sheet`);
      continue;
    }
    const grid = snapshot.sheets[f.sheet];
    if (grid === undefined) {
      if (!ABOUT_ABSENT_SHEETS.has(f.rule)) problems.push(`${where}: no such sheet`);
      continue;
    }
    if (f.cell === null) continue;
    const address = parseAddress(f.cell);
    if (address === null) problems.push(`${where}: not a cell address`);
    else if (address.row >= grid.length || address.column >= Math.max(gridWidth(grid), 2)) problems.push(`${where}: outside the sheet`);
  }
  const isShare = (v: number | null): boolean => v === null || (Number.isFinite(v) && v >= 0 && v <= 1);
  for (const m of Object.values(report.metrics)) {
    if (m.kind === 'rate' && !isShare(m.value)) problems.push(`metric ${m.key} = ${String(m.value)} is not a share`);
  }
  for (const r of report.rules) if (!isShare(r.share)) problems.push(`rule ${r.rule} share = ${String(r.share)}`);
  return problems;
}

/** The report without what depends on where rows and columns are: addresses and order. */
export function essence(report: Report): unknown {
  return {
    passed: report.passed,
    counts: report.counts,
    template: report.template,
    programme: report.programme,
    metrics: report.metrics,
    rules: [...report.rules].sort((a, b) => a.rule.localeCompare(b.rule)),
    findings: report.findings.map((f) => `${f.rule}|${f.severity}|${String(f.sheet)}|${f.cell === null ? 'no cell' : 'cell'}`).sort(),
    goals: report.goals.map(({ row: _row, cell: _cell, ...goal }) => JSON.stringify(goal)).sort(),
  };
}
