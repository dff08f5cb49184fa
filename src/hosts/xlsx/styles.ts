/** Looks of the workbooks Rapportsjekk writes (template, examples, the Funn sheet). */
import type * as ExcelJS from 'exceljs';
import type { ValueType } from '../../engine';

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

export const DATE_FORMAT = 'dd.mm.yyyy';

/**
 * Number format by value type. Målverdi/Oppnådd (goalValue) stay General: the same column holds
 * shares (0.6 or 60 %) and counts (25), and a percent format would show a count of 25 as 2500 %.
 * Text columns are Text so IDs like 007 keep their zeros.
 */
export function numberFormat(type: ValueType): string | undefined {
  switch (type) {
    case 'date':
      return DATE_FORMAT;
    case 'integer':
      return '0';
    case 'number':
      // General shows 500000 and 50.5 as written; a fixed number of decimals would hide or invent digits.
      return 'General';
    case 'text':
    case 'email':
    case 'orgnr':
      return '@';
    default:
      return undefined;
  }
}
