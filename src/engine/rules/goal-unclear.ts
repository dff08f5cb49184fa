import { defineRule } from '../rule';

/** The goal assessment already knows which parts are missing (goals.ts): report them. */
export default defineRule('goal-unclear', 'warning', (ctx) => {
  const table = ctx.read.goals;
  ctx.setScope(ctx.goals.length);
  for (const goal of ctx.goals) {
    if (goal.missing.length === 0) continue;
    ctx.report({
      sheet: table.sheetName,
      cell: goal.cell,
      row: goal.row,
      data: { goalId: goal.id ?? `${table.sheetName}!${goal.cell ?? goal.row}`, missing: goal.missing },
    });
  }
});
