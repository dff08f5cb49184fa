/** Looks of the sheets Rapportsjekk writes with ExcelJS besides the template (the Funn and key-figures sheets). */
import type * as ExcelJS from 'exceljs';

export const COLORS = {
  header: 'FF1F4E79',
  headerText: 'FFFFFFFF',
  input: 'FFFFF9E6',
  note: 'FF595959',
  link: 'FF0563C1',
} as const;

export function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: COLORS.headerText } },
  fill: fill(COLORS.header),
  alignment: { vertical: 'middle', wrapText: true },
  border: { bottom: { style: 'thin', color: { argb: 'FF000000' } } },
};
