import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { employedAtEnd } from '../metrics';
import { isPresentAndEmpty } from './helpers';

export default defineRule('employment-share-missing', 'warning', (ctx) => {
  const table = ctx.read.participants;
  const employed = table.rows.filter(employedAtEnd);
  ctx.setScope(employed.length);
  for (const row of employed) {
    const cell = row.cells.employmentShare;
    if (isPresentAndEmpty(cell)) {
      ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, data: { status: stringValue(row.cells.statusAtEnd) ?? '' } });
    }
  }
});
