/**
 * An input cell's validation from the template layout (src/hosts/template-inputs.ts), in
 * ExcelJS's shape: the prompt, and a dropdown or number range shown as a warning.
 */
import type * as ExcelJS from 'exceljs';
import type { InputSpec, ListSource } from '../template-inputs';

export { CODES_SHEET, clamp, EXCEL_LIMITS } from '../template-inputs';

/** ExcelJS writes a validation without a type as "any value": the prompt without a constraint. */
type Validation = Omit<ExcelJS.DataValidation, 'type' | 'formulae'> & {
  type: ExcelJS.DataValidation['type'] | 'any';
  formulae?: unknown[];
};

/** formula1 of a list: "a,b,c" inline, or an absolute range in the codes sheet. */
export function listFormula(codes: readonly string[], source: ListSource): string {
  if (source.inline) return `"${codes.join(',')}"`;
  const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(source.sheet) ? source.sheet : `'${source.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!$${source.column}$${source.firstRow}:$${source.column}$${source.lastRow}`;
}

export function validationOf(input: InputSpec): Validation {
  const prompt: Validation = { type: 'any', showInputMessage: true, promptTitle: input.prompt.title, prompt: input.prompt.message };
  const { rule, error } = input;
  if (rule === null) return prompt;
  const onError: Partial<Validation> =
    error === null ? {} : { showErrorMessage: true, errorStyle: 'warning', errorTitle: error.title, error: error.message };
  if (rule.kind === 'list') return { ...prompt, ...onError, type: 'list', allowBlank: true, formulae: [listFormula(rule.codes, rule.source)] };
  return { ...prompt, ...onError, type: rule.kind, allowBlank: true, operator: rule.operator, formulae: [...rule.values] };
}

interface DataValidations {
  add(address: string, validation: Validation): void;
}

/** ExcelJS keeps range validations in `worksheet.dataValidations`, which its typings omit. */
export function addValidation(worksheet: ExcelJS.Worksheet, range: string, validation: Validation): void {
  (worksheet as unknown as { dataValidations: DataValidations }).dataValidations.add(range, validation);
}
