/// <reference types="office-js" />
/**
 * "Sett inn mal": adds the template's sheets to the open workbook, built from the template
 * definition (headers, dropdowns for code columns, input prompts, number formats, frozen
 * header row, Veiledning with the version in B2). Sheets that exist (by name, as the engine
 * finds them) are left exactly as they are and reported as existing.
 *
 * Dropdowns read their codes from the hidden sheet CODES_SHEET: Excel limits an inline list to
 * 255 characters and splits it at commas, and the indicator list and "Høyere utdanning, kort"
 * break both limits.
 */
import {
  ColumnDef,
  FormSheetDef,
  TableSheetDef,
  GUIDE_SHEET,
  normalizeKey,
  SHEETS,
  SheetDef,
  columnLetter,
} from '../../engine';
import type { InsertTemplateResult } from '../host';
import { guideRows, promptText } from '../template-text';
import { ExcelRun, qualified } from './run';

export const CODES_SHEET = 'Rapportsjekk_koder';
/** Rows below the header that get formats, dropdowns and prompts. */
export const TEMPLATE_ROWS = 1_000;
const HEADER_FILL = '#D9E1F2';
/** Excel's limits for an input prompt. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
/** Column widths are in points; one character of the default font is about 6 points wide. */
const POINTS_PER_CHARACTER = 6;

const NUMBER_FORMATS: Partial<Record<ColumnDef['type'], string>> = {
  date: 'dd.mm.yyyy',
  integer: '0',
  text: '@',
  email: '@',
  orgnr: '@',
};

/** Every distinct code list, in template order, with its column in the codes sheet. */
export function codeLists(): { readonly codes: readonly string[]; readonly header: string; readonly column: string }[] {
  const lists: { codes: readonly string[]; header: string; column: string }[] = [];
  for (const def of SHEETS) {
    for (const column of columnsOf(def)) {
      if (!column.codes || lists.some((l) => l.codes.join('\n') === column.codes?.join('\n'))) continue;
      lists.push({ codes: column.codes, header: column.header, column: columnLetter(lists.length) });
    }
  }
  return lists;
}

function columnsOf(def: SheetDef): readonly ColumnDef[] {
  return def.kind === 'table' ? def.columns : def.fields;
}

function listSource(codes: readonly string[]): string {
  const list = codeLists().find((l) => l.codes.join('\n') === codes.join('\n'));
  if (!list) throw new Error('code list not in the codes sheet');
  return `=${qualified(CODES_SHEET, `$${list.column}$2:$${list.column}$${codes.length + 1}`)}`;
}

const column2d = <T>(value: T, rows: number): T[][] => Array.from({ length: rows }, () => [value]);

/** Format, dropdown and prompt for the input cells of one column (or one form field). */
function prepareInput(range: Excel.Range, column: ColumnDef, rows: number): void {
  const format = NUMBER_FORMATS[column.type];
  if (format) range.numberFormat = column2d(format, rows);
  if (column.codes) {
    range.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(column.codes) } };
    // A warning, not a stop, as in the downloaded template: the checker is the authority, and
    // a stop would block pasting a value it accepts (codes match case-insensitively).
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: 'Warning',
      title: column.header.slice(0, PROMPT_TITLE_MAX),
      message: 'Verdien finnes ikke i listen. Velg en verdi fra nedtrekkslisten, ellers gir kontrollen feil.',
    };
  }
  range.dataValidation.prompt = {
    showPrompt: true,
    title: column.header.slice(0, PROMPT_TITLE_MAX),
    message: promptText(column, 'nb').slice(0, PROMPT_MESSAGE_MAX),
  };
}

function writeTableSheet(sheet: Excel.Worksheet, def: TableSheetDef): void {
  const header = sheet.getRangeByIndexes(0, 0, 1, def.columns.length);
  header.numberFormat = [def.columns.map(() => '@')];
  header.values = [def.columns.map((c) => c.header)];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.borders.getItem('EdgeBottom').style = 'Continuous';
  def.columns.forEach((column, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = column.width * POINTS_PER_CHARACTER;
    prepareInput(sheet.getRangeByIndexes(1, i, TEMPLATE_ROWS, 1), column, TEMPLATE_ROWS);
  });
  sheet.freezePanes.freezeRows(1);
}

function writeFormSheet(sheet: Excel.Worksheet, def: FormSheetDef): void {
  const labels = sheet.getRangeByIndexes(0, 0, def.fields.length, 1);
  labels.numberFormat = def.fields.map(() => ['@']);
  labels.values = def.fields.map((f) => [f.header]);
  labels.format.font.bold = true;
  labels.format.columnWidth = 40 * POINTS_PER_CHARACTER;
  def.fields.forEach((field, i) => {
    const value = sheet.getRangeByIndexes(i, 1, 1, 1);
    if (i === 0) value.format.columnWidth = field.width * POINTS_PER_CHARACTER;
    prepareInput(value, field, 1);
  });
}

/** The same guide as the downloaded template (src/hosts/template-text.ts), version in B2. */
function writeGuideSheet(sheet: Excel.Worksheet): void {
  const rows = guideRows('nb', CODES_SHEET);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, 2);
  // Text format first, so that the version 2026.1 stays text and is never read as a number.
  range.numberFormat = rows.map(() => ['@', '@']);
  range.values = rows.map((row) => [...row.cells]);
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top';
  rows.forEach((row, i) => {
    if (row.kind === 'blank' || row.kind === 'entry') return;
    const target = row.kind === 'heading' ? sheet.getRangeByIndexes(i, 0, 1, 2) : sheet.getRangeByIndexes(i, 0, 1, 1);
    target.format.font.bold = true;
    if (row.kind === 'title') target.format.font.size = 14;
    if (row.kind === 'heading') target.format.fill.color = HEADER_FILL;
  });
  sheet.getRange('A:A').format.columnWidth = 30 * POINTS_PER_CHARACTER;
  sheet.getRange('B:B').format.columnWidth = 90 * POINTS_PER_CHARACTER;
}

function writeCodesSheet(sheet: Excel.Worksheet): void {
  const lists = codeLists();
  const height = Math.max(...lists.map((l) => l.codes.length)) + 1;
  const values = Array.from({ length: height }, (_, r) => lists.map((l) => (r === 0 ? l.header : (l.codes[r - 1] ?? ''))));
  const range = sheet.getRangeByIndexes(0, 0, height, lists.length);
  range.numberFormat = values.map((row) => row.map(() => '@'));
  range.values = values;
  sheet.visibility = 'Hidden';
}

/** Adds the missing template sheets (after the existing ones, in template order), in two syncs. */
export async function insertTemplate(run: ExcelRun): Promise<InsertTemplateResult> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const present = new Set(worksheets.items.map((s) => normalizeKey(s.name)));
    const wanted = [GUIDE_SHEET, ...SHEETS.map((s) => s.name)];
    const added = wanted.filter((name) => !present.has(normalizeKey(name)));
    const existing = wanted.filter((name) => present.has(normalizeKey(name)));
    if (added.length === 0) return { added, existing };

    const needsCodes = SHEETS.some((def) => added.includes(def.name) && columnsOf(def).some((c) => c.codes));
    if (needsCodes && !present.has(normalizeKey(CODES_SHEET))) writeCodesSheet(worksheets.add(CODES_SHEET));
    for (const name of added) {
      const sheet = worksheets.add(name);
      const def = SHEETS.find((s) => s.name === name);
      if (def === undefined) writeGuideSheet(sheet);
      else if (def.kind === 'table') writeTableSheet(sheet, def);
      else writeFormSheet(sheet, def);
    }
    worksheets.getItem(added[0]).activate();
    await context.sync();
    return { added, existing };
  });
}
