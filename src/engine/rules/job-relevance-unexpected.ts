import { defineRule } from '../rule';
import { isEmptyCell, stringValue } from '../reader';
import { isEmployedStatus, PARTICIPANTS } from '../template';
import { columnOf } from './helpers';

const PAIRS = [
  { relevance: 'relevantJob', status: 'statusAtEnd' },
  { relevance: 'relevantJobFollowUp', status: 'statusFollowUp' },
] as const;

/**
 * Only when the status is known to be absent or not paid work: an invalid status code is
 * value-code's, and a missing status column is column-missing's (else every row would be flagged).
 */
export default defineRule('job-relevance-unexpected', 'info', (ctx) => {
  const table = ctx.read.participants;
  for (const row of table.rows) {
    // Index loop per cell: see holdsValue in reader.ts.
    for (let i = 0; i < PAIRS.length; i++) {
      const pair = PAIRS[i];
      const cell = row.cells[pair.relevance];
      const statusCell = row.cells[pair.status];
      if (cell === undefined || isEmptyCell(cell) || statusCell === undefined || statusCell.problem === 'code') continue;
      const status = stringValue(statusCell);
      if (isEmployedStatus(status)) continue;
      ctx.report({
        sheet: table.sheetName,
        cell: cell.address,
        row: row.rowNumber,
        messageId: status === null ? 'noStatus' : undefined,
        data: {
          column: columnOf(PARTICIPANTS, pair.relevance).header,
          statusColumn: columnOf(PARTICIPANTS, pair.status).header,
          status: status ?? '',
        },
      });
    }
  }
});
