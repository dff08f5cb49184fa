/**
 * The masking choke point for a sheet we write with ExcelJS (the portfolio, the marked copy's
 * own sheets): every text cell, formula result, note and the sheet's name go through
 * maskPersonalIds, and a number cell holding a national ID becomes its masked text. Only ever
 * called on sheets Rapportsjekk created: the user's own cells are theirs. Browser-safe.
 */
import type * as ExcelJS from 'exceljs';
import { containsPersonalId, maskNumber, maskPersonalIds } from '../../engine';

function maskedValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return maskPersonalIds(value);
  if (typeof value === 'number') return maskNumber(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return { richText: value.richText.map((run) => ({ ...run, text: maskPersonalIds(run.text) })) };
  if ('formula' in value && value.formula !== undefined) {
    const result = value.result;
    return { ...value, formula: value.formula, result: typeof result === 'string' || typeof result === 'number' ? (maskedValue(result) as typeof result) : result };
  }
  if ('hyperlink' in value) return { ...value, text: maskPersonalIds(String(value.text)) };
  return value;
}

export function maskWorksheet(sheet: ExcelJS.Worksheet): void {
  if (containsPersonalId(sheet.name)) sheet.name = maskPersonalIds(sheet.name);
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value;
      const masked = maskedValue(value);
      // A text or number is compared as itself (most cells, cheaply); rich text, formulas and
      // links come back as new objects, so those are compared by content.
      const changed = typeof value === 'object' && value !== null ? JSON.stringify(masked) !== JSON.stringify(value) : !Object.is(masked, value);
      if (changed) cell.value = masked;
      const note = cell.note;
      if (typeof note === 'string') cell.note = maskPersonalIds(note);
      else if (note !== undefined && note !== null) cell.note = { ...note, texts: (note.texts ?? []).map((run) => ({ ...run, text: maskPersonalIds(run.text) })) };
    });
  });
}
