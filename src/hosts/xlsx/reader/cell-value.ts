/**
 * One cell's `t`, `<v>` and inline text → the value a person sees in Excel. A formula's cached
 * result is its value whatever it is: 0, "" and FALSE are values; only a formula that was never
 * calculated (no `<v>`) is empty. Numbers in a date-formatted cell are dates, in the workbook's
 * own date system.
 */
import type { CellValue } from '../../../engine';
import { unescapeXstring } from './xml';

export interface ValueContext {
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
}

const DAY_MS = 86_400_000;
/** Serial 0: 1899-12-30 (1900 system, Excel's leap-year bug included) or 1904-01-01. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The last instant a Date can hold, either side of 1970 (ECMA-262 TimeClip). */
const MAX_TIME = 8.64e15;

/**
 * The engine works in whole days: round float noise to the second, then drop the time (the
 * day's start in UTC, by arithmetic: one Date per cell instead of two and four getters).
 */
export function utcMidnight(ms: number): Date | null {
  if (!Number.isFinite(ms)) return null;
  const rounded = Math.round(ms / 1000) * 1000;
  if (Math.abs(rounded) > MAX_TIME) return null;
  return new Date(Math.floor(rounded / DAY_MS) * DAY_MS);
}

export function serialToDate(serial: number, date1904: boolean): Date | null {
  return utcMidnight(Math.round((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS));
}

/** `t="d"`: an ISO 8601 date, with or without time, read as the wall-clock date it names. */
const ISO_DATE = /^\s*(-?\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?(?:Z|[+-]\d\d:?\d\d)?\s*$/;

function isoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (m === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Number(`0.${m[7] ?? 0}`) * 1000);
  return utcMidnight(ms);
}

function booleanOf(text: string): boolean {
  const n = parseInt(text, 10);
  return Number.isNaN(n) ? text.trim().toLowerCase() === 'true' : n !== 0;
}

/**
 * @param type the `t` attribute (n when absent)
 * @param raw the text of `<v>`, or null when there is none
 * @param inline the text of `<is>` (inline strings), or null
 * @param dateStyle the cell's style formats numbers as dates
 */
export function cellValue(type: string | undefined, raw: string | null, inline: string | null, dateStyle: boolean, ctx: ValueContext): CellValue {
  if (type === 'inlineStr') return inline ?? (raw === null ? null : unescapeXstring(raw));
  if (raw === null) return null;
  switch (type) {
    case 's': {
      const text = ctx.sharedStrings[parseInt(raw, 10)];
      return text === undefined ? null : text;
    }
    case 'str':
      return unescapeXstring(raw);
    case 'b':
      return booleanOf(raw);
    case 'e':
      return { error: raw };
    case 'd':
      return isoDate(raw);
    default: {
      const n = parseFloat(raw);
      if (!Number.isFinite(n)) return null;
      // A number past any date (a national ID typed into a date cell) stays the number it is:
      // read as empty it would hide from personal-id-in-sheet.
      return dateStyle ? (serialToDate(n, ctx.date1904) ?? n) : n;
    }
  }
}

/**
 * cellValue of a `<v>` of plain digits that the worksheet reader took as a number without
 * making a string of it: only for t = n (or none), s and b, where the digits' text is read as
 * a number anyway (leading zeros included).
 */
export function plainNumberValue(type: string | undefined, n: number, dateStyle: boolean, ctx: ValueContext): CellValue {
  if (type === 's') return ctx.sharedStrings[n] ?? null;
  if (type === 'b') return n !== 0;
  return dateStyle ? (serialToDate(n, ctx.date1904) ?? n) : n;
}

/** Whether plainNumberValue reads a cell of this type. */
export const readsPlainNumbers = (type: string | undefined): boolean => type === undefined || type === 'n' || type === 's' || type === 'b';
