/**
 * What the task pane needs from where it runs. Excel (Office.js) and the browser page (a file
 * opened with ExcelJS) both implement it; the pane and the engine never see Excel.* or ExcelJS.
 */
import type { CellFix, Explanation, Finding, Lang, Report, WorkbookSnapshot } from '../engine';

export interface InsertTemplateResult {
  /** Template sheets that were added. */
  readonly added: readonly string[];
  /** Template sheets that already existed and were left alone. */
  readonly existing: readonly string[];
}

/** The one explanation type, owned with its sheet format by the engine. */
export type { Explanation } from '../engine';

/**
 * Only reading is required. Every other member is an ability a host may lack; the pane shows a
 * control exactly when its ability is there and never asks which host it runs in. The browser
 * page, for instance, has no grid to select in and never changes the opened file, so it offers
 * explanations only: marks and key figures go into the workbook the person downloads.
 */
export interface Host {
  /** Reads the whole workbook as plain data. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Activates the sheet and selects the cell (or the sheet, when cell is null). Without it the pane names the cell. */
  selectCell?(sheet: string, cell: string | null): Promise<void>;
  /** Marks finding cells by severity without changing any value, formula or format of the user's. */
  markFindings?(findings: readonly Finding[]): Promise<void>;
  /** Removes every mark; the workbook is then exactly as before marking. */
  clearMarks?(): Promise<void>;
  /**
   * Writes or replaces the add-in-owned key-figures sheet, with its native chart. Without it the
   * pane shows the key figures in itself from the first check.
   */
  writeKeyFigures?(report: Report): Promise<void>;
  /** Adds the template's missing sheets, prompts and guide in `lang`, never touching a sheet that is there. */
  insertTemplate?(lang: Lang): Promise<InsertTemplateResult>;
  /** Stores (or, with empty text, removes) explanations of warnings in the workbook, all at once. */
  saveExplanations?(explanations: readonly Explanation[]): Promise<void>;
  /**
   * Writes one-click fixes into the open workbook, keeping what each cell held (Excel's Ctrl+Z
   * cannot undo an add-in's writes). A host that cannot change the workbook offers a fixed copy.
   */
  applyFixes?(fixes: readonly CellFix[]): Promise<AppliedFixes>;
  /** Puts back what `applyFixes` replaced, except in cells edited since. */
  undoFixes?(undo: readonly UndoEntry[]): Promise<UndoneFixes>;
  /**
   * Calls `listener` after a value or formula in the workbook changed (the person typed, pasted
   * or filled). Answers the function that stops listening; the pane calls it on unmount.
   */
  onWorkbookChanged?(listener: () => void): () => void;
}

export type FixSkipReason = 'changed' | 'formula' | 'no-sheet';

/** What a cell held before a fix, to put back. */
export interface UndoEntry {
  readonly fix: CellFix;
  /** The cell's formula-bar content before the fix (a constant: formula cells are never fixed). */
  readonly before: string | number | boolean;
  readonly numberFormat: string;
  /** What the fix wrote, so undo leaves alone a cell edited after the fix. */
  readonly after: string | number | boolean;
}

/** What applying fixes did: an undo entry per written cell, and what was left alone and why. */
export interface AppliedFixes {
  readonly undo: readonly UndoEntry[];
  readonly skipped: readonly { readonly fix: CellFix; readonly reason: FixSkipReason }[];
}

export interface UndoneFixes {
  readonly restored: readonly CellFix[];
  /** Cells edited after the fix (or gone): left as they are. */
  readonly kept: readonly CellFix[];
}
