/**
 * Turning cell values into typed values, following the contract's reading rules:
 * Norwegian number and date text, Excel date serials, percent text, codes matched loosely.
 */
import { CellValue, isCellError } from './snapshot';

/** Codes and headers match case-insensitively after trimming and collapsing spaces. */
export function normalizeKey(text: string): string {
  // Most keys (IDs, codes) are printable ASCII with single inner spaces: for them the three
  // replacements below change nothing, but each still costs a regex run and garbage (~3 MB
  // per check of 5,000 participants). Same result, checked against the full path in parse.test.ts.
  let upper = false;
  let plain = text.length > 0;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) plain = i > 0 && i < text.length - 1 && text.charCodeAt(i - 1) !== 32;
    else if (c < 33 || c > 126) plain = false;
    else if (c >= 65 && c <= 90) upper = true;
  }
  if (plain) return upper ? text.toLowerCase() : text;
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-') // any dash → hyphen, so «(1-5)» finds «(1–5)»
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface ParsedNumber {
  readonly value: number;
  /** Written as text with a percent sign (`60 %`). */
  readonly percent: boolean;
}

const SPACES = /[\s\u00a0\u202f\u2009]/g;
/** Dots as thousands separators only: no leading zero, every group three digits. */
const DOT_GROUPED = /^[+-]?[1-9]\d{0,2}(\.\d{3})+$/;

/**
 * `1 234,5`, `1234.5`, `1.234,5`, `500.000`, `60 %`, `kr 12 000`, `−3` → numbers; anything else → null.
 * One dot is a decimal point unless it is followed by exactly three digits (`0.125` stays a fraction).
 */
export function parseNumberText(text: string): ParsedNumber | null {
  let s = text.replace(SPACES, '').replace(/\u2212/g, '-');
  s = s.replace(/^(kr\.?|nok)/i, '').replace(/(kr\.?|nok|,-)$/i, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    if (s.indexOf(',') !== lastComma) return null;
    s = s.replace(',', '.');
  } else if (DOT_GROUPED.test(s)) {
    // `500.000` and `1.234.567` are Norwegian thousands (kr 500.000,-), not 500 or an error.
    s = s.split('.').join('');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? { value, percent } : null;
}

export function parseNumber(value: CellValue): ParsedNumber | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, percent: false } : null;
  if (typeof value === 'string') return parseNumberText(value);
  return null;
}

const DAY_MS = 86_400_000;
/** Excel's 1900 date system: serial 1 = 1900-01-01, with the phantom 29.02.1900 at 60. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2_958_465; // 31.12.9999

export function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly.
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL) return null;
  const whole = Math.floor(serial);
  const days = whole < 60 ? whole + 1 : whole; // before the phantom leap day Excel is one day ahead
  return new Date(EXCEL_EPOCH_MS + days * DAY_MS);
}

export function dateToExcelSerial(date: Date): number {
  const days = Math.round((startOfUtcDay(date).getTime() - EXCEL_EPOCH_MS) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(twoOrFour: string): number {
  const n = Number(twoOrFour);
  if (twoOrFour.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** `31.12.2025`, `31.12.25`, `31/12/2025`, `2025-12-31` (a time of day after it is ignored). */
export function parseDateText(text: string): Date | null {
  const s = text.trim();
  let m = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(s);
  if (m) return utcDate(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return utcDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Dates are calendar days: a time of day is dropped. Hosts hand over dates as UTC. */
export function parseDate(value: CellValue): Date | null {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return null;
    return time % DAY_MS === 0 ? value : startOfUtcDay(value); // already a calendar day: no copy
  }
  if (typeof value === 'number') return excelSerialToDate(value);
  if (typeof value === 'string') return parseDateText(value);
  return null;
}

/** Calendar months, the day clamped to the month's end: 31.08 + 6 months = 28.02 (29.02). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  // The month's length from two timestamps, not a second Date (one per participant and rule).
  const lastDay = (Date.UTC(year, month + 1, 0) - Date.UTC(year, month, 1)) / 86_400_000 + 1;
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export function formatDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${date.getUTCFullYear()}`;
}

/** A cell value as a person would read it, for messages. */
export function displayValue(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return formatDate(value);
  if (isCellError(value)) return value.error;
  return String(value);
}

/** Text cells as text; numbers and booleans as written; dates as dd.mm.yyyy. */
export function parseText(value: CellValue): string | null {
  if (value === null || isCellError(value)) return null;
  const text = displayValue(value).trim();
  return text === '' ? null : text;
}
