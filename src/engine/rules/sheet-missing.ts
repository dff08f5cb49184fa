import { defineRule } from '../rule';
import { SHEETS } from '../template';

/** Required sheets are looked up by name, case-insensitively and trimmed (see reader). */
export default defineRule('sheet-missing', 'error', (ctx) => {
  const { read } = ctx;
  const present = new Map<string, boolean>([
    [read.programmeInfo.def.name, read.programmeInfo.present],
    ...[read.goals, read.participants, read.mentors, read.activities].map((t): [string, boolean] => [t.def.name, t.present]),
  ]);
  for (const sheet of SHEETS) {
    if (sheet.required && !present.get(sheet.name)) {
      ctx.report({ sheet: sheet.name, cell: null, data: { sheet: sheet.name } });
    }
  }
});
