import { defineRule } from '../rule';
import { dateValue } from '../reader';
import { addMonths, formatDate } from '../parse';

export default defineRule('date-outside-period', 'warning', (ctx) => {
  const { programmeInfo: info, participants } = ctx.read;
  const programStart = dateValue(info.fields.programStart);
  const programEnd = dateValue(info.fields.programEnd);
  if (programStart === null && programEnd === null) return;
  const earliest = programStart === null ? null : addMonths(programStart, -12);
  let scope = 0;
  for (const row of participants.rows) {
    const start = dateValue(row.cells.startDate);
    if (start === null || row.cells.startDate === undefined) continue;
    scope++;
    // The address only for a finding: building it for every row was 5,000 strings for nothing.
    const cell = row.cells.startDate;
    if (programEnd !== null && start > programEnd) {
      ctx.report({ sheet: participants.sheetName, cell: cell.address, row: row.rowNumber, data: { start: formatDate(start), programEnd: formatDate(programEnd) } });
    } else if (programStart !== null && earliest !== null && start < earliest) {
      ctx.report({ sheet: participants.sheetName, cell: cell.address, row: row.rowNumber, messageId: 'beforeStart', data: { start: formatDate(start), programStart: formatDate(programStart) } });
    }
  }
  ctx.setScope(scope);
});
