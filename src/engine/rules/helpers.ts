/** Small shared pieces for rules: walking template cells, IDs, scopes. */
import { ColumnDef, ParticipantKey, TableSheetDef } from '../template';
import { ConditionDef, CONDITIONS, ParticipantRow } from '../conditions';
import type { MessageData, RuleContext } from '../rule';
import { isUnfilledCell, ParsedCell, TableRead, WorkbookRead } from '../reader';
import { normalizeKey } from '../parse';

export interface VisitedCell {
  readonly sheet: string;
  readonly column: ColumnDef;
  readonly cell: ParsedCell;
  /** 1-based data row; undefined for Programinfo. */
  readonly row?: number;
}

export function tableReads(read: WorkbookRead): readonly TableRead<string>[] {
  return [read.goals, read.participants, read.mentors, read.activities];
}

const problemCache = new WeakMap<WorkbookRead, readonly VisitedCell[]>();

/**
 * Template cells the reader could not take as they are (wrong type, unknown code, Excel error),
 * in sheet order: Programinfo value cells, then each table's rows. Collected once per read and
 * shared by value-type, value-code and formula-error, so a large sheet is walked once.
 */
export function problemCells(read: WorkbookRead): readonly VisitedCell[] {
  const cached = problemCache.get(read);
  if (cached !== undefined) return cached;
  const found: VisitedCell[] = [];
  const info = read.programmeInfo;
  for (const field of info.def.fields) {
    const cell = infoCell(read, field.key);
    if (cell?.problem) found.push({ sheet: info.sheetName, column: field, cell });
  }
  for (const table of tableReads(read)) {
    const defs = table.def.columns.filter((column) => table.columns[column.key] !== undefined);
    for (const row of table.rows) {
      // Index loops per cell: see holdsValue in reader.ts.
      for (let i = 0; i < defs.length; i++) {
        const column = defs[i];
        const cell = row.cells[column.key];
        if (cell?.problem) found.push({ sheet: table.sheetName, column, cell, row: row.rowNumber });
      }
    }
  }
  problemCache.set(read, found);
  return found;
}

export function columnOf(def: TableSheetDef, key: string): ColumnDef {
  const column = def.columns.find((c) => c.key === key);
  if (column === undefined) throw new Error(`No column ${key} in ${def.name}`);
  return column;
}

/** IDs compare like codes: case, surrounding and repeated spaces do not matter. */
export const idKey = normalizeKey;

/**
 * A cell that is present in the sheet and has nothing written (missing columns are
 * column-missing's; an Excel error is formula-error's, see isUnfilledCell).
 */
export function isPresentAndEmpty(cell: ParsedCell | undefined): cell is ParsedCell {
  return cell !== undefined && isUnfilledCell(cell);
}

/** A Programinfo value cell by field key (undefined when the label is absent). */
export function infoCell(read: WorkbookRead, key: string): ParsedCell | undefined {
  return (read.programmeInfo.fields as Readonly<Partial<Record<string, ParsedCell>>>)[key];
}

/**
 * The one body of the "required when" rules on Deltakere: the rows where the column's condition
 * (template.ts `required.when`, conditions.ts) holds are the scope; an empty cell there is a
 * finding. A missing column is column-missing's, so only present cells are reported.
 */
export function checkRequiredWhen(ctx: RuleContext, key: ParticipantKey, data: (row: ParticipantRow) => MessageData): void {
  const table = ctx.read.participants;
  const { required } = columnOf(table.def, key);
  const condition: ConditionDef | null = typeof required === 'object' ? CONDITIONS[required.when] : null;
  if (condition?.sheet !== 'participants') throw new Error(`${key} is not required under a Deltakere condition`);
  const rows = table.rows.filter((row) => condition.holds(row, ctx.read));
  ctx.setScope(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const cell = row.cells[key];
    if (isPresentAndEmpty(cell)) ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, data: data(row) });
  }
}
