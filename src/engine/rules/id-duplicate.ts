import { defineRule } from '../rule';
import { ParsedCell, stringValue } from '../reader';
import { idKey, tableReads } from './helpers';

export default defineRule('id-duplicate', 'error', (ctx) => {
  for (const table of tableReads(ctx.read)) {
    for (const column of table.def.columns.filter((c) => c.unique)) {
      // The first cell, not its address: an address is built only for an ID seen twice.
      const firstSeen = new Map<string, ParsedCell>();
      for (const row of table.rows) {
        const cell = row.cells[column.key];
        const id = stringValue(cell);
        if (cell === undefined || id === null) continue;
        const key = idKey(id);
        const first = firstSeen.get(key);
        if (first === undefined) firstSeen.set(key, cell);
        else ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, data: { id, column: column.header, first: first.address } });
      }
    }
  }
});
