/**
 * What the pane shows beside a selected finding: the cell's value as the checked snapshot holds
 * it, and the key fields of its row (the ID and the status columns), so a person can tell which
 * participant it is without leaving the pane. Read from the same snapshot the report came from;
 * national ID numbers are masked like everywhere else.
 */
import { cellAt, formatDate, formatNumber, isCellError, maskPersonalIds, normalizeKey, parseAddress } from '../engine';
import type { CellValue, Finding, Lang, WorkbookRead } from '../engine';

export interface CellField {
  readonly label: string;
  readonly value: string;
}

export interface CellDetails {
  /** The cell's value as text; null when the cell is empty. */
  readonly value: string | null;
  /** The row's ID and status fields (none for a form sheet or a finding without a row). */
  readonly fields: readonly CellField[];
}

export function cellText(value: CellValue, lang: Lang): string | null {
  if (value === null || value === '') return null;
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return maskPersonalIds(value);
}

/** A column that says who or what a row is, or where it stands. */
const isKeyColumn = (column: { readonly key: string; readonly unique?: boolean }): boolean =>
  column.unique === true || column.key.startsWith('status');

export function cellDetails(read: WorkbookRead, finding: Finding, lang: Lang): CellDetails | null {
  if (finding.sheet === null || finding.cell === null) return null;
  const sheetKey = normalizeKey(finding.sheet);
  const sheetName = Object.keys(read.snapshot.sheets).find((name) => normalizeKey(name) === sheetKey);
  const address = parseAddress(finding.cell);
  if (sheetName === undefined || address === null) return null;
  const value = cellText(cellAt(read.snapshot.sheets[sheetName], address.row, address.column), lang);
  const table = [read.goals, read.participants, read.mentors, read.activities].find((t) => t.present && normalizeKey(t.sheetName) === sheetKey);
  const rowNumber = finding.row ?? address.row + 1;
  const row = table?.rows.find((r) => r.rowNumber === rowNumber);
  if (table === undefined || row === undefined) return { value, fields: [] };
  const cells: Readonly<Partial<Record<string, { readonly raw: CellValue }>>> = row.cells;
  const fields = table.def.columns.filter(isKeyColumn).map((column) => ({
    label: column.header,
    value: cellText(cells[column.key]?.raw ?? null, lang),
  }));
  return { value, fields: fields.filter((f): f is CellField => f.value !== null) };
}
