import { defineRule } from '../rule';
import { isPresentAndEmpty } from './helpers';

export default defineRule('mentor-missing', 'warning', (ctx) => {
  const { read } = ctx;
  if (!read.context.isMentorProgramme) return;
  const table = read.participants;
  ctx.setScope(table.rows.length);
  for (const row of table.rows) {
    const cell = row.cells.mentorId;
    if (isPresentAndEmpty(cell)) {
      ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, data: { programType: read.context.programType ?? '' } });
    }
  }
});
