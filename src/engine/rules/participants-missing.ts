import { defineRule } from '../rule';

/** Only when the sheet exists; a missing sheet is sheet-missing's. */
export default defineRule('participants-missing', 'error', (ctx) => {
  const table = ctx.read.participants;
  if (table.present && table.rows.length === 0) ctx.report({ sheet: table.sheetName, cell: null });
});
