/**
 * The template workbook, generated from the template definition (src/engine/template.ts):
 * Veiledning, Programinfo, Mål, Deltakere, Mentorer, Aktiviteter and the hidden Koder sheet.
 * Headers, widths, formats, dropdowns and prompts all come from the definition, so the
 * workbook and the checker cannot drift apart. Browser-safe.
 */
import * as ExcelJS from 'exceljs';
import {
  CellValue,
  columnLetter,
  ColumnDef,
  FormSheetDef,
  GUIDE_SHEET,
  isCellError,
  Lang,
  PROGRAMME_INFO,
  SHEETS,
  TableSheetDef,
  GOALS,
  PARTICIPANTS,
  MENTORS,
  ACTIVITIES,
  TEMPLATE_ID,
  TEMPLATE_VERSION,
} from '../../engine';
import type { ReportContent, RowValues } from './content';
import { writeGuideSheet } from './guide';
import { COLORS, fill, HEADER_STYLE, numberFormat } from './styles';
import { addValidation, CODES_SHEET, CodeLists, promptText, validationFor } from './validations';
import { workbookBytes } from './workbook-io';

/** Rows below the header that carry dropdowns and prompts in an empty template. */
export const TEMPLATE_DATA_ROWS = 1000;
/** The layout: one header row, then data (tables) or one row per field (Programinfo). */
export const TABLE_FIRST_ROW = 2;
export const FORM_FIRST_ROW = 2;

/** Fixed workbook properties, so the same definition always gives the same workbook. */
const CREATED = new Date(Date.UTC(2026, 0, 1));

const FORM_HEADERS: Readonly<Record<Lang, readonly [string, string, string]>> = {
  nb: ['Felt', 'Verdi', 'Forklaring'],
  en: ['Field', 'Value', 'Explanation'],
};

interface BuildOptions {
  readonly lang: Lang;
  /** Data rows per table sheet that get dropdowns and prompts. */
  readonly dataRows: Readonly<Record<string, number>>;
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.style = { ...HEADER_STYLE };
  });
  row.height = 32;
}

function writeFormSheet(worksheet: ExcelJS.Worksheet, def: FormSheetDef, options: BuildOptions, lists: CodeLists): void {
  worksheet.columns = [
    { width: Math.max(...def.fields.map((f) => f.header.length)) + 4 },
    { width: Math.max(...def.fields.map((f) => f.width)) },
    { width: 80 },
  ];
  const header = worksheet.getRow(FORM_FIRST_ROW - 1);
  header.values = [...FORM_HEADERS[options.lang]];
  styleHeader(header);
  def.fields.forEach((field, i) => {
    const row = worksheet.getRow(FORM_FIRST_ROW + i);
    row.values = [field.header, null, promptText(field, options.lang)];
    row.getCell(1).font = { bold: field.required === 'yes' };
    const value = row.getCell(2);
    value.fill = fill(COLORS.input);
    const format = numberFormat(field.type);
    if (format !== undefined) value.numFmt = format;
    value.alignment = { horizontal: 'left' };
    row.getCell(3).font = { italic: true, color: { argb: COLORS.note } };
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    addValidation(worksheet, `B${FORM_FIRST_ROW + i}`, validationFor(field, options.lang, lists));
  });
  worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}

function writeTableSheet(worksheet: ExcelJS.Worksheet, def: TableSheetDef, options: BuildOptions, lists: CodeLists): void {
  worksheet.columns = def.columns.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  const lastRow = TABLE_FIRST_ROW - 1 + (options.dataRows[def.name] ?? TEMPLATE_DATA_ROWS);
  def.columns.forEach((column, i) => {
    const letter = columnLetter(i);
    addValidation(worksheet, `${letter}${TABLE_FIRST_ROW}:${letter}${lastRow}`, validationFor(column, options.lang, lists));
    const format = numberFormat(column.type);
    // A column style reaches the cells people type into later, not just the ones written now.
    if (format !== undefined) worksheet.getColumn(i + 1).numFmt = format;
  });
  // After the column formats, so the header keeps its own style only.
  styleHeader(worksheet.getRow(1));
  worksheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: def.columns.length } };
}

function writeCodesSheet(worksheet: ExcelJS.Worksheet, lists: CodeLists): void {
  worksheet.state = 'hidden';
  lists.columns.forEach((list, i) => {
    const column = worksheet.getColumn(i + 1);
    column.width = Math.max(list.title.length, ...list.codes.map((c) => c.length)) + 2;
    worksheet.getCell(1, i + 1).value = list.title;
    worksheet.getCell(1, i + 1).font = { bold: true };
    list.codes.forEach((code, r) => {
      worksheet.getCell(r + 2, i + 1).value = code;
    });
  });
}

function build(options: BuildOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rapportsjekk';
  workbook.title = `${TEMPLATE_ID} ${TEMPLATE_VERSION}`;
  workbook.created = CREATED;
  workbook.modified = CREATED;
  const lists = new CodeLists(SHEETS);
  writeGuideSheet(workbook.addWorksheet(GUIDE_SHEET), options.lang);
  for (const def of SHEETS) {
    const worksheet = workbook.addWorksheet(def.name);
    if (def.kind === 'form') writeFormSheet(worksheet, def, options, lists);
    else writeTableSheet(worksheet, def, options, lists);
  }
  if (lists.columns.length > 0) writeCodesSheet(workbook.addWorksheet(CODES_SHEET), lists);
  return workbook;
}

/** The empty template, with instructions and prompts in Norwegian (default) or English. */
export function buildTemplateWorkbook(lang: Lang = 'nb'): ExcelJS.Workbook {
  return build({ lang, dataRows: {} });
}

export async function writeTemplate(lang: Lang = 'nb'): Promise<Uint8Array> {
  return workbookBytes(buildTemplateWorkbook(lang));
}

// ---------------------------------------------------------------- filled-in reports

function excelValue(value: CellValue | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue['error'] };
  return value;
}

function fillTable(worksheet: ExcelJS.Worksheet, def: TableSheetDef, rows: readonly RowValues<string>[]): void {
  rows.forEach((values, r) => {
    def.columns.forEach((column: ColumnDef, c) => {
      const value = values[column.key];
      if (value !== undefined && value !== null) worksheet.getCell(TABLE_FIRST_ROW + r, c + 1).value = excelValue(value);
    });
  });
}

/**
 * The template filled with data (examples, test corpora). Values are given by column key;
 * dropdowns and prompts cover at least every data row.
 */
export function buildReportWorkbook(content: ReportContent, lang: Lang = 'nb'): ExcelJS.Workbook {
  const tables: readonly (readonly [TableSheetDef, readonly RowValues<string>[]])[] = [
    [GOALS, content.goals],
    [PARTICIPANTS, content.participants],
    [MENTORS, content.mentors],
    [ACTIVITIES, content.activities ?? []],
  ];
  const dataRows = Object.fromEntries(tables.map(([def, rows]) => [def.name, Math.max(TEMPLATE_DATA_ROWS, rows.length)]));
  const workbook = build({ lang, dataRows });
  const info = workbook.getWorksheet(PROGRAMME_INFO.name) as ExcelJS.Worksheet;
  PROGRAMME_INFO.fields.forEach((field, i) => {
    const value = content.info[field.key];
    if (value !== undefined && value !== null) info.getCell(FORM_FIRST_ROW + i, 2).value = excelValue(value);
  });
  for (const [def, rows] of tables) fillTable(workbook.getWorksheet(def.name) as ExcelJS.Worksheet, def, rows);
  return workbook;
}
