/**
 * Data validations of the generated template: a dropdown for every code column and an input
 * prompt for every column, all derived from the template definition.
 *
 * Excel limits that shape this: a prompt title holds 32 characters, a prompt 255, an error
 * message 225; an inline list ("a,b,c") holds 255 characters and cannot contain a comma inside
 * a code. Lists that do not fit inline live in the hidden `Koder` sheet, referenced by range.
 */
import type * as ExcelJS from 'exceljs';
import { Bound, ColumnDef, Lang, SheetDef } from '../../engine';
import { promptText } from '../template-text';

export { promptText, requirementText } from '../template-text';

export const CODES_SHEET = 'Koder';

export const EXCEL_LIMITS = { promptTitle: 32, prompt: 255, errorTitle: 32, error: 225, inlineList: 255 } as const;

/** Shortens text to Excel's limit, ending with an ellipsis when cut. */
export function clamp(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

// ---------------------------------------------------------------- code lists

function fitsInline(codes: readonly string[]): boolean {
  return codes.every((code) => !/[,"]/.test(code)) && codes.join(',').length + 2 <= EXCEL_LIMITS.inlineList;
}

export interface CodeListColumn {
  /** Header of the first template column that uses the list. */
  readonly title: string;
  readonly codes: readonly string[];
  /** Absolute range in the Koder sheet, e.g. `Koder!$A$2:$A$11`. */
  readonly range: string;
}

/**
 * Where each code list goes: inline, or a column of the Koder sheet (one column per distinct
 * list, so Relevant jobb and Relevant jobb 6 mnd etter share one).
 */
export class CodeLists {
  private readonly byKey = new Map<string, CodeListColumn>();

  constructor(sheets: readonly SheetDef[]) {
    for (const sheet of sheets) {
      for (const column of sheet.kind === 'form' ? sheet.fields : sheet.columns) {
        const codes = column.codes;
        if (codes === undefined || fitsInline(codes)) continue;
        const key = codes.join('\n');
        if (this.byKey.has(key)) continue;
        const letter = String.fromCharCode(65 + this.byKey.size);
        this.byKey.set(key, { title: column.header, codes, range: `${CODES_SHEET}!$${letter}$2:$${letter}$${codes.length + 1}` });
      }
    }
  }

  /** The columns of the Koder sheet, in order (A, B, …). */
  get columns(): readonly CodeListColumn[] {
    return [...this.byKey.values()];
  }

  /** formula1 of a list validation. */
  formula(codes: readonly string[]): string {
    const stored = this.byKey.get(codes.join('\n'));
    return stored === undefined ? `"${codes.join(',')}"` : stored.range;
  }
}

// ---------------------------------------------------------------- validations

/** ExcelJS writes a validation without a type as "any value": the prompt without a constraint. */
type Validation = Omit<ExcelJS.DataValidation, 'type' | 'formulae'> & {
  type: ExcelJS.DataValidation['type'] | 'any';
  formulae?: unknown[];
};

const staticBound = (bound: Bound | undefined): number | undefined => (typeof bound === 'number' ? bound : undefined);

function numericConstraint(column: ColumnDef): Pick<Validation, 'operator' | 'formulae'> | null {
  const min = staticBound(column.min);
  const max = staticBound(column.max);
  if (min !== undefined && max !== undefined) return { operator: 'between', formulae: [min, max] };
  if (min !== undefined) return { operator: column.minExclusive ? 'greaterThan' : 'greaterThanOrEqual', formulae: [min] };
  if (max !== undefined) return { operator: 'lessThanOrEqual', formulae: [max] };
  return null;
}

const ERRORS: Readonly<Record<'code' | 'number', Readonly<Record<Lang, string>>>> = {
  code: {
    nb: 'Verdien finnes ikke i listen. Velg en verdi fra nedtrekkslisten, ellers gir kontrollen feil.',
    en: 'The value is not in the list. Choose a value from the dropdown, or the check reports an error.',
  },
  number: {
    nb: 'Verdien er ikke et tall innenfor det tillatte området. Se forklaringen til kolonnen.',
    en: 'The value is not a number in the allowed range. See the column explanation.',
  },
};

export function validationFor(column: ColumnDef, lang: Lang, lists: CodeLists): Validation {
  const prompt: Validation = {
    type: 'any',
    showInputMessage: true,
    promptTitle: clamp(column.header, EXCEL_LIMITS.promptTitle),
    prompt: clamp(promptText(column, lang), EXCEL_LIMITS.prompt),
  };
  // Warnings, not stops: the checker is the authority, and a stop blocks pasting a value
  // the checker would accept (codes match case-insensitively).
  const onError = (kind: 'code' | 'number'): Partial<Validation> => ({
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: clamp(column.header, EXCEL_LIMITS.errorTitle),
    error: clamp(ERRORS[kind][lang], EXCEL_LIMITS.error),
  });
  if (column.codes !== undefined) {
    return { ...prompt, ...onError('code'), type: 'list', allowBlank: true, formulae: [lists.formula(column.codes)] };
  }
  if (column.type === 'integer' || column.type === 'number') {
    const constraint = numericConstraint(column);
    if (constraint !== null) {
      return { ...prompt, ...onError('number'), type: column.type === 'integer' ? 'whole' : 'decimal', allowBlank: true, ...constraint };
    }
  }
  return prompt;
}

interface DataValidations {
  add(address: string, validation: Validation): void;
}

/** ExcelJS keeps range validations in `worksheet.dataValidations`, which its typings omit. */
export function addValidation(worksheet: ExcelJS.Worksheet, range: string, validation: Validation): void {
  (worksheet as unknown as { dataValidations: DataValidations }).dataValidations.add(range, validation);
}
