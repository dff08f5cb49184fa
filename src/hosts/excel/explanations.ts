/// <reference types="office-js" />
/**
 * Explanations of warnings live in the hidden add-in sheet ADDIN_SHEETS.explanations (Regel,
 * Ark, Celle, Forklaring), where the engine reads them: Excel, the browser page and the CLI
 * all see the same explanations. One row per rule + sheet + cell (matched as the engine
 * matches them); saving replaces that row, empty text removes it.
 */
import { ADDIN_SHEETS, EXPLANATION_HEADERS, explanationKey } from '../../engine';
import type { Explanation } from '../host';
import { ExcelRun } from './run';

type Row = readonly string[];

const keyOf = (row: Row): string => explanationKey(row[0] ?? '', row[1] ?? '', row[2] ?? '');

/** The rows after saving: the same key replaced or removed, other rows kept in their order. */
export function updateExplanations(rows: readonly Row[], explanation: Explanation): Row[] {
  const key = explanationKey(explanation.rule, explanation.sheet, explanation.cell);
  const kept = rows.filter((row) => keyOf(row) !== key);
  const text = explanation.text.trim();
  return text === '' ? kept : [...kept, [explanation.rule, explanation.sheet, explanation.cell.toUpperCase(), text]];
}

export async function saveExplanation(run: ExcelRun, explanation: Explanation): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const found = worksheets.getItemOrNullObject(ADDIN_SHEETS.explanations);
    found.load('name');
    await context.sync();

    let sheet: Excel.Worksheet;
    let before: Row[] = [];
    if (found.isNullObject) {
      if (explanation.text.trim() === '') return;
      sheet = worksheets.add(ADDIN_SHEETS.explanations);
    } else {
      sheet = found;
      const used = sheet.getRange(`A1:D${1_048_576}`).getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,values');
      await context.sync();
      if (!used.isNullObject) before = rowsFrom(used.rowIndex, used.columnIndex, used.values);
    }

    const after = updateExplanations(before, explanation);
    const table: string[][] = [[...EXPLANATION_HEADERS], ...after.map((row) => [0, 1, 2, 3].map((c) => row[c] ?? ''))];
    if (before.length + 1 > table.length) sheet.getRange(`A1:D${before.length + 1}`).clear('Contents');
    const range = sheet.getRange(`A1:D${table.length}`);
    // Text format first: an explanation that starts with "=" or looks like a number stays text.
    range.numberFormat = table.map((row) => row.map(() => '@'));
    range.values = table;
    sheet.visibility = 'Hidden';
    await context.sync();
  });
}

/** Data rows (below the header in row 1) of the used cells in A:D, as text. */
function rowsFrom(rowIndex: number, columnIndex: number, values: unknown[][]): Row[] {
  const grid: string[][] = [];
  values.forEach((line, r) => {
    const row = ['', '', '', ''];
    line.forEach((value, c) => {
      if (columnIndex + c < 4) row[columnIndex + c] = value === null || value === undefined ? '' : String(value);
    });
    grid[rowIndex + r] = row;
  });
  const rows: Row[] = [];
  for (let r = 1; r < grid.length; r++) if (grid[r] && grid[r].some((v) => v !== '')) rows.push(grid[r]);
  return rows;
}
