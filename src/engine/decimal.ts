/**
 * Numbers as Intl.NumberFormat writes them for nb-NO and en-GB with at most a few decimals, by
 * hand: creating one Intl.NumberFormat loads ICU's locale data, ~7 MB of memory and ~15 ms in
 * every process (the CLI made four), for output that is digits, a decimal sign, a minus and
 * optionally a group separator. tests/engine/decimal.test.ts compares every form with Intl on
 * random numbers. Rounding is Intl's: the shortest decimal that reads back as the number, half
 * away from zero (so 1.005 is 1.01, as Intl writes it, where toFixed gives 1.00). Numbers
 * Intl writes otherwise (∞, NaN, 1e21 and up) are left to Intl.
 */
import type { Lang } from './rule-ids';

export interface DecimalStyle {
  readonly maximumFractionDigits: number;
  readonly useGrouping: boolean;
}

const LOCALES: Readonly<Record<Lang, string>> = { nb: 'nb-NO', en: 'en-GB' };
const DECIMAL: Readonly<Record<Lang, string>> = { nb: ',', en: '.' };
/** nb groups with a no-break space, en with a comma; both from four digits on. */
const GROUP: Readonly<Record<Lang, string>> = { nb: '\u00a0', en: ',' };

/** `1.5e-7` → ['0', '00000015']: the integer and fraction digits of a shortest decimal. */
function digitsOf(abs: number): [string, string] {
  const [mantissa, exponent = '0'] = String(abs).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  return [digits.slice(0, point) || '0', digits.slice(point)];
}

/** A string of decimal digits plus one. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  return i < 0 ? `1${'0'.repeat(digits.length)}` : digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

function group(whole: string, separator: string): string {
  if (whole.length <= 3) return whole;
  let out = whole.slice(0, whole.length % 3 || 3);
  for (let at = out.length; at < whole.length; at += 3) out += separator + whole.slice(at, at + 3);
  return out;
}

const fallbacks = new Map<string, Intl.NumberFormat>();

/** `value` as Intl.NumberFormat(nb-NO | en-GB, style) writes it, with a plain hyphen-minus. */
export function formatDecimal(value: number, lang: Lang, style: DecimalStyle): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) {
    const key = `${lang} ${style.maximumFractionDigits} ${style.useGrouping}`;
    let format = fallbacks.get(key);
    if (format === undefined) fallbacks.set(key, (format = new Intl.NumberFormat(LOCALES[lang], style)));
    return format.format(value).replace('\u2212', '-');
  }
  let [whole, fraction] = digitsOf(Math.abs(value));
  const digits = style.maximumFractionDigits;
  if (fraction.length > digits) {
    const up = fraction.charCodeAt(digits) >= 53; // '5' or more: half away from zero
    fraction = fraction.slice(0, digits);
    if (up) {
      const next = increment(whole + fraction);
      whole = next.slice(0, next.length - digits);
      fraction = next.slice(next.length - digits);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const negative = value < 0 || Object.is(value, -0);
  const shown = style.useGrouping ? group(whole, GROUP[lang]) : whole;
  return `${negative ? '-' : ''}${shown}${fraction === '' ? '' : DECIMAL[lang] + fraction}`;
}
