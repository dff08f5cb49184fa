/**
 * Test helper: what a list validation offers, whether written inline ("a,b") or as a range in
 * another sheet (Koder!$A$2:$A$11), read from a workbook loaded with ExcelJS.
 */
import * as ExcelJS from 'exceljs';

interface LoadedValidation {
  readonly type: string;
  readonly formulae?: readonly unknown[];
  readonly prompt?: string;
  readonly promptTitle?: string;
  readonly showInputMessage?: boolean;
}

/** ExcelJS keeps loaded validations per cell address in `worksheet.dataValidations.model`. */
export function validationAt(worksheet: ExcelJS.Worksheet, address: string): LoadedValidation | undefined {
  return (worksheet as unknown as { dataValidations: { model: Record<string, LoadedValidation | undefined> } }).dataValidations.model[address];
}

const RANGE = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/;

export function listCodes(workbook: ExcelJS.Workbook, formula: string): string[] {
  const text = formula.trim();
  if (text.startsWith('"')) return text.slice(1, -1).split(',');
  const match = RANGE.exec(text);
  if (match === null) throw new Error(`Unexpected list formula ${formula}`);
  const sheetName = (match[1] ?? match[2]).replace(/''/g, "'");
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`No sheet ${sheetName} for ${formula}`);
  if (match[3] !== match[5]) throw new Error(`Expected a one-column range: ${formula}`);
  const codes: string[] = [];
  for (let row = Number(match[4]); row <= Number(match[6]); row++) codes.push(String(sheet.getCell(`${match[3]}${row}`).value));
  return codes;
}
