/// <reference types="office-js" />
/**
 * Where the values are in a part of a sheet that may be mostly empty: the strip right of the
 * template's columns, below the head rows. The reader does not read that strip cell by cell (a
 * stray value at XFD10000 would make 160 million cells), but a national ID typed there must still
 * be found, as the file reader finds it. So the strip is narrowed to boxes that hold values:
 * Excel's used range of the strip, then of its halves, one sync per level, until each box is
 * small or there are enough boxes. A few stray cells become a few one-cell boxes in a handful of
 * syncs; a dense block becomes blocks of at most BOX_CELLS that the reader reads as it reads the
 * rest (budgeted, several per sync).
 */

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A box this small is read as it is (at most a few hundred KB of values). */
export const BOX_CELLS = 65_536;
/** Boxes kept at most per workbook: enough for any layout a person types, bounded for a bomb. */
export const MAX_BOXES = 256;
/**
 * Cells read in strips at most: the file reader refuses a workbook of more than 2 million
 * elements, so a workbook open in Excel with more than this far right of the template is
 * checked as far as this goes (see docs/excel-checklist.md).
 */
export const MAX_STRIP_CELLS = 2_000_000;
/** Levels of halving at most (rows 2^20 × columns 2^14 need 34 halvings to reach one cell). */
const MAX_LEVELS = 40;

const cells = (box: Box): number => (box.bottom - box.top + 1) * (box.right - box.left + 1);

/** The longer side in halves (rows when equal): both halves are narrowed again by Excel. */
function halves(box: Box): [Box, Box] {
  if (box.bottom - box.top >= box.right - box.left) {
    const middle = box.top + Math.floor((box.bottom - box.top) / 2);
    return [{ ...box, bottom: middle }, { ...box, top: middle + 1 }];
  }
  const middle = box.left + Math.floor((box.right - box.left) / 2);
  return [{ ...box, right: middle }, { ...box, left: middle + 1 }];
}

interface Probe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** The boxes holding values within `strips` (per sheet), at most MAX_BOXES of them in all. */
export async function valueBoxes(
  context: Excel.RequestContext,
  strips: readonly { sheet: Excel.Worksheet; box: Box }[],
): Promise<{ sheet: Excel.Worksheet; box: Box }[]> {
  const found: { sheet: Excel.Worksheet; box: Box }[] = [];
  let pending = [...strips];
  for (let level = 0; pending.length > 0 && level < MAX_LEVELS; level++) {
    const probes: Probe[] = pending.map(({ sheet, box }) => {
      const used = sheet.getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1).getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      return { sheet, used };
    });
    // One sync per level, for every box of the level: the count depends on how scattered the
    // values are (log2 of the strip's size at most), never on how many there are.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const next: { sheet: Excel.Worksheet; box: Box }[] = [];
    for (const { sheet, used } of probes) {
      if (used.isNullObject) continue;
      const box = { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
      if (cells(box) <= BOX_CELLS) found.push({ sheet, box });
      else next.push(...halves(box).map((half) => ({ sheet, box: half })));
    }
    // Too many boxes (values everywhere): stop narrowing; what is pending is read as it stands.
    if (found.length + next.length > MAX_BOXES) return capped([...found, ...next]);
    pending = next;
  }
  return capped([...found, ...pending]);
}

/** At most MAX_STRIP_CELLS in all, in sheet order: the file reader's element cap, here. */
function capped(boxes: { sheet: Excel.Worksheet; box: Box }[]): { sheet: Excel.Worksheet; box: Box }[] {
  let total = 0;
  return boxes.filter(({ box }) => (total += cells(box)) <= MAX_STRIP_CELLS);
}
