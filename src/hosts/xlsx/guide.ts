/**
 * The `Veiledning` sheet of the generated template: the content (src/hosts/template-text.ts,
 * shared with the Excel add-in) laid out with ExcelJS styles. A2/B2 hold the version the
 * reader looks for.
 */
import type * as ExcelJS from 'exceljs';
import { Lang } from '../../engine';
import { guideRows } from '../template-text';
import { CODES_SHEET } from './validations';
import { COLORS, fill } from './styles';

export function writeGuideSheet(worksheet: ExcelJS.Worksheet, lang: Lang): void {
  worksheet.columns = [{ width: 40 }, { width: 100 }];
  for (const { kind, cells } of guideRows(lang, CODES_SHEET)) {
    // No trailing empty cell: a title or heading row has text in column A only.
    const row = worksheet.addRow(cells[1] !== '' ? [...cells] : cells[0] !== '' ? [cells[0]] : []);
    switch (kind) {
      case 'title':
        row.getCell(1).font = { bold: true, size: 14 };
        break;
      case 'version':
      case 'templateId':
        row.getCell(1).font = { bold: true };
        break;
      case 'heading':
        row.font = { bold: true, size: 12, color: { argb: COLORS.headerText } };
        row.getCell(1).fill = fill(COLORS.header);
        row.getCell(2).fill = fill(COLORS.header);
        break;
      case 'entry':
        row.getCell(1).font = { bold: true };
        row.getCell(1).alignment = { vertical: 'top', wrapText: true };
        row.getCell(2).alignment = { vertical: 'top', wrapText: true };
        break;
      case 'blank':
        break;
    }
  }
  worksheet.views = [{ state: 'frozen', ySplit: 2, xSplit: 0 }];
}
