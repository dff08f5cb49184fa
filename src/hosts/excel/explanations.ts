/// <reference types="office-js" />
/**
 * Saves explanations of warnings into the hidden add-in sheet ADDIN_SHEETS.explanations,
 * where the engine reads it: Excel, the browser page and the CLI all see the same
 * explanations. The row format and the upsert (one row per rule + sheet + cell, replaced when
 * saved again, removed on empty text) are the engine's (src/engine/explanations.ts); this
 * file only reads the sheet and writes the result back.
 */
import { ADDIN_SHEETS, explanationRows, explanationsFromGrid, upsertExplanation } from '../../engine';
import type { CellValue, Explanation } from '../../engine';
import { HostBlockedError } from '../host-errors';
import { ExcelRun, refuseIfStructureProtected } from './run';

/**
 * All of them in one batch (a few syncs whatever their number): «Forklar alle» on a rule with
 * hundreds of warnings is one read of the sheet and one write, not hundreds of each.
 */
export async function saveExplanations(run: ExcelRun, explanations: readonly Explanation[]): Promise<void> {
  if (explanations.length === 0) return;
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const found = worksheets.getItemOrNullObject(ADDIN_SHEETS.explanations);
    found.load('name');
    const structure = context.workbook.protection;
    structure.load('protected');
    await context.sync();

    let sheet: Excel.Worksheet;
    let before: Explanation[] = [];
    let height = 0;
    if (found.isNullObject) {
      if (explanations.every((explanation) => explanation.text.trim() === '')) return;
      refuseIfStructureProtected(structure);
      sheet = worksheets.add(ADDIN_SHEETS.explanations);
    } else {
      sheet = found;
      const used = sheet.getRange(`A1:D${1_048_576}`).getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,values');
      sheet.protection.load('protected');
      await context.sync();
      if (sheet.protection.protected) throw new HostBlockedError('protected-sheets', [found.name]);
      if (!used.isNullObject) {
        const grid = gridFrom(used.rowIndex, used.columnIndex, used.values);
        before = explanationsFromGrid(grid);
        height = grid.length;
      }
    }

    const table = explanationRows(explanations.reduce(upsertExplanation, before));
    if (height > table.length) sheet.getRange(`A1:D${height}`).clear('Contents');
    const range = sheet.getRange(`A1:D${table.length}`);
    // Text format first: an explanation that starts with "=" or looks like a number stays text.
    range.numberFormat = table.map((row) => row.map(() => '@'));
    range.values = table;
    sheet.visibility = 'Hidden';
    await context.sync();
  });
}

/** The used cells of A:D placed from A1, as the engine reads a sheet. */
function gridFrom(rowIndex: number, columnIndex: number, values: unknown[][]): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: rowIndex + values.length }, () => []);
  values.forEach((line, r) =>
    line.forEach((value, c) => {
      grid[rowIndex + r][columnIndex + c] = value === null || value === undefined ? null : (value as CellValue);
    }),
  );
  return grid;
}
