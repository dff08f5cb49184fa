/**
 * ExcelJS turns the cached result of every formula in a date-formatted cell into a Date, even
 * when the result is an error (`#DIV/0!`) or text ("ukjent"): both become Invalid Date and the
 * cell reads as empty, so the user would hear "value required" instead of "formula error".
 * This wraps ExcelJS's date conversion so results that are not numbers pass through unchanged.
 *
 * Node only (ExcelJS's internals). Part of the reference reader of the differential tests.
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
  // A number far past year 9999 (a national ID typed into a date cell) stays the number it is:
  // as a date it would be Invalid Date and read as empty, hiding it from personal-id-in-sheet.
  utils.excelToDate = (value, date1904) => {
    if (typeof value !== 'number') return value;
    const date = toDate(value, date1904);
    return date instanceof Date && Number.isNaN(date.getTime()) ? value : date;
  };
}
