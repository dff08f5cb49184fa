import { defineRule } from '../rule';
import { displayValue } from '../parse';
import { problemCells } from './helpers';

export default defineRule('value-code', 'error', (ctx) => {
  for (const { sheet, column, cell, row } of problemCells(ctx.read)) {
    if (cell.problem !== 'code') continue;
    ctx.report({
      sheet,
      cell: cell.address,
      row,
      data: { value: displayValue(cell.raw), column: column.header, codes: (column.codes ?? []).join(', ') },
    });
  }
});
