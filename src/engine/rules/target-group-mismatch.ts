import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { NO_IMMIGRANT_BACKGROUND } from '../template';

export default defineRule('target-group-mismatch', 'warning', (ctx) => {
  const table = ctx.read.participants;
  ctx.setScope(table.rows.length);
  for (const row of table.rows) {
    const cell = row.cells.immigrantCategory;
    if (cell !== undefined && stringValue(cell) === NO_IMMIGRANT_BACKGROUND) {
      ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber });
    }
  }
});
