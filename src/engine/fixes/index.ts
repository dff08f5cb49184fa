/**
 * One-click fixes for what is unambiguous. `proposeFixes` lists them (at most one per cell, the
 * privacy fix first); `applyFixes` gives the snapshot they produce, so a host can show the
 * findings that would remain and tests can check that a fixed workbook checks better.
 */
import { readWorkbook, ReadOptions, WorkbookRead } from '../reader';
import { computeDataMetrics } from '../metrics';
import { assessGoals, GoalResult } from '../goals';
import { CellValue, parseAddress, SheetGrid, WorkbookSnapshot } from '../snapshot';
import { CellFix } from './types';
import { personalIdFixes } from './personal-id';
import { templateCells, valueFix } from './value-fixes';
import { goalFixes } from './goal-helper';

export type { CellFix, FixKind, FixValue } from './types';
export { nearestCode } from './nearest-code';
export { proposeGoalParts } from './goal-helper';
export { withoutPersonalIds } from './personal-id';

export function proposeFixes(read: WorkbookRead, goals: readonly GoalResult[] = assessGoals(read, computeDataMetrics(read))): CellFix[] {
  const fixes: CellFix[] = [];
  const taken = new Set<string>();
  const add = (fix: CellFix | null): void => {
    if (fix === null) return;
    const key = `${fix.sheet}!${fix.cell}`;
    if (taken.has(key) || sameValue(fix.oldValue, fix.newValue)) return;
    taken.add(key);
    fixes.push(fix);
  };
  personalIdFixes(read.snapshot).forEach(add);
  for (const at of templateCells(read)) add(valueFix(at));
  goalFixes(read.goals, goals).forEach(add);
  return fixes;
}

/** Fixes of a snapshot, read with the same options a check would use. */
export function proposeFixesFor(snapshot: WorkbookSnapshot, options: ReadOptions = {}): CellFix[] {
  return proposeFixes(readWorkbook(snapshot, options));
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** What applying needs of a fix (an undo puts any old value back, so any cell value). */
export type CellWrite = Pick<CellFix, 'sheet' | 'cell'> & { readonly newValue: CellValue };

/** The snapshot with the fixes written in; the input is not changed. */
export function applyFixes(snapshot: WorkbookSnapshot, fixes: readonly CellWrite[]): WorkbookSnapshot {
  const sheets: Record<string, SheetGrid> = { ...snapshot.sheets };
  const copied = new Map<string, (CellValue[] | undefined)[]>();
  for (const fix of fixes) {
    const at = parseAddress(fix.cell);
    const original = snapshot.sheets[fix.sheet];
    if (at === null || original === undefined) continue;
    let grid = copied.get(fix.sheet);
    if (grid === undefined) {
      grid = original.map((line) => (line === undefined ? undefined : [...line]));
      copied.set(fix.sheet, grid);
      sheets[fix.sheet] = grid;
    }
    const line = grid[at.row] ?? [];
    while (line.length <= at.column) line.push(null);
    line[at.column] = fix.newValue;
    grid[at.row] = line;
  }
  return { sheets };
}
