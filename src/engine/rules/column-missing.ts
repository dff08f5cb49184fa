import { defineRule } from '../rule';
import { tableReads } from './helpers';

export default defineRule('column-missing', 'error', (ctx) => {
  const { read } = ctx;
  for (const table of tableReads(read)) {
    if (!table.present) continue;
    for (const column of table.def.columns) {
      if (column.required === 'no' || table.columns[column.key] !== undefined) continue;
      // MentorID only matters where there are mentors.
      if (typeof column.required === 'object' && column.required.when === 'mentorProgramme' && !read.context.isMentorProgramme) continue;
      ctx.report({ sheet: table.sheetName, cell: null, data: { column: column.header, sheet: table.sheetName } });
    }
  }
});
