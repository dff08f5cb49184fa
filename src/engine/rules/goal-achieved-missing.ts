import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { CONDITIONS } from '../conditions';
import { isPresentAndEmpty } from './helpers';
import { goalCell } from '../goals';

/** A goal without MålID is named by its Mål cell, as goal-unclear names it. */
export default defineRule('goal-achieved-missing', 'warning', (ctx) => {
  const table = ctx.read.goals;
  for (const row of table.rows) {
    const cell = row.cells.achieved;
    if (CONDITIONS.otherGoal.holds(row) && isPresentAndEmpty(cell)) {
      ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, data: { goalId: stringValue(row.cells.goalId) ?? `${table.sheetName}!${goalCell(row) ?? cell.address}` } });
    }
  }
});
