/**
 * The template workbook with ExcelJS: a thin renderer of the host-neutral template layout
 * (src/hosts/template-layout.ts) — Veiledning, Programinfo, Mål, Deltakere, Mentorer,
 * Aktiviteter and the hidden codes sheet. The Excel add-in's "Sett inn mal" renders the same
 * layout, so the downloaded template and the inserted one cannot drift. Browser-safe.
 */
import * as ExcelJS from 'exceljs';
import { Lang, TEMPLATE_ID, TEMPLATE_VERSION, columnLetter } from '../../engine';
import { Area, LOOKS, Look, SheetLayout, templateLayout, TemplateLayout } from '../template-layout';
import { addValidation, validationOf } from './validations';
import { workbookBytes } from './workbook-io';

export { FORM_FIRST_ROW, TABLE_FIRST_ROW, TEMPLATE_DATA_ROWS } from '../template-layout';

/** Fixed workbook properties, so the same definition always gives the same workbook. */
const CREATED = new Date(Date.UTC(2026, 0, 1));

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** `A2:A1001` for a layout area. */
export function address({ row, column, rows, columns }: Area): string {
  const first = `${columnLetter(column)}${row + 1}`;
  return rows === 1 && columns === 1 ? first : `${first}:${columnLetter(column + columns - 1)}${row + rows}`;
}

function drawLook(worksheet: ExcelJS.Worksheet, { row, column, rows, columns }: Area, look: Look): void {
  for (let r = row; r < row + rows; r++) {
    if (look.height !== undefined) worksheet.getRow(r + 1).height = look.height;
    for (let c = column; c < column + columns; c++) {
      const cell = worksheet.getCell(r + 1, c + 1);
      const font: Partial<ExcelJS.Font> = { ...cell.font };
      if (look.bold) font.bold = true;
      if (look.italic) font.italic = true;
      if (look.size !== undefined) font.size = look.size;
      if (look.color !== undefined) font.color = { argb: argb(look.color) };
      if (Object.keys(font).length > 0) cell.font = font;
      if (look.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.fill) } };
      const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
      if (look.wrap) alignment.wrapText = true;
      if (look.vertical !== undefined) alignment.vertical = look.vertical;
      if (look.left) alignment.horizontal = 'left';
      if (Object.keys(alignment).length > 0) cell.alignment = alignment;
      if (look.bottomBorder) cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
    }
  }
}

function drawSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout): void {
  const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
  worksheet.columns = sheet.widths.map((width) => ({ width }));
  for (const { area, input } of sheet.inputs) {
    addValidation(worksheet, address(area), validationOf(input));
    if (input.numberFormat === null) continue;
    // A table column's format is a column style, so it reaches the rows people add later too.
    if (sheet.role === 'table') worksheet.getColumn(area.column + 1).numFmt = input.numberFormat;
    else worksheet.getCell(area.row + 1, area.column + 1).numFmt = input.numberFormat;
  }
  // After the column formats: every written cell is text, whatever its column holds.
  sheet.cells.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value === '') return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = value;
      cell.numFmt = '@';
    }),
  );
  for (const { look, area } of sheet.looks) drawLook(worksheet, area, LOOKS[look]);
  const { rows, columns } = sheet.frozen;
  if (rows > 0 || columns > 0) worksheet.views = [{ state: 'frozen', xSplit: columns, ySplit: rows }];
  if (sheet.filter !== null) {
    const { row, column, columns: width } = sheet.filter;
    worksheet.autoFilter = { from: { row: row + 1, column: column + 1 }, to: { row: row + 1, column: column + width } };
  }
}

/** A workbook drawn from a layout; tools/report-workbook.ts fills one with report data. */
export function buildLayoutWorkbook(layout: TemplateLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rapportsjekk';
  workbook.title = `${TEMPLATE_ID} ${TEMPLATE_VERSION}`;
  workbook.created = CREATED;
  workbook.modified = CREATED;
  for (const sheet of layout.sheets) drawSheet(workbook, sheet);
  return workbook;
}

/** The empty template, with instructions and prompts in Norwegian (default) or English. */
export function buildTemplateWorkbook(lang: Lang = 'nb'): ExcelJS.Workbook {
  return buildLayoutWorkbook(templateLayout(lang));
}

export async function writeTemplate(lang: Lang = 'nb'): Promise<Uint8Array> {
  return workbookBytes(buildTemplateWorkbook(lang));
}
