import { defineRule } from '../rule';
import { cellAddress } from '../snapshot';
import { findPersonalId, maskPersonalIds } from '../personal-id';

export { findPersonalId, passesPersonalIdCheck } from '../personal-id';

/** Every cell of every sheet, not just template columns: a number pasted anywhere is a leak. */
export default defineRule('personal-id-in-sheet', 'error', (ctx) => {
  for (const [sheet, grid] of Object.entries(ctx.read.snapshot.sheets)) {
    for (let r = 0; r < grid.length; r++) {
      const line = grid[r];
      if (line === undefined) continue;
      for (let c = 0; c < line.length; c++) {
        const found = findPersonalId(line[c]);
        if (found !== null) ctx.report({ sheet, cell: cellAddress(r, c), row: r + 1, data: { masked: maskPersonalIds(found) } });
      }
    }
  }
});
