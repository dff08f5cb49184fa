import { defineRule } from '../rule';

/** Only when the sheet exists; a missing sheet is sheet-missing's. */
export default defineRule('goals-missing', 'error', (ctx) => {
  const table = ctx.read.goals;
  if (table.present && table.rows.length === 0) ctx.report({ sheet: table.sheetName, cell: null });
});
