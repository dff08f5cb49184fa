import { defineRule } from '../rule';
import { dateValue } from '../reader';
import { followUpDueDate } from '../metrics';
import { formatDate } from '../parse';
import { isPresentAndEmpty } from './helpers';

/** Any row whose Sluttdato + follow-up months is on or before 31.12 of the reporting year. */
export default defineRule('followup-missing', 'warning', (ctx) => {
  const { read } = ctx;
  const table = read.participants;
  let scope = 0;
  for (const row of table.rows) {
    const due = followUpDueDate(row, read);
    const end = dateValue(row.cells.endDate);
    if (due === null || end === null) continue;
    scope++;
    const cell = row.cells.statusFollowUp;
    if (isPresentAndEmpty(cell)) {
      ctx.report({
        sheet: table.sheetName,
        cell: cell.address,
        row: row.rowNumber,
        data: { dueDate: formatDate(due), endDate: formatDate(end), months: read.context.followUpMonths },
      });
    }
  }
  ctx.setScope(scope);
});
