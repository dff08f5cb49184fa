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

export interface Host {
  readonly kind: 'excel' | 'browser';
  /** Reads the whole workbook as plain data. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Activates the sheet and selects the cell (or the sheet, when cell is null). */
  selectCell(sheet: string, cell: string | null): Promise<void>;
  /** Marks finding cells by severity without changing any value, formula or format of the user's. */
  markFindings(findings: readonly Finding[]): Promise<void>;
  /** Removes every mark; the workbook is then exactly as before marking. */
  clearMarks(): Promise<void>;
  /** Writes or replaces the add-in-owned key-figures sheet. */
  writeKeyFigures(report: Report): Promise<void>;
  /** Adds the template's missing sheets. */
  insertTemplate(): Promise<InsertTemplateResult>;
  /** Stores (or, with empty text, removes) an explanation of a warning in the workbook. */
  saveExplanation(explanation: Explanation): Promise<void>;
}
