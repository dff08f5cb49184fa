/// <reference types="office-js" />
/**
 * Reads the open workbook into a WorkbookSnapshot, staying far from Excel's limits (5 MB per
 * response on the web, about 5 million cells per read) whatever the sheet holds:
 *   1. the sheet list, and DATE(2000;1;1) to learn the workbook's date system (1900 or 1904);
 *   2. every sheet's used range (values only);
 *   3. the cells, in blocks sized from the used range and from the bytes earlier blocks really
 *      took, several blocks per sync while they fit RESPONSE_BUDGET_BYTES.
 * Only `values` is read for every cell. `numberFormat` is read only where a number was found
 * (a date-formatted number is a date, as the file reader sees it) and `valueTypes` only where
 * text looks like an error value (#REF! typed as text stays text); those reads ride along with
 * the next sync's blocks.
 * The first HEAD_ROWS rows (where the engine looks for headers) are read as wide as the sheet;
 * below them the first DATA_COLUMNS columns, and right of those only the boxes that hold values
 * (value-boxes.ts), so a stray value far to the right cannot make 10,000 rows × 16,384 columns
 * and a national ID typed there is still found. A sync Excel refuses for its size (or with the GeneralException
 * older builds give instead), or a block that comes back without values, is read again in
 * halves.
 */
import { putSheet } from '../../engine';
import type { CellValue, WorkbookSnapshot } from '../../engine';
import { TABLE_SHEETS } from '../../engine';
import { CellDetail, looksLikeError, SERIAL_2000_IN_1904, toCellValue } from './cell-values';
import { ExcelRun, isPayloadTooLarge } from './run';
import { Box, valueBoxes } from './value-boxes';

export { toCellValue } from './cell-values';

/** Rows the engine searches for a header row; read across the whole used width. */
export const HEAD_ROWS = 10;
/** Columns read below the head rows: twice the widest template sheet, at least A:AZ. */
export const DATA_COLUMNS = Math.max(52, 2 * Math.max(...TABLE_SHEETS.map((sheet) => sheet.columns.length)));
/** What one sync may bring back, by estimate: under half of the 5 MB limit. */
export const RESPONSE_BUDGET_BYTES = 2 * 1024 * 1024;
/** Cells per read, far below the ~5 million at which Excel gives up. */
export const MAX_CELLS_PER_READ = 1_000_000;
/** Until a sheet's rows have been measured, guess generously: about 64 bytes per cell. */
const FIRST_GUESS_BYTES_PER_CELL = 64;
const FORMAT_BYTES_PER_CELL = 16;
const TYPE_BYTES_PER_CELL = 10;

export interface ReadOptions {
  readonly budgetBytes?: number;
}

type MutableGrid = (CellValue[] | undefined)[];

/** Rows still to read in one rectangle of one sheet, and what its rows were seen to cost. */
interface Area {
  readonly sheet: Excel.Worksheet;
  readonly grid: MutableGrid;
  readonly left: number;
  readonly columns: number;
  /** Row spans not read yet, in order (a refused block goes back to the front). */
  readonly todo: { top: number; bottom: number }[];
  bytesPerRow: number;
}

interface ValuesLoad {
  readonly kind: 'values';
  readonly area: Area;
  readonly top: number;
  readonly rows: number;
  readonly bytes: number;
  readonly range: Excel.Range;
}

interface DetailLoad {
  readonly kind: 'detail';
  readonly grid: MutableGrid;
  readonly sheet: Excel.Worksheet;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly what: 'numberFormat' | 'valueTypes';
  readonly bytes: number;
  range?: Excel.Range;
}

export async function readSnapshot(run: ExcelRun, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const budget = options.budgetBytes ?? RESPONSE_BUDGET_BYTES;
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const dateProbe = context.workbook.functions.date(2000, 1, 1);
    dateProbe.load('value');
    await context.sync();
    const date1904 = dateProbe.value === SERIAL_2000_IN_1904;

    const sheets = worksheets.items.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      return { sheet, name: sheet.name, used, grid: [] as MutableGrid };
    });
    await context.sync();

    const areas: Area[] = [];
    const strips: { sheet: Excel.Worksheet; grid: MutableGrid; box: Box }[] = [];
    for (const { sheet, used, grid } of sheets) {
      if (used.isNullObject) continue;
      const top = used.rowIndex;
      const bottom = top + used.rowCount - 1;
      const left = used.columnIndex;
      const right = left + used.columnCount - 1;
      const area = (from: number, to: number, last: number): void => {
        if (from <= to && left <= last) areas.push(newArea(sheet, grid, { top: from, bottom: to, left, right: last }));
      };
      area(top, Math.min(bottom, HEAD_ROWS - 1), right);
      area(Math.max(top, HEAD_ROWS), bottom, Math.min(right, DATA_COLUMNS - 1));
      const stripLeft = Math.max(left, DATA_COLUMNS);
      if (right >= stripLeft && bottom >= HEAD_ROWS) strips.push({ sheet, grid, box: { top: Math.max(top, HEAD_ROWS), left: stripLeft, bottom, right } });
    }
    // Right of the template's columns only where values are: a national ID typed there is found.
    if (strips.length > 0) {
      for (const { sheet, box } of await valueBoxes(context, strips)) {
        const grid = strips.find((strip) => strip.sheet === sheet)?.grid ?? [];
        areas.push(newArea(sheet, grid, box));
      }
    }

    let details: DetailLoad[] = [];
    for (;;) {
      const batch = nextBatch(areas, details, budget);
      if (batch.length === 0) break;
      details = details.filter((d) => !batch.includes(d));
      for (const load of batch) queue(load);
      try {
        // One sync per batch by design: each batch is sized from what the last one brought back.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!isPayloadTooLarge(error)) throw error;
        giveBack(batch, error, details);
        continue;
      }
      for (const load of batch) {
        if (load.kind === 'detail') applyDetail(load, date1904);
        else if (load.range.values === null || load.range.values === undefined) giveBack([load], new Error('Excel returned no values for a block'), details);
        else details.push(...place(load, date1904));
      }
    }

    const snapshot: Record<string, MutableGrid> = {};
    for (const { name, grid } of sheets) putSheet(snapshot, name, grid);
    return { sheets: snapshot };
  });
}

function newArea(sheet: Excel.Worksheet, grid: MutableGrid, box: Box): Area {
  const columns = box.right - box.left + 1;
  return { sheet, grid, left: box.left, columns, todo: [{ top: box.top, bottom: box.bottom }], bytesPerRow: columns * FIRST_GUESS_BYTES_PER_CELL };
}

/** Details first (they are due), then the next blocks of each area, while the estimate fits. */
function nextBatch(areas: Area[], details: DetailLoad[], budget: number): (ValuesLoad | DetailLoad)[] {
  const batch: (ValuesLoad | DetailLoad)[] = [];
  let size = 0;
  for (const detail of details) {
    if (batch.length > 0 && size + detail.bytes > budget) return batch;
    batch.push(detail);
    size += detail.bytes;
  }
  for (const area of areas) {
    while (area.todo.length > 0) {
      const span = area.todo[0];
      const fit = Math.floor((budget - size) / area.bytesPerRow);
      const rows = Math.min(span.bottom - span.top + 1, Math.floor(MAX_CELLS_PER_READ / area.columns), batch.length === 0 ? Math.max(1, fit) : fit);
      if (rows <= 0) return batch;
      const top = span.top;
      if (top + rows > span.bottom) area.todo.shift();
      else span.top = top + rows;
      const bytes = rows * area.bytesPerRow;
      batch.push({ kind: 'values', area, top, rows, bytes, range: undefined as unknown as Excel.Range });
      size += bytes;
    }
  }
  return batch;
}

function queue(load: ValuesLoad | DetailLoad): void {
  if (load.kind === 'values') {
    const range = load.area.sheet.getRangeByIndexes(load.top, load.area.left, load.rows, load.area.columns);
    range.load('values');
    (load as { range: Excel.Range }).range = range;
  } else {
    load.range = load.sheet.getRangeByIndexes(load.top, load.left, load.rows, 1);
    load.range.load(load.what);
  }
}

/** A refused sync: every block goes back to be read in halves; a single row that fails, fails. */
function giveBack(batch: readonly (ValuesLoad | DetailLoad)[], error: unknown, details: DetailLoad[]): void {
  if (batch.length === 1 && batch[0].rows === 1) throw error;
  for (const load of [...batch].reverse()) {
    if (load.kind === 'values') {
      load.area.todo.unshift({ top: load.top, bottom: load.top + load.rows - 1 });
      load.area.bytesPerRow = Math.max(load.area.bytesPerRow, Math.ceil((load.bytes * 2) / load.rows));
    } else if (load.rows === 1) {
      details.unshift({ ...load, bytes: load.bytes * 2 });
    } else {
      const half = Math.ceil(load.rows / 2);
      details.unshift({ ...load, rows: half, bytes: load.bytes }, { ...load, top: load.top + half, rows: load.rows - half, bytes: load.bytes });
    }
  }
}

/**
 * A block's values into the grid, and the detail reads it needs: per column, the rows from the
 * first to the last number (their number formats) and from the first to the last error-like text
 * (their value types). Rows without any value stay holes, as the file reader leaves them.
 */
function place(load: ValuesLoad, date1904: boolean): DetailLoad[] {
  const { area, top } = load;
  const values = load.range.values as unknown[][];
  const numbers = new Map<number, [number, number]>();
  const errors = new Map<number, [number, number]>();
  const widen = (spans: Map<number, [number, number]>, c: number, r: number): void => {
    const span = spans.get(c);
    if (span === undefined) spans.set(c, [r, r]);
    else span[1] = r;
  };
  let widest = 0;
  for (let r = 0; r < values.length; r++) {
    const line = values[r] ?? [];
    widest = Math.max(widest, JSON.stringify(line).length);
    let row = area.grid[top + r];
    for (let c = 0; c < line.length; c++) {
      const value = toCellValue(line[c], {}, date1904);
      if (value === null) continue;
      if (typeof value === 'number') widen(numbers, c, r);
      else if (looksLikeError(value)) widen(errors, c, r);
      if (row === undefined) area.grid[top + r] = row = [];
      while (row.length < area.left + c) row.push(null);
      row[area.left + c] = value;
    }
  }
  // What these rows cost, with headroom: the next blocks of this area are sized from it.
  area.bytesPerRow = Math.max(8, Math.ceil(widest * 1.25));
  const details: DetailLoad[] = [];
  const add = (spans: Map<number, [number, number]>, what: DetailLoad['what'], perCell: number): void => {
    for (const [c, [first, last]] of spans) {
      const rows = last - first + 1;
      details.push({ kind: 'detail', grid: area.grid, sheet: area.sheet, top: top + first, left: area.left + c, rows, what, bytes: rows * perCell });
    }
  };
  add(numbers, 'numberFormat', FORMAT_BYTES_PER_CELL);
  add(errors, 'valueTypes', TYPE_BYTES_PER_CELL);
  return details;
}

/** Number formats turn numbers into dates; value types turn error-like text into errors. */
function applyDetail(load: DetailLoad, date1904: boolean): void {
  const column = (load.what === 'numberFormat' ? load.range?.numberFormat : load.range?.valueTypes) as unknown[][] | undefined;
  if (!column) return;
  for (let r = 0; r < load.rows; r++) {
    const row = load.grid[load.top + r];
    const value = row?.[load.left];
    if (row === undefined || value === null || value === undefined) continue;
    const detail: CellDetail = load.what === 'numberFormat' ? { format: String(column[r]?.[0] ?? '') } : { type: String(column[r]?.[0] ?? '') };
    if (load.what === 'numberFormat' && typeof value === 'number') row[load.left] = toCellValue(value, detail, date1904);
    if (load.what === 'valueTypes' && typeof value === 'string') row[load.left] = toCellValue(value, detail, date1904);
  }
}
