/**
 * What every input cell of the template gets, as plain data: its number format, its input
 * prompt, and its validation (a dropdown for a code column, a number range for a bounded
 * number). Both renderers of the template layout (the Excel add-in's "Sett inn mal" and the
 * downloaded xlsx) write exactly this. Host-neutral: no ExcelJS, no Office.js.
 *
 * Excel's limits shape it: a prompt title holds 32 characters, a prompt 255, an error message
 * 225; an inline list ("a,b,c") holds 255 characters and cannot hold a comma inside a code.
 * Lists that do not fit inline live in the hidden codes sheet, referenced by range.
 */
import { Bound, columnLetter, ColumnDef, Lang, SheetDef, ValueType } from '../engine';
import { promptText } from './template-text';

/**
 * The hidden sheet with the code lists the dropdowns read. One name for both hosts, with the
 * add-in's prefix (like Rapportsjekk_forklaringer), so it is plainly not a sheet of the user's:
 * "Sett inn mal" never writes into a sheet that is there, and a plain «Koder» is a name people use.
 */
export const CODES_SHEET = 'Rapportsjekk_koder';

export const EXCEL_LIMITS = { promptTitle: 32, prompt: 255, errorTitle: 32, error: 225, inlineList: 255 } as const;

/** Shortens text to Excel's limit, ending with an ellipsis when cut. */
export function clamp(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

/**
 * Dates as dd.mm.yyyy. The dots are escaped: in a Norwegian Excel an unescaped "." in a number
 * format is the decimal separator, and "dd.mm.yyyy" would not show a date.
 */
export const DATE_FORMAT = 'dd\\.mm\\.yyyy';

/**
 * Number format by value type. Målverdi/Oppnådd (goalValue) stay General: the same column holds
 * shares (0.6 or 60 %) and counts (25), and a percent format would show a count of 25 as 2500 %.
 * Text columns are Text so IDs like 007 keep their zeros.
 */
export function numberFormat(type: ValueType): string | null {
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
      return null;
  }
}

// ---------------------------------------------------------------- code lists

/** Where a dropdown's codes are: inline in the rule, or a one-column range of the codes sheet. */
export type ListSource =
  | { readonly inline: true }
  | { readonly inline: false; readonly sheet: string; readonly column: string; readonly firstRow: number; readonly lastRow: number };

export interface CodeListColumn {
  /** Header of the first template column that uses the list. */
  readonly title: string;
  readonly codes: readonly string[];
}

function fitsInline(codes: readonly string[]): boolean {
  return codes.every((code) => !/[,"]/.test(code)) && codes.join(',').length + 2 <= EXCEL_LIMITS.inlineList;
}

const columnsOf = (sheet: SheetDef): readonly ColumnDef[] => (sheet.kind === 'form' ? sheet.fields : sheet.columns);

/**
 * The columns of the codes sheet (A, B, …): every distinct list that does not fit inline, in
 * template order, so Relevant jobb and Relevant jobb 6 mnd etter share one.
 */
export function codeListColumns(sheets: readonly SheetDef[]): CodeListColumn[] {
  const lists: CodeListColumn[] = [];
  for (const column of sheets.flatMap(columnsOf)) {
    const codes = column.codes;
    if (codes === undefined || fitsInline(codes) || lists.some((l) => l.codes.join('\n') === codes.join('\n'))) continue;
    lists.push({ title: column.header, codes });
  }
  return lists;
}

function listSource(codes: readonly string[], lists: readonly CodeListColumn[], sheet: string): ListSource {
  const index = lists.findIndex((l) => l.codes.join('\n') === codes.join('\n'));
  if (index < 0) return { inline: true };
  return { inline: false, sheet, column: columnLetter(index), firstRow: 2, lastRow: codes.length + 1 };
}

// ---------------------------------------------------------------- validations

export type NumberOperator = 'between' | 'greaterThan' | 'greaterThanOrEqual' | 'lessThanOrEqual';

export type InputRule =
  | { readonly kind: 'list'; readonly codes: readonly string[]; readonly source: ListSource }
  | { readonly kind: 'whole' | 'decimal'; readonly operator: NumberOperator; readonly values: readonly number[] };

/** The input cells of one column (or one Programinfo field). */
export interface InputSpec {
  readonly numberFormat: string | null;
  readonly prompt: { readonly title: string; readonly message: string };
  /** null: a prompt only, any value allowed. */
  readonly rule: InputRule | null;
  /** Shown as a warning, never a stop: the checker is the authority (see below). */
  readonly error: { readonly title: string; readonly message: string } | null;
}

const staticBound = (bound: Bound | undefined): number | undefined => (typeof bound === 'number' ? bound : undefined);

function numberRule(column: ColumnDef): InputRule | null {
  if (column.type !== 'integer' && column.type !== 'number') return null;
  const kind = column.type === 'integer' ? 'whole' : 'decimal';
  const min = staticBound(column.min);
  const max = staticBound(column.max);
  if (min !== undefined && max !== undefined) return { kind, operator: 'between', values: [min, max] };
  if (min !== undefined) return { kind, operator: column.minExclusive ? 'greaterThan' : 'greaterThanOrEqual', values: [min] };
  if (max !== undefined) return { kind, operator: 'lessThanOrEqual', values: [max] };
  return null;
}

const ERRORS: Readonly<Record<'list' | 'number', Readonly<Record<Lang, string>>>> = {
  list: {
    nb: 'Verdien finnes ikke i listen. Velg en verdi fra nedtrekkslisten, ellers gir kontrollen feil.',
    en: 'The value is not in the list. Choose a value from the dropdown, or the check reports an error.',
  },
  number: {
    nb: 'Verdien er ikke et tall innenfor det tillatte området. Se forklaringen til kolonnen.',
    en: 'The value is not a number in the allowed range. See the column explanation.',
  },
};

/**
 * Format, prompt and validation of a column's input cells. Errors are warnings, not stops: a
 * stop blocks pasting a value the checker would accept (codes match case-insensitively).
 */
export function inputSpec(column: ColumnDef, lang: Lang, lists: readonly CodeListColumn[], codesSheet: string): InputSpec {
  const rule: InputRule | null =
    column.codes !== undefined ? { kind: 'list', codes: column.codes, source: listSource(column.codes, lists, codesSheet) } : numberRule(column);
  return {
    numberFormat: numberFormat(column.type),
    prompt: { title: clamp(column.header, EXCEL_LIMITS.promptTitle), message: clamp(promptText(column, lang), EXCEL_LIMITS.prompt) },
    rule,
    error:
      rule === null
        ? null
        : { title: clamp(column.header, EXCEL_LIMITS.errorTitle), message: clamp(ERRORS[rule.kind === 'list' ? 'list' : 'number'][lang], EXCEL_LIMITS.error) },
  };
}
