/**
 * What the task pane needs from where it runs. Excel (Office.js) and the browser page (a file
 * opened with ExcelJS) both implement it; the pane and the engine never see Excel.* or ExcelJS.
 */
import type { Finding, Report, WorkbookSnapshot } from '../engine';

export interface InsertTemplateResult {
  /** Template sheets that were added. */
  readonly added: readonly string[];
  /** Template sheets that already existed and were left alone. */
  readonly existing: readonly string[];
}

export interface Explanation {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

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
  /** Adds the template's missing sheets, never touching a sheet that is there. */
  insertTemplate?(): Promise<InsertTemplateResult>;
  /** Stores (or, with empty text, removes) an explanation of a warning in the workbook. */
  saveExplanation?(explanation: Explanation): Promise<void>;
}
