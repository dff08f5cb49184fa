/**
 * National identity numbers (fødselsnummer, D-nummer): how they are recognised, and the one
 * place that masks them. Every output (reports, stderr, progress lines, the batch's files, the
 * marked workbook, letters, the pane) passes its text through `maskPersonalIds`, or its data
 * through `maskDeep`, so a number the engine never saw as a finding is masked all the same.
 *
 * People write the number in many ways: `15079012345`, `150790-12345`, `15.07.90 12345`,
 * `15 07 90 123 45`, with a tab, a thin or narrow no-break space, a zero-width space, or in
 * full-width digits. A number cell loses the leading zero of days 01–09 (`1819040180`). The
 * scanner reads each character as NFKC would (full-width `１` is `1`), allows a few separators
 * of any of those kinds between digits, and tests every window of 10 or 11 digits that starts
 * and ends on a digit-run boundary: 11 digits that pass both check digits, or 10 that do with
 * a zero in front.
 */

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: string, weights: readonly number[]): number {
  const sum = weights.reduce((acc, weight, i) => acc + weight * (digits.charCodeAt(i) - 48), 0);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check; // 10 cannot be a digit: such a number is invalid
}

/** Fødselsnummer and D-nummer share the check digits; a D-number adds 4 to the first digit. */
export function passesPersonalIdCheck(digits: string): boolean {
  return (
    /^\d{11}$/.test(digits) &&
    checkDigit(digits, W1) === digits.charCodeAt(9) - 48 &&
    checkDigit(digits, W2) === digits.charCodeAt(10) - 48
  );
}

/** 11 digits that pass, or 10 that pass with the leading zero a number cell dropped. */
function asPersonalId(digits: string): string | null {
  if (digits.length === 11) return passesPersonalIdCheck(digits) ? digits : null;
  if (digits.length === 10) return passesPersonalIdCheck(`0${digits}`) ? `0${digits}` : null;
  return null;
}

/** At most this many separators inside one number (`DD MM YY NNN NN` has four). */
const MAX_SEPARATORS = 4;
/** At most this many characters in one separator (`DD  MM`, `DD - MM`). */
const MAX_SEPARATOR_LENGTH = 3;

/**
 * Characters that may stand between the digits of a hand-written number: spaces of every kind
 * (tab, no-break, thin, narrow no-break), invisible format characters (zero-width space,
 * word joiner, soft hyphen, BOM), dashes of every kind, the full stop, the comma (a decimal
 * comma: a target divided by 100 prints as `198891130,92`) and the slash.
 */
const SEPARATOR = /^[\p{Zs}\t\p{Cf}\p{Pd}.,/_\u2024\uff0c\uff0e\uff0f]$/u;

/**
 * What each code point is to the scanner, worked out once per code point: the ASCII ones by
 * hand, the others (NFKC, the SEPARATOR class) on first sight and kept, the Basic Multilingual
 * Plane in two byte tables and the rest in maps. The scanner reads code points as numbers, so
 * walking half a megabyte of page allocates nothing.
 */
const UNKNOWN = -2;
const bmpDigits = new Int8Array(0x10000).fill(UNKNOWN);
const bmpSeparators = new Int8Array(0x10000).fill(UNKNOWN);
const astralDigits = new Map<number, number>();
const astralSeparators = new Map<number, boolean>();

/** 0–9 for a code point NFKC reads as that digit (ASCII, full-width, mathematical), else -1. */
function digitValue(code: number): number {
  if (code < 128) return code >= 48 && code <= 57 ? code - 48 : -1;
  const known = code < 0x10000 ? bmpDigits[code] : (astralDigits.get(code) ?? UNKNOWN);
  if (known !== UNKNOWN) return known;
  const folded = String.fromCodePoint(code).normalize('NFKC');
  const value = folded.length === 1 && folded >= '0' && folded <= '9' ? folded.charCodeAt(0) - 48 : -1;
  if (code < 0x10000) bmpDigits[code] = value;
  else if (astralDigits.size < 4096) astralDigits.set(code, value);
  return value;
}

function isSeparator(code: number): boolean {
  // ASCII: space, tab, comma, hyphen-minus, full stop, slash, underscore.
  if (code < 128) return code === 32 || code === 9 || code === 44 || code === 45 || code === 46 || code === 47 || code === 95;
  const known = code < 0x10000 ? bmpSeparators[code] : astralSeparators.has(code) ? Number(astralSeparators.get(code)) : UNKNOWN;
  if (known !== UNKNOWN) return known === 1;
  const separator = SEPARATOR.test(String.fromCodePoint(code));
  if (code < 0x10000) bmpSeparators[code] = separator ? 1 : 0;
  else if (astralSeparators.size < 4096) astralSeparators.set(code, separator);
  return separator;
}

/** The code point at i, as codePointAt reads it (a lone surrogate stands for itself). */
function codeAt(text: string, i: number): number {
  return text.codePointAt(i) as number;
}

/** UTF-16 units of a code point. */
function units(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** A run of digits: where it starts and ends in the text (UTF-16 offsets), and its digits. */
interface DigitRun {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  /** Offsets just after each digit, so a mask can keep the birth date. */
  readonly ends: readonly number[];
}

/** A place where a number was found: [start, end) of the original text, and where the birth date ends. */
export interface PersonalIdSpan {
  readonly start: number;
  readonly end: number;
  /** Just after the last digit of the birth date (the sixth digit, the fifth when the zero was dropped). */
  readonly birthDateEnd: number;
  /** The 11 digits. */
  readonly digits: string;
}

/**
 * Chains of digit runs joined by short separators (`15.07.90 12345` is one chain of four runs),
 * only those of ten digits or more: no window of a shorter chain can hold an ID. A chain's runs
 * are spelled out (digits, offsets) only then, so the many short numbers of a page cost a scan.
 */
function chains(text: string): DigitRun[][] {
  const result: DigitRun[][] = [];
  // The current chain: its runs' [start, end) offsets, two by two, and its digits in all.
  let bounds: number[] = [];
  let count = 0;
  const close = (): void => {
    if (count >= 10) result.push(spellOut(text, bounds));
    bounds = [];
    count = 0;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const first = codeAt(text, i);
    if (digitValue(first) < 0) {
      i += units(first);
      continue;
    }
    const start = i;
    while (i < n) {
      const code = codeAt(text, i);
      if (digitValue(code) < 0) break;
      count++;
      i += units(code);
    }
    bounds.push(start, i);
    // A short separator followed by a digit continues the chain; anything else ends it.
    let j = i;
    let length = 0;
    while (j < n && length <= MAX_SEPARATOR_LENGTH) {
      const code = codeAt(text, j);
      if (!isSeparator(code)) break;
      j += units(code);
      length++;
    }
    if (length >= 1 && length <= MAX_SEPARATOR_LENGTH && j < n && digitValue(codeAt(text, j)) >= 0) i = j;
    else close();
  }
  if (bounds.length > 0) close();
  return result;
}

/** The runs between the given offsets, with their digits and the offset after each digit. */
function spellOut(text: string, bounds: readonly number[]): DigitRun[] {
  const runs: DigitRun[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    let digits = '';
    const ends: number[] = [];
    for (let i = bounds[k]; i < bounds[k + 1]; ) {
      const code = codeAt(text, i);
      digits += String(digitValue(code));
      i += units(code);
      ends.push(i);
    }
    runs.push({ start: bounds[k], end: bounds[k + 1], digits, ends });
  }
  return runs;
}

/** The window chain[from..] of exactly `size` digits (at most MAX_SEPARATORS separators), as a span if it is a number. */
function windowAt(chain: readonly DigitRun[], from: number, size: 10 | 11): { span: PersonalIdSpan; last: number } | null {
  let digits = '';
  for (let to = from; to < chain.length && to - from <= MAX_SEPARATORS; to++) {
    digits += chain[to].digits;
    if (digits.length > size) return null;
    if (digits.length < size) continue;
    const id = asPersonalId(digits);
    if (id === null) return null;
    const ends = chain.slice(from, to + 1).flatMap((run) => run.ends);
    return { span: { start: chain[from].start, end: chain[to].end, birthDateEnd: ends[size === 11 ? 5 : 4], digits: id }, last: to };
  }
  return null;
}

/**
 * False when the text has fewer than ten digits as the scanner reads them (an ASCII digit, or
 * one NFKC reads as a digit): an ID has ten or eleven, so no window can pass. Most cells and
 * strings (names, codes, dates, comments, Norwegian prose) end here, without the scanner's
 * strings and arrays; personal-id-in-sheet asks this of every cell of every sheet, the batch of
 * every string of its page, JSON and letters. It walks code points exactly as `chains` does.
 */
function holdsTenDigits(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      if (unit >= 48 && unit <= 57 && ++count === 10) return true;
      i++;
      continue;
    }
    const code = codeAt(text, i);
    if (digitValue(code) >= 0 && ++count === 10) return true;
    i += units(code);
  }
  return false;
}

/** Every national identity number in the text, in any of the spellings above, left to right. */
export function findPersonalIdSpans(text: string): PersonalIdSpan[] {
  if (text.length < 10 || !holdsTenDigits(text)) return [];
  const spans: PersonalIdSpan[] = [];
  for (const chain of chains(text)) {
    let from = 0;
    while (from < chain.length) {
      const found = windowAt(chain, from, 11) ?? windowAt(chain, from, 10);
      if (found === null) from++;
      else {
        spans.push(found.span);
        from = found.last + 1;
      }
    }
  }
  return spans;
}

/** The masked form: the birth date as written, then five stars (`150790*****`, `15.07.90 *****`). */
export function maskPersonalIds(text: string): string {
  const spans = findPersonalIdSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    const birth = text.slice(span.start, span.birthDateEnd);
    // Keep the separator after the birth date, as written, so the form stays recognisable.
    let sep = '';
    for (let i = span.birthDateEnd; i < span.end; ) {
      const code = codeAt(text, i);
      if (digitValue(code) >= 0) break;
      sep += String.fromCodePoint(code);
      i += units(code);
    }
    out += `${text.slice(at, span.start)}${birth}${sep}*****`;
    at = span.end;
  }
  return out + text.slice(at);
}

/** True when the text holds a national identity number in any spelling. */
export function containsPersonalId(text: string): boolean {
  return findPersonalIdSpans(text).length > 0;
}

/** A number that is a national identity number (10 or 11 digits, an integer). */
export function isPersonalIdNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1e9 && value < 1e11 && passesPersonalIdCheck(String(value).padStart(11, '0'));
}

/** The first valid number in a cell, or null. Numbers lose a leading zero in Excel: pad 10 digits. */
export function findPersonalId(value: unknown): string | null {
  if (typeof value === 'number') return isPersonalIdNumber(value) ? String(value).padStart(11, '0') : null;
  if (typeof value !== 'string' || value.length < 10) return null;
  const spans = findPersonalIdSpans(value);
  return spans.length === 0 ? null : spans[0].digits;
}

/**
 * Structured output (JSON, a worker's message) masked in one pass: every string is masked, and
 * every number that is a national identity number becomes its masked text. Keys are masked too.
 */
export function maskDeep<T>(value: T): T {
  return maskAny(value) as T;
}

/**
 * A number as the text it prints as, masked; the number itself when that holds no ID. An
 * integer below 10⁹ in size prints as at most nine digits, so it is passed without the text.
 */
export function maskNumber(value: number): number | string {
  if (Number.isInteger(value) && value < 1e9 && value > -1e9) return value;
  const text = String(value);
  const masked = maskPersonalIds(text);
  return masked === text ? value : masked;
}

function maskAny(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalIds(value);
  // Also a target the engine divided by 100 (`198891130.92`): masked as the text it prints as.
  if (typeof value === 'number') return maskNumber(value);
  if (Array.isArray(value)) return value.map(maskAny);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const masked = maskPersonalIds(key);
      const inner = maskAny((value as Record<string, unknown>)[key]);
      // A key Object.prototype also has (`__proto__`, `constructor`) is defined, so it stays a
      // plain key and never reaches a setter; any other is assigned, V8's fast path.
      if (masked in Object.prototype) Object.defineProperty(out, masked, { value: inner, enumerable: true, writable: true, configurable: true });
      else out[masked] = inner;
    }
    return out;
  }
  return value;
}
