import { defineRule } from '../rule';
import { isUnfilledCell } from '../reader';
import { infoCell, tableReads } from './helpers';

/** Only columns and Programinfo rows marked "yes"; conditional requirements have own rules. */
export default defineRule('value-required', 'error', (ctx) => {
  const info = ctx.read.programmeInfo;
  if (info.present) {
    for (const field of info.def.fields) {
      if (field.required !== 'yes') continue;
      const cell = infoCell(ctx.read, field.key);
      if (cell === undefined) {
        ctx.report({ sheet: info.sheetName, cell: null, messageId: 'label', data: { column: field.header } });
      } else if (isUnfilledCell(cell)) {
        ctx.report({ sheet: info.sheetName, cell: cell.address, data: { column: field.header } });
      }
    }
  }
  for (const table of tableReads(ctx.read)) {
    const required = table.def.columns.filter((c) => c.required === 'yes' && table.columns[c.key] !== undefined);
    for (const row of table.rows) {
      // Index loop per cell: see holdsValue in reader.ts.
      for (let i = 0; i < required.length; i++) {
        const column = required[i];
        const cell = row.cells[column.key];
        if (cell !== undefined && isUnfilledCell(cell)) {
          ctx.report({ sheet: table.sheetName, cell: cell.address, row: row.rowNumber, data: { column: column.header } });
        }
      }
    }
  }
});
