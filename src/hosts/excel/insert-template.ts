/// <reference types="office-js" />
/**
 * "Sett inn mal": adds the template's missing sheets to the open workbook, a thin Office.js
 * renderer of the host-neutral template layout (src/hosts/template-layout.ts) — the same
 * layout the downloaded template is written from. Sheets that exist (by name, as the engine
 * finds them) are left exactly as they are and reported as existing; no sheet of the user's is
 * ever deleted, renamed or written into.
 *
 * A constant number of syncs whatever the size: one to look, one to read the codes sheet when
 * there is one, one to write.
 */
import { normalizeKey } from '../../engine';
import type { Lang } from '../../engine';
import type { InsertTemplateResult } from '../host';
import { Area, CODES_SHEET, LOOKS, Look, readsCodesSheet, SheetLayout, templateLayout } from '../template-layout';
import type { InputSpec, NumberOperator } from '../template-inputs';
import { ExcelRun, loadSheetsAndStructure, qualified, refuseIfStructureProtected } from './run';

/** Column widths are in points; one character of the default font is about 6 points wide. */
const POINTS_PER_CHARACTER = 6;

const OPERATORS: Readonly<Record<NumberOperator, Excel.BasicDataValidation['operator']>> = {
  between: 'Between',
  greaterThan: 'GreaterThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};

const rangeOf = (sheet: Excel.Worksheet, { row, column, rows, columns }: Area): Excel.Range =>
  sheet.getRangeByIndexes(row, column, rows, columns);

const grid = <T>(value: T, { rows, columns }: Area): T[][] => Array.from({ length: rows }, () => new Array<T>(columns).fill(value));

function drawLook(range: Excel.Range, look: Look): void {
  const format = range.format;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.color !== undefined) format.font.color = look.color;
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.wrap) format.wrapText = true;
  if (look.vertical !== undefined) format.verticalAlignment = look.vertical === 'top' ? 'Top' : 'Center';
  if (look.left) format.horizontalAlignment = 'Left';
  if (look.height !== undefined) format.rowHeight = look.height;
  if (look.bottomBorder) format.borders.getItem('EdgeBottom').style = 'Continuous';
}

function drawInput(range: Excel.Range, area: Area, input: InputSpec): void {
  if (input.numberFormat !== null) range.numberFormat = grid(input.numberFormat, area);
  const { rule, error } = input;
  if (rule?.kind === 'list') {
    const { source } = rule;
    const list = source.inline
      ? rule.codes.join(',')
      : `=${qualified(source.sheet, `$${source.column}$${source.firstRow}:$${source.column}$${source.lastRow}`)}`;
    range.dataValidation.rule = { list: { inCellDropDown: true, source: list } };
  } else if (rule !== null) {
    const [formula1, formula2] = rule.values;
    const basic: Excel.BasicDataValidation = { operator: OPERATORS[rule.operator], formula1, ...(formula2 === undefined ? {} : { formula2 }) };
    range.dataValidation.rule = rule.kind === 'whole' ? { wholeNumber: basic } : { decimal: basic };
  }
  if (error !== null) range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: error.title, message: error.message };
  range.dataValidation.prompt = { showPrompt: true, title: input.prompt.title, message: input.prompt.message };
}

function drawSheet(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const height = layout.cells.length;
  const width = Math.max(...layout.cells.map((row) => row.length));
  const written: Area = { row: 0, column: 0, rows: height, columns: width };
  const block = rangeOf(sheet, written);
  const values = layout.cells.map((row) => [...row, ...new Array<string>(width - row.length).fill('')]);
  // Text format first, so the version 2026.1 and every header stay text and are never read as
  // numbers; empty cells keep the General of a new sheet (an input below may set its own).
  block.numberFormat = values.map((row) => row.map((value) => (value === '' ? 'General' : '@')));
  block.values = values;
  layout.widths.forEach((chars, column) => {
    rangeOf(sheet, { row: 0, column, rows: 1, columns: 1 }).format.columnWidth = chars * POINTS_PER_CHARACTER;
  });
  for (const { look, area } of layout.looks) drawLook(rangeOf(sheet, area), LOOKS[look]);
  for (const { area, input } of layout.inputs) drawInput(rangeOf(sheet, area), area, input);
  const { rows, columns } = layout.frozen;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  if (layout.filter !== null) sheet.autoFilter.apply(rangeOf(sheet, layout.filter));
  if (layout.hidden) sheet.visibility = 'Hidden';
}

const sameCells = (found: readonly (readonly unknown[])[], wanted: readonly (readonly string[])[]): boolean =>
  found.length === wanted.length && wanted.every((row, r) => row.every((value, c) => String(found[r]?.[c] ?? '') === value));

/**
 * The codes sheet to use: ours when it is absent or holds exactly the lists; otherwise (a sheet
 * of that name with other content, perhaps the user's) the first free numbered name, so no
 * existing sheet is written into and no dropdown reads codes it does not expect.
 */
function codesSheetName(present: ReadonlySet<string>, found: readonly (readonly unknown[])[] | null, lang: Lang): string {
  if (!present.has(normalizeKey(CODES_SHEET))) return CODES_SHEET;
  const wanted = templateLayout(lang).sheets.find((s) => s.role === 'codes');
  if (found !== null && wanted !== undefined && sameCells(found, wanted.cells)) return CODES_SHEET;
  for (let n = 2; ; n++) if (!present.has(normalizeKey(`${CODES_SHEET}${n}`))) return `${CODES_SHEET}${n}`;
}

/**
 * Adds the missing template sheets (after the existing ones, in template order): one sync to
 * look, one more to read the codes sheet when one is there and needed, one to write.
 */
export async function insertTemplate(run: ExcelRun, lang: Lang = 'nb'): Promise<InsertTemplateResult> {
  return run(async (context) => {
    const { worksheets, structure } = await loadSheetsAndStructure(context);
    const present = new Set(worksheets.items.map((s) => normalizeKey(s.name)));
    const template = templateLayout(lang).sheets.filter((s) => s.role !== 'codes');
    const isPresent = (s: SheetLayout): boolean => present.has(normalizeKey(s.name));
    const result = { added: template.filter((s) => !isPresent(s)).map((s) => s.name), existing: template.filter(isPresent).map((s) => s.name) };
    if (result.added.length === 0) return result;
    refuseIfStructureProtected(structure);

    let found: unknown[][] | null = null;
    const needsCodes = template.some((s) => !isPresent(s) && readsCodesSheet(s));
    if (needsCodes && present.has(normalizeKey(CODES_SHEET))) {
      const used = worksheets.getItem(CODES_SHEET).getUsedRangeOrNullObject(true);
      used.load('values');
      await context.sync();
      found = used.isNullObject ? [] : used.values;
    }
    const layout = templateLayout(lang, { codesSheet: codesSheetName(present, found, lang) });
    const codes = layout.sheets.find((s) => s.role === 'codes');
    const added = layout.sheets.filter((s) => s.role !== 'codes' && !isPresent(s));
    const toWrite = codes !== undefined && needsCodes && !present.has(normalizeKey(codes.name)) ? [...added, codes] : added;
    // Every sheet first, so the dropdowns' ranges point at a sheet that exists.
    const sheets = toWrite.map((s) => worksheets.add(s.name));
    toWrite.forEach((s, i) => drawSheet(sheets[i], s));
    sheets[0].activate();
    await context.sync();
    return result;
  });
}
