/**
 * One worksheet part → its grid of values, scanned (xml-scan.ts): only values are kept, rows as sparse
 * arrays, each row up to its last value. Nothing is expanded from a declaration: column widths
 * (`<col max="200000000">`), data validations and conditional formats are not read at all, and
 * a merged range costs only the cells that really hold values. References beyond Excel's grid
 * (row 1 048 576, column XFD) are refused, since every loop over the rows would run to them.
 */
import type { CellValue } from '../../../engine';
import { WorkbookReadError } from '../errors';
import { cellValue, plainNumberValue, readsPlainNumbers, ValueContext } from './cell-value';
import { XlsxPackage } from './package';
import { StringItemText } from './shared-strings';
import { ScannedTag, scanXml } from './xml-scan';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type Grid = (CellValue[] | undefined)[];

/** Shared by every sheet of one workbook: the caps hold for the workbook as a whole. */
export interface SheetBudget {
  /** `<row>` and `<c>` elements and merged ranges seen. */
  elements: number;
  readonly maxElements: number;
  /** Cells the snapshot spells out (values and the nulls padding a row up to them). */
  cells: number;
  readonly maxCells: number;
}

export interface SheetContext extends ValueContext {
  readonly dateStyles: readonly boolean[];
}

/** `AB12` → [row 11, column 27] (0-based); null when it is no cell reference. */
export function parseCellRef(ref: string): [number, number] | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    if (column > MAX_COLUMNS) return [Infinity, Infinity];
  }
  if (i === 0 || i === ref.length || i > 3) return null;
  // Digits by hand, not slice + regex: this runs once per cell. Any number of digits: a
  // 10-digit row must be refused, not read as a small one (a double holds it exactly enough).
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    row = row * 10 + digit;
  }
  return [row - 1, column - 1];
}

/**
 * A plain `AB12` in bytes → row × MAX_COLUMNS + column (0-based), or -1 for anything that is
 * not a reference inside the grid (parseCellRef on its text then says what is wrong with it).
 */
function cellIndexAt(b: Uint8Array, from: number, to: number): number {
  let column = 0;
  let i = from;
  for (; i < to && i - from < 3; i++) {
    const code = b[i] & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (i === from || i === to || column > MAX_COLUMNS || to - i > 7) return -1;
  let row = 0;
  for (; i < to; i++) {
    const digit = b[i] - 48;
    if (digit < 0 || digit > 9) return -1;
    row = row * 10 + digit;
  }
  return row < 1 || row > MAX_ROWS ? -1 : (row - 1) * MAX_COLUMNS + column - 1;
}

/** A plain decimal integer in bytes (what parseInt and Number agree on), or -1. */
function digitsAt(b: Uint8Array, from: number, to: number, maxDigits = 9): number {
  if (from === to || to - from > maxDigits) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = b[i] - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const beyondGrid = (what: string): WorkbookReadError => new WorkbookReadError('damaged', `${what} lies beyond the last row or column of a sheet`);

export function readWorksheet(pkg: XlsxPackage, part: string, ctx: SheetContext, budget: SheetBudget): Grid {
  const grid: Grid = [];
  const merges: string[] = [];
  let row = -1;
  let column = -1;
  // The cell being read.
  let type: string | undefined;
  let style = 0;
  let raw: string | null = null;
  /** A `<v>` of plain digits, read without a string (plainText below); -1 when there is none. */
  let number = -1;
  let inValue = false;
  let inline: StringItemText | null = null;
  let inSheetData = false;

  const count = (n: number): void => {
    budget.elements += n;
    if (budget.elements > budget.maxElements) throw new WorkbookReadError('too-large', `worksheets hold more than ${budget.maxElements} cells, rows and merged ranges`);
  };

  // The row being read is gathered in one reused array and copied out at its exact length once
  // it is done: grown cell by cell, each row's array was allocated two or three times over.
  const scratch: CellValue[] = [];
  let scratchRow = -1;
  let scratchLength = 0;
  const flush = (): void => {
    if (scratchRow === -1) return;
    grid[scratchRow] = scratch.slice(0, scratchLength);
    scratchRow = -1;
  };

  const store = (value: CellValue): void => {
    if (row !== scratchRow) {
      flush();
      if (grid[row] === undefined) {
        scratchRow = row;
        scratchLength = 0;
      }
    }
    // A row seen before (cells out of order) is stored into as it is.
    const line = row === scratchRow ? null : (grid[row] as CellValue[]);
    const length = line === null ? scratchLength : line.length;
    if (column >= length) {
      budget.cells += column + 1 - length;
      if (budget.cells > budget.maxCells) throw new WorkbookReadError('too-large', `sheets span more than ${budget.maxCells} cells`);
    }
    if (line !== null) {
      while (line.length < column) line.push(null);
      line[column] = value;
      return;
    }
    while (scratchLength < column) scratch[scratchLength++] = null;
    scratch[column] = value;
    if (column >= scratchLength) scratchLength = column + 1;
  };

  const open = (name: string, tag: ScannedTag): void => {
    if (!inSheetData) {
      if (name === 'sheetData') inSheetData = true;
      else if (name === 'mergeCell') {
        count(1);
        const ref = tag.get('ref');
        if (ref !== undefined) merges.push(ref);
      }
      return;
    }
    switch (name) {
      case 'c': {
        count(1);
        const at = tag.plain('r');
        const index = at === -1 ? -1 : cellIndexAt(tag.bytes, at, tag.plainEnd);
        const ref = index === -1 ? tag.get('r') : undefined;
        if (index !== -1) {
          // The common case, without a string: a plain reference inside the grid.
          row = Math.floor(index / MAX_COLUMNS);
          column = index % MAX_COLUMNS;
        } else if (ref === undefined) column++;
        else {
          const at = parseCellRef(ref);
          if (at === null) throw new WorkbookReadError('damaged', `cell reference ${ref.slice(0, 20)}`);
          if (at[0] >= MAX_ROWS || at[1] >= MAX_COLUMNS) throw beyondGrid(`cell ${ref.slice(0, 20)}`);
          // A cell outside any <row> (not valid, but seen) still has a row.
          if (row < 0 || at[0] !== row) row = at[0];
          column = at[1];
        }
        if (row < 0) row = 0;
        if (column >= MAX_COLUMNS) throw beyondGrid('a cell');
        type = tag.get('t');
        const s = tag.plain('s');
        style = s === -1 ? -1 : digitsAt(tag.bytes, s, tag.plainEnd);
        if (style === -1) {
          const text = tag.get('s');
          style = text === undefined ? 0 : parseInt(text, 10);
        }
        raw = null;
        number = -1;
        inline = null;
        return;
      }
      case 'v':
        inValue = true;
        raw = '';
        number = -1;
        return;
      case 'is':
        inline = new StringItemText();
        return;
      case 'row': {
        count(1);
        const at = tag.plain('r');
        const plainRow = at === -1 ? -1 : digitsAt(tag.bytes, at, tag.plainEnd);
        if (plainRow > 0 && plainRow <= MAX_ROWS) {
          row = plainRow - 1;
          column = -1;
          return;
        }
        const r = tag.get('r');
        row = r === undefined ? row + 1 : Number(r) - 1;
        if (!Number.isInteger(row) || row < 0) throw new WorkbookReadError('damaged', `row number ${String(r).slice(0, 20)}`);
        if (row >= MAX_ROWS) throw beyondGrid(`row ${String(r).slice(0, 20)}`);
        column = -1;
        return;
      }
      default:
        inline?.open(name);
    }
  };

  const close = (name: string): void => {
    if (!inSheetData) return;
    switch (name) {
      case 'c': {
        const dateStyle = ctx.dateStyles[style] === true;
        const value = number !== -1 ? plainNumberValue(type, number, dateStyle, ctx) : cellValue(type, raw, inline === null ? null : inline.take(), dateStyle, ctx);
        if (value !== null) store(value);
        return;
      }
      case 'v':
        inValue = false;
        return;
      case 'sheetData':
        inSheetData = false;
        return;
      default:
        inline?.close(name);
    }
  };

  const text = (t: string): void => {
    if (inValue) {
      // A value in pieces (a comment inside <v>) after a first piece read as a number.
      if (number !== -1) raw = String(number);
      number = -1;
      raw += t;
    } else inline?.text(t);
  };
  // Most values are shared-string indexes, numbers and date serials: digits, read as a number.
  const plainText = (b: Uint8Array, from: number, to: number): boolean => {
    if (!inValue || raw !== '' || number !== -1 || !readsPlainNumbers(type)) return false;
    number = digitsAt(b, from, to, 15);
    return number !== -1;
  };
  const wantsText = (): boolean => inValue || (inline !== null && inline.wantsText());

  const bytes = pkg.partBytes(part);
  if (bytes === null) throw new WorkbookReadError('damaged', `worksheet part ${part} is missing`);
  try {
    scanXml(bytes, { open, close, text, wantsText, plainText });
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    // Named with its part, as package.ts names a part it cannot inflate.
    throw new WorkbookReadError('damaged', `${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
  flush();
  clearMergedCells(grid, merges, budget);
  return grid;
}

/**
 * Excel shows a merged range's value once, in its top-left cell; values left in the other cells
 * are hidden and not part of the report. Only rows that hold values are visited, and the work
 * is capped, so a merge over a whole sheet costs what its values cost.
 */
function clearMergedCells(grid: Grid, merges: readonly string[], budget: SheetBudget): void {
  if (merges.length === 0) return;
  const rows = Object.keys(grid).map(Number); // the rows that exist, ascending
  let work = 0;
  for (const ref of merges) {
    const [from, to = from] = ref.split(':');
    const a = parseCellRef(from.replace(/\$/g, ''));
    const b = parseCellRef(to.replace(/\$/g, ''));
    if (a === null || b === null) continue;
    const [r1, r2] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
    const [c1, c2] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
    for (let i = lowerBound(rows, r1); i < rows.length && rows[i] <= r2; i++) {
      const line = grid[rows[i]];
      if (line === undefined) continue;
      const last = Math.min(c2, line.length - 1);
      for (let c = c1; c <= last; c++) if (rows[i] !== r1 || c !== c1) line[c] = null;
      work += 1 + Math.max(0, last - c1);
      if (work > budget.maxCells) throw new WorkbookReadError('too-large', 'merged ranges overlap values beyond the limit');
      trimRow(grid, rows[i]);
    }
  }
  while (grid.length > 0 && grid[grid.length - 1] === undefined) grid.length--;
}

function trimRow(grid: Grid, index: number): void {
  const line = grid[index];
  if (line === undefined) return;
  while (line.length > 0 && line[line.length - 1] === null) line.pop();
  if (line.length === 0) delete grid[index];
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
