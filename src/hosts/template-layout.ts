/**
 * The template workbook as plain data, built from the template definition: which sheets, in
 * which order, what text is in which cell, how each cell looks, the widths, frozen panes and
 * filters, and the format, prompt and validation of every input cell. Two thin renderers write
 * it: src/hosts/excel/insert-template.ts (Office.js, "Sett inn mal") and
 * src/hosts/xlsx/template-writer.ts (the downloaded template). Like
 * src/report/key-figures-layout.ts, the layout decides and the hosts only draw, so the template
 * in Excel and the template file cannot drift apart. Host-neutral: no ExcelJS, no Office.js.
 *
 * Decisions kept here once:
 * - Programinfo has a header row (Felt | Verdi | Forklaring); the fields follow from row 2,
 *   with the explanation in column C. The reader finds fields by label, so either works; the
 *   header tells a person what the columns are.
 * - Headers, labels and codes stay Norwegian (the reader matches them); prompts, the guide and
 *   the Programinfo header row are in the user's language.
 * - The code lists that do not fit inline live in the hidden sheet CODES_SHEET, last.
 */
import { FormSheetDef, GUIDE_SHEET, Lang, SHEETS, TableSheetDef } from '../engine';
import { guideRows, promptText } from './template-text';
import { CODES_SHEET, codeListColumns, CodeListColumn, inputSpec, InputSpec } from './template-inputs';

export { CODES_SHEET } from './template-inputs';

/** Rows below the header that get formats, dropdowns and prompts in an empty template. */
export const TEMPLATE_DATA_ROWS = 1000;
/** The first data row (1-based) of a table sheet and the first field row of Programinfo. */
export const TABLE_FIRST_ROW = 2;
export const FORM_FIRST_ROW = 2;

/** A block of cells, 0-based. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** How a cell looks; colours as #RRGGBB. Each renderer draws these in its own API. */
export interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly vertical?: 'top' | 'middle';
  readonly left?: boolean;
  /** Row height in points. */
  readonly height?: number;
  readonly bottomBorder?: boolean;
}

export const LOOKS = {
  title: { bold: true, size: 14 },
  label: { bold: true },
  heading: { bold: true, size: 12, color: '#FFFFFF', fill: '#1F4E79' },
  topic: { bold: true, wrap: true, vertical: 'top' },
  text: { wrap: true, vertical: 'top' },
  header: { bold: true, color: '#FFFFFF', fill: '#1F4E79', wrap: true, vertical: 'middle', bottomBorder: true, height: 32 },
  input: { fill: '#FFF9E6', left: true },
  note: { italic: true, color: '#595959', wrap: true, vertical: 'top' },
} as const satisfies Record<string, Look>;

export type LookName = keyof typeof LOOKS;

export interface StyledArea {
  readonly look: LookName;
  readonly area: Area;
}

export interface InputArea {
  readonly area: Area;
  readonly input: InputSpec;
}

export interface SheetLayout {
  readonly name: string;
  readonly role: 'guide' | 'form' | 'table' | 'codes';
  readonly hidden: boolean;
  /** Text from A1, row by row ('' is an empty cell). Every written cell is text. */
  readonly cells: readonly (readonly string[])[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  /** Later entries win where areas overlap. */
  readonly looks: readonly StyledArea[];
  readonly inputs: readonly InputArea[];
  /** Rows and columns kept in view (0 for none). */
  readonly frozen: { readonly rows: number; readonly columns: number };
  /** The header row that carries an AutoFilter, or null. */
  readonly filter: Area | null;
}

export interface TemplateLayout {
  /** Veiledning, Programinfo, Mål, Deltakere, Mentorer, Aktiviteter, then the codes sheet. */
  readonly sheets: readonly SheetLayout[];
  readonly codesSheet: string;
}

export interface LayoutOptions {
  /** The name of the hidden codes sheet (the Excel add-in picks another when one is taken). */
  readonly codesSheet?: string;
  /** Data rows per table sheet that get inputs, when a filled template needs more. */
  readonly dataRows?: Readonly<Record<string, number>>;
}

const FORM_HEADERS: Readonly<Record<Lang, readonly [string, string, string]>> = {
  nb: ['Felt', 'Verdi', 'Forklaring'],
  en: ['Field', 'Value', 'Explanation'],
};

const area = (row: number, column: number, rows = 1, columns = 1): Area => ({ row, column, rows, columns });

function guideSheet(lang: Lang, codesSheet: string): SheetLayout {
  const rows = guideRows(lang, codesSheet);
  const looks: StyledArea[] = [];
  rows.forEach((row, i) => {
    if (row.kind === 'title') looks.push({ look: 'title', area: area(i, 0) });
    if (row.kind === 'version' || row.kind === 'templateId') looks.push({ look: 'label', area: area(i, 0) });
    if (row.kind === 'heading') looks.push({ look: 'heading', area: area(i, 0, 1, 2) });
    if (row.kind === 'entry') looks.push({ look: 'topic', area: area(i, 0) }, { look: 'text', area: area(i, 1) });
  });
  return {
    name: GUIDE_SHEET,
    role: 'guide',
    hidden: false,
    cells: rows.map((row) => [...row.cells]),
    widths: [40, 100],
    looks,
    inputs: [],
    // The title and the version row stay in view.
    frozen: { rows: 2, columns: 0 },
    filter: null,
  };
}

function formSheet(def: FormSheetDef, lang: Lang, lists: readonly CodeListColumn[], codesSheet: string): SheetLayout {
  const first = FORM_FIRST_ROW - 1;
  const looks: StyledArea[] = [{ look: 'header', area: area(0, 0, 1, 3) }];
  def.fields.forEach((field, i) => {
    if (field.required === 'yes') looks.push({ look: 'label', area: area(first + i, 0) });
    looks.push({ look: 'input', area: area(first + i, 1) }, { look: 'note', area: area(first + i, 2) });
  });
  return {
    name: def.name,
    role: 'form',
    hidden: false,
    cells: [[...FORM_HEADERS[lang]], ...def.fields.map((field) => [field.header, '', promptText(field, lang)])],
    widths: [Math.max(...def.fields.map((f) => f.header.length)) + 4, Math.max(...def.fields.map((f) => f.width)), 80],
    looks,
    inputs: def.fields.map((field, i) => ({ area: area(first + i, 1), input: inputSpec(field, lang, lists, codesSheet) })),
    frozen: { rows: 1, columns: 0 },
    filter: null,
  };
}

function tableSheet(def: TableSheetDef, lang: Lang, lists: readonly CodeListColumn[], options: LayoutOptions & { codesSheet: string }): SheetLayout {
  const rows = options.dataRows?.[def.name] ?? TEMPLATE_DATA_ROWS;
  const width = def.columns.length;
  return {
    name: def.name,
    role: 'table',
    hidden: false,
    cells: [def.columns.map((c) => c.header)],
    widths: def.columns.map((c) => c.width),
    looks: [{ look: 'header', area: area(0, 0, 1, width) }],
    inputs: def.columns.map((column, i) => ({ area: area(TABLE_FIRST_ROW - 1, i, rows), input: inputSpec(column, lang, lists, options.codesSheet) })),
    // The header and the ID column stay in view.
    frozen: { rows: 1, columns: 1 },
    filter: area(0, 0, 1, width),
  };
}

function codesSheet(name: string, lists: readonly CodeListColumn[]): SheetLayout {
  const height = Math.max(...lists.map((l) => l.codes.length)) + 1;
  return {
    name,
    role: 'codes',
    hidden: true,
    cells: Array.from({ length: height }, (_, r) => lists.map((l) => (r === 0 ? l.title : (l.codes[r - 1] ?? '')))),
    widths: lists.map((l) => Math.max(l.title.length, ...l.codes.map((c) => c.length)) + 2),
    looks: [{ look: 'label', area: area(0, 0, 1, lists.length) }],
    inputs: [],
    frozen: { rows: 0, columns: 0 },
    filter: null,
  };
}

export function templateLayout(lang: Lang, options: LayoutOptions = {}): TemplateLayout {
  const codes = options.codesSheet ?? CODES_SHEET;
  const lists = codeListColumns(SHEETS);
  const sheets: SheetLayout[] = [guideSheet(lang, codes)];
  for (const def of SHEETS) {
    sheets.push(def.kind === 'form' ? formSheet(def, lang, lists, codes) : tableSheet(def, lang, lists, { ...options, codesSheet: codes }));
  }
  if (lists.length > 0) sheets.push(codesSheet(codes, lists));
  return { sheets, codesSheet: codes };
}

/** Whether any input of the sheet reads its codes from the codes sheet. */
export function readsCodesSheet(sheet: SheetLayout): boolean {
  return sheet.inputs.some(({ input }) => input.rule?.kind === 'list' && !input.rule.source.inline);
}
