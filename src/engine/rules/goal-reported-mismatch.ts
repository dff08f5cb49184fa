import { defineRule } from '../rule';
import { IndicatorKind } from '../template';

/** Tolerances of the contract: 1 percentage point for shares, 0.05 for means, none for counts. */
const TOLERANCE: Readonly<Record<IndicatorKind, number>> = { share: 0.01, mean: 0.05, count: 0, number: 0 };
const EPSILON = 1e-9;

export default defineRule('goal-reported-mismatch', 'warning', (ctx) => {
  const table = ctx.read.goals;
  for (const goal of ctx.goals) {
    if (goal.metric === null || goal.kind === null || goal.reported === null || goal.achieved === null) continue;
    if (Math.abs(goal.reported - goal.achieved) <= TOLERANCE[goal.kind] + EPSILON) continue;
    const row = table.rows.find((r) => r.rowNumber === goal.row);
    ctx.report({
      sheet: table.sheetName,
      cell: row?.cells.achieved?.address ?? goal.cell,
      row: goal.row,
      messageId: goal.kind === 'share' ? 'share' : undefined,
      data: { reported: goal.reported, computed: goal.achieved },
    });
  }
});
