/**
 * Explanations a programme leader attached to warnings, stored in the hidden add-in sheet
 * ADDIN_SHEETS.explanations (Regel | Ark | Celle | Forklaring). This module owns that sheet's
 * row format and the upsert: the Excel add-in, the browser page and the annotated download
 * all read, change and write explanations through it, and a warning with an explanation is
 * reported as explained.
 */
import { ADDIN_SHEETS, EXPLANATION_HEADERS } from './template';
import { CellValue, putSheet, SheetGrid, WorkbookSnapshot } from './snapshot';
import { normalizeKey, parseText } from './parse';

export interface Explanation {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

/** Excel holds at most this many characters in a cell; a longer explanation is cut to fit. */
export const MAX_EXPLANATION_LENGTH = 32_767;

/** One explanation per rule + sheet (as the engine matches names) + cell. */
export function explanationKey(rule: string, sheet: string, cell: string | null): string {
  return `${rule}|${normalizeKey(sheet)}|${(cell ?? '').toUpperCase()}`;
}

const isExplanationSheet = (name: string): boolean => normalizeKey(name) === normalizeKey(ADDIN_SHEETS.explanations);

/** The rows of the sheet, header in row 1; rows without rule, sheet or text are ignored. */
export function explanationsFromGrid(grid: SheetGrid): Explanation[] {
  const result: Explanation[] = [];
  for (let r = 1; r < grid.length; r++) {
    const [rule, sheet, cell, text] = [0, 1, 2, 3].map((c) => parseText(grid[r]?.[c] ?? null));
    if (rule && sheet && text) result.push({ rule, sheet, cell: cell ?? '', text });
  }
  return result;
}

export function readExplanations(snapshot: WorkbookSnapshot): Explanation[] {
  const name = Object.keys(snapshot.sheets).find(isExplanationSheet);
  return name === undefined ? [] : explanationsFromGrid(snapshot.sheets[name]);
}

export function explanationIndex(snapshot: WorkbookSnapshot): Map<string, string> {
  return new Map(readExplanations(snapshot).map((e) => [explanationKey(e.rule, e.sheet, e.cell), e.text]));
}

/**
 * The explanations after saving one: the same key replaced (at the end) or, with empty text,
 * removed; the others kept in their order. Text is trimmed and cut to what a cell holds.
 */
export function upsertExplanation(explanations: readonly Explanation[], explanation: Explanation): Explanation[] {
  const key = explanationKey(explanation.rule, explanation.sheet, explanation.cell);
  const kept = explanations.filter((e) => explanationKey(e.rule, e.sheet, e.cell) !== key);
  const text = explanation.text.trim().slice(0, MAX_EXPLANATION_LENGTH);
  return text === '' ? kept : [...kept, { rule: explanation.rule, sheet: explanation.sheet, cell: explanation.cell.toUpperCase(), text }];
}

/** The sheet's content: the header row, then one row per explanation. Every cell is text. */
export function explanationRows(explanations: readonly Explanation[]): string[][] {
  return [[...EXPLANATION_HEADERS], ...explanations.map((e) => [e.rule, e.sheet, e.cell.toUpperCase(), e.text])];
}

/** The snapshot with the explanation sheet replaced by these (removed when there are none). */
export function withExplanations(snapshot: WorkbookSnapshot, explanations: readonly Explanation[]): WorkbookSnapshot {
  const sheets: Record<string, CellValue[][]> = {};
  for (const [name, grid] of Object.entries(snapshot.sheets)) {
    if (!isExplanationSheet(name)) putSheet(sheets, name, grid as CellValue[][]);
  }
  if (explanations.length > 0) sheets[ADDIN_SHEETS.explanations] = explanationRows(explanations);
  return { ...snapshot, sheets };
}
