import { defineRule } from '../rule';
import { displayValue } from '../parse';
import { problemCells } from './helpers';

export default defineRule('value-type', 'error', (ctx) => {
  for (const { sheet, column, cell, row } of problemCells(ctx.read)) {
    if (cell.problem !== 'type') continue;
    const messageId = column.type === 'date' ? 'date' : column.type === 'integer' ? 'integer' : 'number';
    ctx.report({ sheet, cell: cell.address, row, messageId, data: { value: displayValue(cell.raw), column: column.header } });
  }
});
