import { defineRule } from '../rule';
import { isUnfilledCell, ParsedCell, stringValue } from '../reader';
import type { ParticipantRow } from '../conditions';
import { employedAtEnd, employedAtFollowUp } from '../metrics';
import { ColumnDef, PARTICIPANTS, UNKNOWN } from '../template';
import { columnOf } from './helpers';

const AT_END = columnOf(PARTICIPANTS, 'relevantJob');
const AT_FOLLOW_UP = columnOf(PARTICIPANTS, 'relevantJobFollowUp');

/** At the end (R) and at follow-up (V); an employed row counts once in the scope. */
export default defineRule('job-relevance-missing', 'warning', (ctx) => {
  const table = ctx.read.participants;
  let scope = 0;
  // Two plain checks per row, no array of check objects: this runs for every participant.
  const check = (row: ParticipantRow, cell: ParsedCell | undefined, column: ColumnDef, status: string | null): void => {
    if (cell === undefined) return;
    const unknown = stringValue(cell) === UNKNOWN;
    if (!unknown && !isUnfilledCell(cell)) return;
    ctx.report({
      sheet: table.sheetName,
      cell: cell.address,
      row: row.rowNumber,
      messageId: unknown ? 'unknown' : undefined,
      data: { column: column.header, status: status ?? '' },
    });
  };
  for (const row of table.rows) {
    const atEnd = employedAtEnd(row);
    const atFollowUp = employedAtFollowUp(row);
    if (atEnd || atFollowUp) scope++;
    if (atEnd) check(row, row.cells.relevantJob, AT_END, stringValue(row.cells.statusAtEnd));
    if (atFollowUp) check(row, row.cells.relevantJobFollowUp, AT_FOLLOW_UP, stringValue(row.cells.statusFollowUp));
  }
  ctx.setScope(scope);
});
