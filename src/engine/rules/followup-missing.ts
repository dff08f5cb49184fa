import { defineRule } from '../rule';
import { dateValue } from '../reader';
import { followUpDueDate, isLeaver } from '../metrics';
import { formatDate } from '../parse';
import { isPresentAndEmpty } from './helpers';

/**
 * Leavers whose Sluttdato + follow-up months is on or before 31.12 of the reporting year: the
 * same rows as the key figure followUpDue, so the roll-up's scope matches it.
 */
export default defineRule('followup-missing', 'warning', (ctx) => {
  const { read } = ctx;
  const table = read.participants;
  let scope = 0;
  for (const row of table.rows) {
    if (!isLeaver(row)) continue;
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
