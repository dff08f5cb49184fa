import { defineRule } from '../rule';
import { IndicatorKind } from '../template';

/** Tolerances of the contract: 1 percentage point for shares, 0.05 for means, none for counts. */
const TOLERANCE: Readonly<Record<IndicatorKind, number>> = { share: 0.01, mean: 0.05, count: 0, number: 0 };
/** Floating point slack, so 75 % − 74 % (0.010000000000000009) is within 1 percentage point. */
const EPSILON = 1e-9;

/**
 * Compares whenever both values are known, also for goals that are otherwise unclear: a wrong
 * Oppnådd is worth knowing either way. A rate over zero rows has no computed value and is not
 * compared; `Annet` has nothing to compare with.
 */
export default defineRule('goal-reported-mismatch', 'warning', (ctx) => {
  const table = ctx.read.goals;
  for (const goal of ctx.goals) {
    if (goal.metric === null || goal.kind === null || goal.reported === null || goal.achieved === null) continue;
    if (Math.abs(goal.reported - goal.achieved) <= TOLERANCE[goal.kind] + EPSILON) continue;
    const row = table.rows.find((r) => r.rowNumber === goal.row);
    const { numerator, denominator } = goal;
    // A rate shown to a person shows its numerator and denominator.
    const rate = goal.kind === 'share' && numerator !== null && denominator !== null;
    ctx.report({
      sheet: table.sheetName,
      cell: row?.cells.achieved?.address ?? goal.cell,
      row: goal.row,
      messageId: rate ? 'share' : undefined,
      data: rate
        ? { reported: goal.reported, computed: goal.achieved, numerator, denominator }
        : { reported: goal.reported, computed: goal.achieved },
    });
  }
});
