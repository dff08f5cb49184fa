/**
 * ExcelJS turns the cached result of every formula in a date-formatted cell into a Date, even
 * when the result is an error (`#DIV/0!`) or text ("ukjent"): both become Invalid Date and the
 * cell reads as empty, so the user would hear "value required" instead of "formula error".
 * This wraps ExcelJS's date conversion so results that are not numbers pass through unchanged.
 *
 * Node only: the browser page uses ExcelJS's prebuilt bundle, whose internals cannot be reached.
 * Installed once, on first use, by read-file.ts.
 */
interface ExcelJsUtils {
  excelToDate(value: unknown, date1904?: boolean): unknown;
}

let installed = false;

export function installExcelJsDateFix(): void {
  if (installed) return;
  installed = true;
  // An untyped internal module of ExcelJS, loaded only when the Node reader is first used.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const utils = require('exceljs/lib/utils/utils') as ExcelJsUtils;
  const toDate = utils.excelToDate.bind(utils);
  utils.excelToDate = (value, date1904) => (typeof value === 'number' ? toDate(value, date1904) : value);
}
