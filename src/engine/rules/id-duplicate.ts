import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { idKey, tableReads } from './helpers';

export default defineRule('id-duplicate', 'error', (ctx) => {
  for (const table of tableReads(ctx.read)) {
    for (const column of table.def.columns.filter((c) => c.unique)) {
      const firstSeen = new Map<string, string>();
      for (const row of table.rows) {
        const cell = row.cells[column.key];
        const id = stringValue(cell);
        if (cell === undefined || id === null) continue;
        const key = idKey(id);
        const first = firstSeen.get(key);
        if (first === undefined) firstSeen.set(key, cell.address);
        else ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, data: { id, column: column.header, first } });
      }
    }
  }
});
