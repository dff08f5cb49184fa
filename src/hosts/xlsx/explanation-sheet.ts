/**
 * The add-in's hidden explanation sheet in an ExcelJS workbook, replaced by the given
 * explanations (removed when there are none), in the engine's row format — the sheet the Excel
 * add-in writes, so the CLI, Excel and the browser page read them again from the file.
 * Browser-safe.
 */
import type * as ExcelJS from 'exceljs';
import { ADDIN_SHEETS, explanationRows, normalizeKey } from '../../engine';
import type { Explanation } from '../../engine';

export function writeExplanationSheet(workbook: ExcelJS.Workbook, explanations: readonly Explanation[]): void {
  const wanted = normalizeKey(ADDIN_SHEETS.explanations);
  const existing = workbook.worksheets.find((sheet) => normalizeKey(sheet.name) === wanted);
  if (existing !== undefined) workbook.removeWorksheet(existing.id);
  if (explanations.length === 0) return;
  const sheet = workbook.addWorksheet(ADDIN_SHEETS.explanations, { state: 'hidden' });
  for (const values of explanationRows(explanations)) {
    const row = sheet.addRow(values);
    // Text, so an explanation that starts with "=" or looks like a number stays as written.
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
}
