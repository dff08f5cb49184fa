import { defineRule } from '../rule';
import { displayValue } from '../parse';
import { goalKind, goalValue } from '../goals';

/**
 * Share targets are read as the contract says (≤ 1 a fraction, 1 < v ≤ 100 a percent), so only
 * values that stay outside 0–100 % after that are implausible. A number is shown in the reader's
 * language (-0,1 / -0.1); text as written.
 */
export default defineRule('goal-target-implausible', 'warning', (ctx) => {
  const table = ctx.read.goals;
  for (const row of table.rows) {
    const cell = row.cells.target;
    const kind = goalKind(row);
    const target = goalValue(cell, kind);
    if (cell === undefined || target === null || kind === null || kind === 'number') continue;
    const messageId =
      kind === 'share' ? (target < 0 || target > 1 ? 'default' : null)
      : kind === 'count' ? (target < 0 ? 'negative' : null)
      : target < 1 || target > 5 ? 'mean' : null;
    if (messageId !== null) {
      ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, messageId, data: { value: typeof cell.raw === 'number' ? cell.raw : displayValue(cell.raw) } });
    }
  }
});
