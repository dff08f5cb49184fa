import { defineRule } from '../rule';
import { isUnfilledCell, stringValue } from '../reader';
import { employedAtEnd, employedAtFollowUp } from '../metrics';
import { PARTICIPANTS, UNKNOWN } from '../template';
import { columnOf } from './helpers';

const AT_END = columnOf(PARTICIPANTS, 'relevantJob');
const AT_FOLLOW_UP = columnOf(PARTICIPANTS, 'relevantJobFollowUp');

/** At the end (R) and at follow-up (V); an employed row counts once in the scope. */
export default defineRule('job-relevance-missing', 'warning', (ctx) => {
  const table = ctx.read.participants;
  let scope = 0;
  for (const row of table.rows) {
    const checks = [
      { employed: employedAtEnd(row), cell: row.cells.relevantJob, column: AT_END, status: stringValue(row.cells.statusAtEnd) },
      { employed: employedAtFollowUp(row), cell: row.cells.relevantJobFollowUp, column: AT_FOLLOW_UP, status: stringValue(row.cells.statusFollowUp) },
    ].filter((check) => check.employed);
    if (checks.length > 0) scope++;
    for (const { cell, column, status } of checks) {
      if (cell === undefined) continue;
      const unknown = stringValue(cell) === UNKNOWN;
      if (!unknown && !isUnfilledCell(cell)) continue;
      ctx.report({
        sheet: table.sheetName,
        cell: cell.address,
        row: row.rowNumber,
        messageId: unknown ? 'unknown' : undefined,
        data: { column: column.header, status: status ?? '' },
      });
    }
  }
  ctx.setScope(scope);
});
