import { defineRule } from '../rule';
import { isEmptyCell, stringValue } from '../reader';
import { isEmployedStatus, PARTICIPANTS } from '../template';
import { columnOf } from './helpers';

const PAIRS = [
  { relevance: 'relevantJob', status: 'statusAtEnd' },
  { relevance: 'relevantJobFollowUp', status: 'statusFollowUp' },
] as const;

/** Only when the status cell is readable: an invalid status code is value-code's. */
export default defineRule('job-relevance-unexpected', 'info', (ctx) => {
  const table = ctx.read.participants;
  for (const row of table.rows) {
    for (const pair of PAIRS) {
      const cell = row.cells[pair.relevance];
      const statusCell = row.cells[pair.status];
      if (cell === undefined || isEmptyCell(cell) || statusCell?.problem) continue;
      const status = stringValue(statusCell);
      if (isEmployedStatus(status)) continue;
      ctx.report({
        sheet: table.sheetName,
        cell: cell.address,
        row: row.rowNumber,
        data: { column: columnOf(PARTICIPANTS, pair.relevance).header, status: status ?? '–' },
      });
    }
  }
});
