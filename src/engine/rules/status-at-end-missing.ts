import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { isLeaver } from '../metrics';
import { isPresentAndEmpty } from './helpers';

export default defineRule('status-at-end-missing', 'warning', (ctx) => {
  const table = ctx.read.participants;
  const leavers = table.rows.filter(isLeaver);
  ctx.setScope(leavers.length);
  for (const row of leavers) {
    const cell = row.cells.statusAtEnd;
    if (isPresentAndEmpty(cell)) {
      ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, data: { completed: stringValue(row.cells.completed) ?? '' } });
    }
  }
});
