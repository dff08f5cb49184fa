import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { isPresentAndEmpty } from './helpers';

export default defineRule('meetings-missing', 'warning', (ctx) => {
  const table = ctx.read.participants;
  const pairs = table.rows.filter((row) => stringValue(row.cells.mentorId) !== null);
  ctx.setScope(pairs.length);
  for (const row of pairs) {
    const cell = row.cells.meetings;
    if (isPresentAndEmpty(cell)) {
      ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, data: { mentorId: stringValue(row.cells.mentorId) ?? '' } });
    }
  }
});
