/**
 * The reference for the differential tests: the ExcelJS reader the product used until it got
 * its own (src/hosts/xlsx/reader/), kept as it was, with its Node-only date fix installed.
 * Where the two differ, ExcelJS is wrong; tests/hosts/xlsx/reader-differential.test.ts lists
 * each place.
 *
 * Each cell becomes what a person sees in Excel: the text of rich text and hyperlinks, the
 * cached result of a formula, the value of a merged range in its top-left cell only, dates as
 * UTC midnight, error values as `{ error: '#REF!' }`.
 */
import * as ExcelJS from 'exceljs';
import { putSheet } from '../../src/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/engine';
import { WorkbookReadError } from '../../src/hosts/xlsx/errors';
import { loadWorkbook } from '../../src/hosts/xlsx/workbook-io';
import { installExcelJsDateFix } from './exceljs-date-fix';

export interface ReadOptions {
  /** Refuse packages that would unpack to more than this (default 200 MB). */
  readonly maxUncompressedBytes?: number;
}

/** Parts of a worksheet that hold no cell values (see LoadOptions.ignoreNodes). */
const NOT_NEEDED_FOR_VALUES = ['dataValidations', 'conditionalFormatting'];

export async function readWithExcelJs(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  installExcelJsDateFix();
  const workbook = await loadWorkbook(data, { maxUncompressedBytes: options.maxUncompressedBytes, ignoreNodes: NOT_NEEDED_FOR_VALUES });
  return snapshotFromWorkbook(workbook);
}

export function snapshotFromWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: Record<string, Grid> = {};
  const budget = { cells: 0 };
  // Hidden sheets count: the add-in stores explanations in one.
  for (const worksheet of workbook.worksheets) putSheet(sheets, worksheet.name, sheetGrid(worksheet, budget));
  return { sheets };
}

/**
 * Cells the snapshot may spell out (each row up to its last value, empty cells as null). A few
 * values far apart (A1 and XFD1048576 on many rows) would otherwise make the snapshot, and every
 * rule's loop over it, as large as the used range instead of the values.
 */
const MAX_GRID_CELLS = 20_000_000;

type Grid = (CellValue[] | undefined)[];

function sheetGrid(worksheet: ExcelJS.Worksheet, budget: { cells: number }): Grid {
  // Rows without values stay holes (the snapshot is sparse): a stray value on row 1 048 576
  // costs one row, not a million empty ones.
  const grid: Grid = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = cellValue(cell);
      if (value === null) return;
      budget.cells += columnNumber - line.length;
      if (budget.cells > MAX_GRID_CELLS) throw new WorkbookReadError('too-large', `sheets span more than ${MAX_GRID_CELLS} cells`);
      while (line.length < columnNumber - 1) line.push(null);
      line[columnNumber - 1] = value;
    });
    if (line.length > 0) grid[rowNumber - 1] = line;
  });
  return grid;
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  // ExcelJS answers the master's value for every cell of a merged range; Excel shows it once.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return plainValue(cell.value);
}

type ExcelValue = ExcelJS.CellValue | ExcelJS.CellFormulaValue['result'] | undefined;

export function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return utcMidnight(value);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A formula without a cached result (never calculated) has no value yet.
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result);
  if ('hyperlink' in value) return plainValue(value.text as ExcelValue);
  return null;
}

/**
 * Dates come from serials (ExcelJS converts by number format, in UTC). The engine works in whole
 * days: round away float noise to the second, then drop the time of day. The year is set
 * explicitly: Date.UTC reads years 0–99 as 1900–1999 (as engine/parse.ts notes), which the
 * reader's arithmetic does not, so a serial of year 99 stays year 99 on both sides.
 */
function utcMidnight(date: Date): Date | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const rounded = new Date(Math.round(time / 1000) * 1000);
  const day = new Date(0);
  day.setUTCFullYear(rounded.getUTCFullYear(), rounded.getUTCMonth(), rounded.getUTCDate());
  return day;
}
