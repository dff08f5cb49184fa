/**
 * The key-figures sheet in a workbook written with ExcelJS (the browser page's annotated
 * download), from the same layout the Excel add-in writes. ExcelJS cannot make native charts,
 * so the goal-attainment chart exists only in the add-in's sheet. Browser-safe.
 */
import * as ExcelJS from 'exceljs';
import { ADDIN_SHEETS } from '../../engine';
import { KEY_FIGURES_MARKERS, replaceOwnSheet } from '../own-sheets';
import type { Report } from '../../engine';
import { KEY_FIGURE_COLUMNS, keyFiguresLayout } from '../../report/key-figures-layout';
import { HEADER_STYLE } from './styles';

const WIDTHS = [44, 12, 12, 12, 34, 18];

/**
 * Replaces our earlier key-figures sheet (recognised by its marker, see own-sheets.ts), so
 * annotating twice still gives one; a user's own «Nøkkeltall» stays and ours gets a free name.
 */
export function writeKeyFiguresSheet(workbook: ExcelJS.Workbook, report: Report): ExcelJS.Worksheet {
  const sheet = replaceOwnSheet(workbook, ADDIN_SHEETS.keyFigures, KEY_FIGURES_MARKERS);
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
  return sheet;
}
