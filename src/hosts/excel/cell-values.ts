/**
 * Office.js cell values → the engine's CellValue, the way the file reader (ExcelJS) sees the
 * same cells, so a workbook gives the same findings in Excel and on the command line:
 * - a number in a date-formatted cell is a date (in the workbook's date system, 1900 or 1904),
 *   also in a text column, where the engine then shows «31.12.2025», not 46022;
 * - an error value is `{ error }`, while text that merely looks like one stays text.
 * Pure functions: no Excel.* here, so they are tested without the fake.
 */
import type { CellValue } from '../../engine';

/** Error values Excel can show; text equal to one of these needs its value type checked. */
const ERROR_LITERALS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#BLOCKED!', '#CONNECT!', '#FIELD!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
]);

export function looksLikeError(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('#') && ERROR_LITERALS.has(value.toUpperCase());
}

/**
 * A date format code, decided exactly as ExcelJS decides it (utils.isDateFmt): anything in
 * [brackets] or "quotes" removed, then any of y m d h M s b left. Sharing ExcelJS's rule keeps
 * Excel and the CLI in step, odd cases included (a tests table compares the two).
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '') return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

const DAY_MS = 86_400_000;
/** Serial 25569 is 01.01.1970 in the 1900 system; the 1904 system counts 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/**
 * A date serial → UTC midnight, as ExcelJS converts it (excelToDate) and the file reader then
 * rounds it (to the second, then the day), so both hosts give the same Date.
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * DAY_MS);
  const rounded = new Date(Math.round(ms / 1000) * 1000);
  if (Number.isNaN(rounded.getTime())) return null;
  return new Date(Date.UTC(rounded.getUTCFullYear(), rounded.getUTCMonth(), rounded.getUTCDate()));
}

/**
 * DATE(2000;1;1) as the workbook computes it: 36526 in the 1900 date system, 35064 in 1904.
 * Office.js has no property for the date system, but its worksheet functions follow it.
 */
export const SERIAL_2000_IN_1904 = 35_064;

export interface CellDetail {
  /** Office.js valueTypes entry, when it was loaded (only for text that looks like an error). */
  readonly type?: string;
  /** The number format, when it was loaded (only for numbers). */
  readonly format?: string;
}

/** One Office.js value (and what else was loaded for it) → the engine's CellValue. */
export function toCellValue(value: unknown, detail: CellDetail = {}, date1904 = false): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (detail.type === 'Error') return { error: String(value) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return isDateFormat(detail.format) ? serialToDate(value, date1904) : value;
  }
  if (typeof value === 'boolean') return value;
  return String(value);
}
