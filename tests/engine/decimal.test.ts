/**
 * formatDecimal (src/engine/decimal.ts) writes numbers by hand as Intl.NumberFormat does, for
 * the three styles the reports use; here it is compared with Intl itself.
 */
import fc from 'fast-check';
import { formatDecimal } from '../../src/engine/decimal';
import type { DecimalStyle } from '../../src/engine/decimal';

const STYLES: readonly DecimalStyle[] = [
  { maximumFractionDigits: 2, useGrouping: false },
  { maximumFractionDigits: 2, useGrouping: true },
  { maximumFractionDigits: 0, useGrouping: true },
];
const LOCALES = { nb: 'nb-NO', en: 'en-GB' } as const;

function check(value: number): void {
  for (const lang of ['nb', 'en'] as const) {
    for (const style of STYLES) {
      const expected = new Intl.NumberFormat(LOCALES[lang], style).format(value).replace('\u2212', '-');
      expect({ value, lang, style, text: formatDecimal(value, lang, style) }).toEqual({ value, lang, style, text: expected });
    }
  }
}

test.each([
  0, -0, 1, -1, 0.5, 1.005, 0.125, 0.375, 2.675, 999.995, 9999.5, -0.001, -0.005, 0.004999, 1e-7, 1.5e-7, 123456789.125, 1234, 12345.678, -1234.5,
  100, 1000, 1000000, 0.1 + 0.2, 33.333333, 66.666666, 5e-324, 9.999999e20, 1e20, 198891130.92, 15079012345, NaN, Infinity, -Infinity, 1e21, 2.5e25,
])('%p as Intl writes it', (value) => check(value));

test('random numbers as Intl writes them', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.double({ min: -1e21, max: 1e21, noNaN: true }),
        fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
        fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 8),
        fc.integer(),
      ),
      check,
    ),
    { numRuns: 5000, seed: 21 },
  );
});
