/**
 * Explanations written on the browser page go into the downloaded workbook's hidden add-in
 * sheet (the one the Excel add-in writes), so the CLI, Excel and this page read them again
 * from the file. Browser-safe; lives in the lazy xlsx chunk with ExcelJS.
 */
import { ADDIN_SHEETS, EXPLANATION_HEADERS, normalizeKey } from '../../engine';
import type { Explanation } from '../../hosts/host';
import { loadWorkbook, workbookBytes } from '../../hosts/xlsx/workbook-io';

/** The workbook with its explanation sheet replaced by these rows (removed when there are none). */
export async function withExplanationSheet(data: Uint8Array, explanations: readonly Explanation[]): Promise<Uint8Array> {
  const workbook = await loadWorkbook(data);
  const wanted = normalizeKey(ADDIN_SHEETS.explanations);
  const existing = workbook.worksheets.find((sheet) => normalizeKey(sheet.name) === wanted);
  if (existing === undefined && explanations.length === 0) return data;
  if (existing !== undefined) workbook.removeWorksheet(existing.id);
  if (explanations.length > 0) {
    const sheet = workbook.addWorksheet(ADDIN_SHEETS.explanations, { state: 'hidden' });
    sheet.addRow([...EXPLANATION_HEADERS]);
    for (const e of explanations) {
      const row = sheet.addRow([e.rule, e.sheet, e.cell.toUpperCase(), e.text]);
      // Text, so an explanation that starts with "=" or looks like a number stays as written.
      row.eachCell((cell) => {
        cell.numFmt = '@';
      });
    }
  }
  return workbookBytes(workbook);
}
