/**
 * Explanations a programme leader attached to warnings, stored in the hidden add-in sheet
 * (rule, sheet, cell, text). A warning with an explanation is reported as explained.
 */
import { ADDIN_SHEETS } from './template';
import { SheetGrid, WorkbookSnapshot } from './snapshot';
import { normalizeKey, parseText } from './parse';

export interface StoredExplanation {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

export function explanationKey(rule: string, sheet: string, cell: string | null): string {
  return `${rule}|${normalizeKey(sheet)}|${(cell ?? '').toUpperCase()}`;
}

function findSheet(snapshot: WorkbookSnapshot): SheetGrid | undefined {
  const wanted = normalizeKey(ADDIN_SHEETS.explanations);
  const name = Object.keys(snapshot.sheets).find((n) => normalizeKey(n) === wanted);
  return name === undefined ? undefined : snapshot.sheets[name];
}

/** Rows below the header; rows without rule, sheet or text are ignored. */
export function readExplanations(snapshot: WorkbookSnapshot): StoredExplanation[] {
  const grid = findSheet(snapshot);
  if (grid === undefined) return [];
  const result: StoredExplanation[] = [];
  for (let r = 1; r < grid.length; r++) {
    const [rule, sheet, cell, text] = [0, 1, 2, 3].map((c) => parseText(grid[r]?.[c] ?? null));
    if (rule && sheet && text) result.push({ rule, sheet, cell: cell ?? '', text });
  }
  return result;
}

export function explanationIndex(snapshot: WorkbookSnapshot): Map<string, string> {
  return new Map(readExplanations(snapshot).map((e) => [explanationKey(e.rule, e.sheet, e.cell), e.text]));
}
