import { defineRule } from '../rule';
import { ColumnDef } from '../template';
import { TableRead } from '../reader';
import { tableReads } from './helpers';

/**
 * Columns required only in mentor programmes (MentorID), and the one required only when
 * MentorID is set (Antall mentormøter), are not needed in a trainee programme that left
 * MentorID out: no row can then name a mentor.
 */
function needed(column: ColumnDef, table: TableRead<string>, isMentorProgramme: boolean): boolean {
  if (column.required === 'no') return false;
  if (column.required === 'yes' || isMentorProgramme) return true;
  if (column.required.when === 'mentorProgramme') return false;
  if (column.required.when === 'mentorSet') return table.columns.mentorId !== undefined;
  return true;
}

export default defineRule('column-missing', 'error', (ctx) => {
  const { read } = ctx;
  for (const table of tableReads(read)) {
    if (!table.present) continue;
    for (const column of table.def.columns) {
      if (table.columns[column.key] !== undefined || !needed(column, table, read.context.isMentorProgramme)) continue;
      ctx.report({ sheet: table.sheetName, cell: null, data: { column: column.header, sheet: table.sheetName } });
    }
  }
});
