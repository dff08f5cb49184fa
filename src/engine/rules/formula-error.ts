import { defineRule } from '../rule';
import { displayValue } from '../parse';
import { problemCells } from './helpers';

/** Template cells only: an error in a column the template does not read harms nothing. */
export default defineRule('formula-error', 'error', (ctx) => {
  for (const { sheet, column, cell, row } of problemCells(ctx.read)) {
    if (cell.problem === 'error') {
      ctx.report({ sheet, cell: cell.address, row, data: { column: column.header, error: displayValue(cell.raw) } });
    }
  }
});
