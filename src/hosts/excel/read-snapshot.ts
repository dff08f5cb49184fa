/// <reference types="office-js" />
/**
 * Reads the open workbook into a WorkbookSnapshot in two syncs, whatever the row count:
 *   1. the sheet list;
 *   2. for every sheet, the used cells of each band of BAND_ROWS rows (a fixed number of
 *      bands, so the batch has the same shape for 10 rows and for 10,000), plus a probe for
 *      anything below the last band.
 * Per cell we read `values` and `valueTypes`: the types tell an error value (#REF!) from the
 * same text, exactly. Dates arrive as Excel serial numbers: the engine reads serials in date
 * columns (the contract allows them), and not reading `numberFormat` keeps 10,000 rows of a
 * report in one response under Excel on the web's 5 MB limit.
 * If a response is still too large (very long texts) or a sheet has more rows than the bands
 * cover, the remaining cells are read in blocks sized to the budget, halving a block that
 * Excel refuses.
 */
import { putSheet } from '../../engine';
import type { CellValue, WorkbookSnapshot } from '../../engine';
import { ExcelRun, isPayloadTooLarge, PAYLOAD_LIMIT_BYTES } from './run';

export const BAND_ROWS = 5_000;
/** Bands read in the second sync: the first 100,000 rows of every sheet. */
export const BANDS = 20;
const MAX_ROWS = 1_048_576;
/** A generous guess of one cell's value and type in a response, to size blocks. */
const BYTES_PER_CELL_GUESS = 48;
const BLOCK_BUDGET_BYTES = PAYLOAD_LIMIT_BYTES / 2;

export interface ReadOptions {
  readonly bandRows?: number;
  readonly bands?: number;
}

type MutableGrid = (CellValue[] | undefined)[];

interface Block {
  readonly sheet: Excel.Worksheet;
  readonly grid: MutableGrid;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export async function readSnapshot(run: ExcelRun, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const bandRows = options.bandRows ?? BAND_ROWS;
  const bands = Math.min(options.bands ?? BANDS, Math.ceil(MAX_ROWS / bandRows));
  const covered = bands * bandRows;

  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const sheets = worksheets.items.map((sheet) => ({ sheet, name: sheet.name, grid: [] as MutableGrid }));

    const parts = sheets.flatMap(({ sheet, grid }) =>
      Array.from({ length: bands }, (_, b) => {
        const part = sheet.getRange(`${b * bandRows + 1}:${Math.min((b + 1) * bandRows, MAX_ROWS)}`).getUsedRangeOrNullObject(true);
        part.load('rowIndex,columnIndex,values,valueTypes');
        return { part, grid };
      }),
    );
    const tails = sheets
      .filter(() => covered < MAX_ROWS)
      .map(({ sheet, grid }) => {
        const tail = sheet.getRange(`${covered + 1}:${MAX_ROWS}`).getUsedRangeOrNullObject(true);
        tail.load('rowIndex,columnIndex,rowCount,columnCount');
        return { sheet, grid, tail };
      });

    let blocks: Block[] = [];
    try {
      await context.sync();
      for (const { part, grid } of parts) {
        if (!part.isNullObject) place(grid, part.rowIndex, part.columnIndex, part.values, part.valueTypes);
      }
      blocks = tails
        .filter(({ tail }) => !tail.isNullObject)
        .flatMap(({ sheet, grid, tail }) => blocksOf(sheet, grid, tail.rowIndex, tail.columnIndex, tail.rowCount, tail.columnCount));
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      // Too much for one response: measure every sheet, then read it in blocks.
      for (const s of sheets) s.grid.length = 0;
      const used = sheets.map((s) => {
        const range = s.sheet.getUsedRangeOrNullObject(true);
        range.load('rowIndex,columnIndex,rowCount,columnCount');
        return { ...s, range };
      });
      await context.sync();
      blocks = used
        .filter(({ range }) => !range.isNullObject)
        .flatMap(({ sheet, grid, range }) => blocksOf(sheet, grid, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount));
    }
    await readBlocks(context, blocks);

    const snapshot: Record<string, MutableGrid> = {};
    for (const { name, grid } of sheets) putSheet(snapshot, name, grid);
    return { sheets: snapshot };
  });
}

function blocksOf(sheet: Excel.Worksheet, grid: MutableGrid, top: number, left: number, rows: number, columns: number): Block[] {
  const rowsPerBlock = Math.max(1, Math.min(BAND_ROWS, Math.floor(BLOCK_BUDGET_BYTES / (columns * BYTES_PER_CELL_GUESS))));
  const blocks: Block[] = [];
  for (let start = 0; start < rows; start += rowsPerBlock) {
    blocks.push({ sheet, grid, top: top + start, left, rows: Math.min(rowsPerBlock, rows - start), columns });
  }
  return blocks;
}

/** One sync per group of blocks that fits the budget; a group Excel refuses is split in two. */
async function readBlocks(context: Excel.RequestContext, blocks: readonly Block[]): Promise<void> {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    const guess = block.rows * block.columns * BYTES_PER_CELL_GUESS;
    if (current.length > 0 && size + guess > BLOCK_BUDGET_BYTES) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += guess;
  }
  if (current.length > 0) groups.push(current);
  for (const group of groups) await readGroup(context, group);
}

async function readGroup(context: Excel.RequestContext, group: readonly Block[]): Promise<void> {
  const loaded = group.map((block) => {
    const range = block.sheet.getRangeByIndexes(block.top, block.left, block.rows, block.columns);
    range.load('values,valueTypes');
    return { block, range };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      await readGroup(context, group.slice(0, half));
      await readGroup(context, group.slice(half));
      return;
    }
    const [block] = group;
    if (block.rows === 1) throw error;
    const half = Math.ceil(block.rows / 2);
    await readGroup(context, [{ ...block, rows: half }]);
    await readGroup(context, [{ ...block, top: block.top + half, rows: block.rows - half }]);
    return;
  }
  for (const { block, range } of loaded) place(block.grid, block.top, block.left, range.values, range.valueTypes);
}

function place(grid: MutableGrid, top: number, left: number, values: unknown[][], types: string[][]): void {
  for (let r = 0; r < values.length; r++) {
    const row: CellValue[] = grid[top + r] ?? new Array<CellValue>(left).fill(null);
    while (row.length < left) row.push(null);
    const line = values[r];
    for (let c = 0; c < line.length; c++) row[left + c] = toCellValue(line[c], types[r][c]);
    grid[top + r] = row;
  }
}

/** An Office.js value and its type → the engine's CellValue. */
export function toCellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return value === true || value === 'TRUE' || value === 'true';
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? value : Number(value);
    default:
      if (value === '' || value === null || value === undefined) return null;
      return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  }
}
