/**
 * The masking scanner as it was before the fast path (src/engine/personal-id.ts at 9a9d03e,
 * copied unchanged but for the exports): the oracle that the property tests hold today's
 * scanner to. Masking is a privacy choke point, so the fast path must find exactly what this
 * finds, on any text. Do not "fix" this copy; it is the reference.
 */
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: string, weights: readonly number[]): number {
  const sum = weights.reduce((acc, weight, i) => acc + weight * (digits.charCodeAt(i) - 48), 0);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check; // 10 cannot be a digit: such a number is invalid
}

/** Fødselsnummer and D-nummer share the check digits; a D-number adds 4 to the first digit. */
function passesPersonalIdCheck(digits: string): boolean {
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

const digitCache = new Map<string, number>();

/** 0–9 for a character NFKC reads as that digit (ASCII, full-width, mathematical), else -1. */
function digitValue(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57 && ch.length === 1) return code - 48;
  if (code < 128) return -1;
  let value = digitCache.get(ch);
  if (value === undefined) {
    const folded = ch.normalize('NFKC');
    value = folded.length === 1 && folded >= '0' && folded <= '9' ? folded.charCodeAt(0) - 48 : -1;
    if (digitCache.size < 4096) digitCache.set(ch, value);
  }
  return value;
}

function isSeparator(ch: string): boolean {
  return ch === ' ' || ch === '-' || ch === '.' || ch === ',' || SEPARATOR.test(ch);
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
interface PersonalIdSpan {
  readonly start: number;
  readonly end: number;
  /** Just after the last digit of the birth date (the sixth digit, the fifth when the zero was dropped). */
  readonly birthDateEnd: number;
  /** The 11 digits. */
  readonly digits: string;
}

function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) as number);
}

/** Chains of digit runs joined by short separators (`15.07.90 12345` is one chain of four runs). */
function chains(text: string): DigitRun[][] {
  const result: DigitRun[][] = [];
  let chain: DigitRun[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (digitValue(charAt(text, i)) < 0) {
      i += charAt(text, i).length;
      continue;
    }
    const start = i;
    let digits = '';
    const ends: number[] = [];
    while (i < n) {
      const c = charAt(text, i);
      const v = digitValue(c);
      if (v < 0) break;
      digits += String(v);
      i += c.length;
      ends.push(i);
    }
    chain.push({ start, end: i, digits, ends });
    // A short separator followed by a digit continues the chain; anything else ends it.
    let j = i;
    let length = 0;
    while (j < n && length <= MAX_SEPARATOR_LENGTH && isSeparator(charAt(text, j))) {
      j += charAt(text, j).length;
      length++;
    }
    if (length >= 1 && length <= MAX_SEPARATOR_LENGTH && j < n && digitValue(charAt(text, j)) >= 0) i = j;
    else {
      result.push(chain);
      chain = [];
    }
  }
  if (chain.length > 0) result.push(chain);
  return result;
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
 * False when the text has fewer than ten characters that could be digits (an ASCII digit, or
 * anything outside ASCII: full-width and mathematical digits are). Most cells (names, codes,
 * dates, comments) end here, without the scanner's strings and arrays; personal-id-in-sheet
 * asks this of every cell of every sheet.
 */
function mayHoldTenDigits(text: string): boolean {
  let candidates = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code >= 128) {
      if (++candidates === 10) return true;
    }
  }
  return false;
}

/** Every national identity number in the text, in any of the spellings above, left to right. */
export function findPersonalIdSpans(text: string): PersonalIdSpan[] {
  if (text.length < 10 || !mayHoldTenDigits(text)) return [];
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
      const c = charAt(text, i);
      if (digitValue(c) >= 0) break;
      sep += c;
      i += c.length;
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

function maskAny(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalIds(value);
  if (typeof value === 'number') {
    // Also a target the engine divided by 100 (`198891130.92`): masked as the text it prints as.
    const text = String(value);
    const masked = maskPersonalIds(text);
    return masked === text ? value : masked;
  }
  if (Array.isArray(value)) return value.map(maskAny);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      // defineProperty: a key named `__proto__` stays a plain key, never the prototype.
      Object.defineProperty(out, maskPersonalIds(key), { value: maskAny(inner), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
