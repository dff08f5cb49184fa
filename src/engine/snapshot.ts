/**
 * The engine's only input: a workbook as plain data. Every host (Office.js, ExcelJS, tests)
 * turns what it has into this, so the engine never sees a host API.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** Rows of cells; `rows[0][0]` is A1. Rows may be ragged or missing (sparse). */
export type SheetGrid = ReadonlyArray<ReadonlyArray<CellValue> | undefined>;

export interface WorkbookSnapshot {
  /** Sheet name as it appears in the workbook → its cells. Insertion order = tab order. */
  readonly sheets: Readonly<Record<string, SheetGrid>>;
}

/**
 * Adds a sheet to a snapshot being built. A sheet may be called `__proto__` or `constructor`:
 * a plain assignment would set the object's prototype instead, and the sheet (and any
 * national ID in it) would vanish from every rule.
 */
export function putSheet<G>(sheets: Record<string, G>, name: string, grid: G): void {
  Object.defineProperty(sheets, name, { value: grid, enumerable: true, writable: true, configurable: true });
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based row and column → `B7`. */
export function cellAddress(rowIndex: number, columnIndex: number): string {
  return `${columnLetter(columnIndex)}${rowIndex + 1}`;
}

/** `B7` → zero-based { row: 6, column: 1 }; null for anything else. */
export function parseAddress(address: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(address);
  if (!match) return null;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export function cellAt(grid: SheetGrid, rowIndex: number, columnIndex: number): CellValue {
  return grid[rowIndex]?.[columnIndex] ?? null;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}
