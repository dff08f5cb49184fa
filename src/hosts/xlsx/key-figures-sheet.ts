/**
 * The key-figures sheet in a workbook written with ExcelJS (the browser page's annotated
 * download), from the same layout the Excel add-in writes. ExcelJS cannot make native charts,
 * so the goal-attainment chart exists only in the add-in's sheet. Browser-safe.
 */
import * as ExcelJS from 'exceljs';
import { ADDIN_SHEETS, normalizeKey } from '../../engine';
import type { Report } from '../../engine';
import { KEY_FIGURE_COLUMNS, keyFiguresLayout } from '../../report/key-figures-layout';
import { HEADER_STYLE } from './styles';

const WIDTHS = [44, 12, 12, 12, 34, 18];

/** Replaces an earlier key-figures sheet, so annotating twice still gives one. */
export function writeKeyFiguresSheet(workbook: ExcelJS.Workbook, report: Report): void {
  const wanted = normalizeKey(ADDIN_SHEETS.keyFigures);
  const old = workbook.worksheets.find((ws) => normalizeKey(ws.name) === wanted);
  if (old !== undefined) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(ADDIN_SHEETS.keyFigures);
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const layout = keyFiguresLayout(report);
  layout.values.forEach((values, r) => {
    for (let c = 0; c < KEY_FIGURE_COLUMNS; c++) {
      const value = values[c];
      if (value === '') continue;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      const format = layout.numberFormats[r][c];
      if (format !== 'General') cell.numFmt = format;
    }
  });
  sheet.getCell('A1').font = { bold: true, size: 14 };
  for (const row of layout.headerRows) {
    sheet.getRow(row + 1).eachCell((cell) => {
      cell.style = { ...HEADER_STYLE };
    });
  }
}
