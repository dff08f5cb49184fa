/**
 * The scanner's fast path (code points read as numbers, per-code-point tables, the exact
 * "ten digits" filter) against the scanner as it was (personal-id-reference.ts): on any text
 * they must find the same spans and mask the same way. Random and adversarial text: every kind
 * of digit NFKC folds (full-width, mathematical, superscript, circled), every kind of separator
 * (spaces, format characters, dashes, astral format characters), lone surrogates, markup
 * between the digits, D-numbers, dropped leading zeros, long pages.
 */
import fc from 'fast-check';
import { containsPersonalId, findPersonalId, findPersonalIdSpans, maskDeep, maskNumber, maskPersonalIds } from '../../src/engine';
import * as reference from './personal-id-reference';
import { idArbitrary, spelledArbitrary } from './personal-ids';
import { syntheticPersonalId } from '../../tools/fuzz-snapshots';

/** Both scanners on one text: the spans, the masked text and the other entry points agree. */
function expectSame(text: string): void {
  expect(findPersonalIdSpans(text)).toEqual(reference.findPersonalIdSpans(text));
  expect(maskPersonalIds(text)).toBe(reference.maskPersonalIds(text));
  expect(containsPersonalId(text)).toBe(reference.containsPersonalId(text));
  expect(findPersonalId(text)).toBe(reference.findPersonalId(text));
}

const DIGITS_OF_EVERY_KIND = [
  ...'0123456789',
  ...'０１２３４５６７８９', // full-width
  '𝟎', '𝟏', '𝟐', '𝟗', '𝟘', '𝟙', '𝟡', '𝟬', '𝟭', '𝟶', '𝟿', // mathematical (astral)
  '⁰', '¹', '²', '³', '⁴', '⁹', '₀', '₁', '₉', // super- and subscript
  '①', '⑨', '⓪', '🯰', '🯹', // circled, segmented
  '٣', '७', '〇', '½', '⑴', '⒈', '🄁', // look like digits but NFKC does not fold them to one
];

const SEPARATORS_OF_EVERY_KIND = [
  ' ', '\t', '-', '.', ',', '/', '_', '  ', ' - ', ' . ',
  '\u00a0', '\u2009', '\u202f', '\u3000', '\u1680', // spaces
  '\u200b', '\u2060', '\u00ad', '\ufeff', '\u200e', // format characters
  '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\u2e3a', '\u30a0', // dashes (U+2212 is not one)
  '\u2024', '\uff0c', '\uff0e', '\uff0f', // one dot leader, full-width comma, stop, slash
  '\u{e0001}', '\u{e0020}', '\u{1d173}', '\u{110bd}', // astral format characters
  '\n', '\r\n', ':', ';', '+', '(', ')', '*', '|', // not separators
];

const MARKUP = ['<td>', '</td><td>', '<span class="x">', '</span>', '&nbsp;', '&#8203;', '<br>', '"', '\\u00a0', 'fnr', 'D-nr', 'æøå', 'Å', '🙂', '👍🏽'];

const SURROGATES = ['\ud800', '\udc00', '\udbff', '\udfff', '\ud835', '\udfce'];

/** A text built from pieces that sit on the scanner's every boundary. */
const adversarial = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...DIGITS_OF_EVERY_KIND) },
      { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS_OF_EVERY_KIND) },
      { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
      { weight: 1, arbitrary: fc.constantFrom(...SURROGATES) },
      { weight: 2, arbitrary: spelledArbitrary.map((s) => s.text) },
      { weight: 1, arbitrary: idArbitrary },
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

/** Any UTF-16, lone surrogates included. */
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 60 });

describe('the fast scanner finds exactly what the full one did', () => {
  test('adversarial texts: every digit and separator kind, markup, surrogates, spelled IDs', () => {
    fc.assert(fc.property(adversarial, expectSame), { numRuns: 5000 });
  });

  test('any UTF-16 text, with or without an ID planted in it', () => {
    fc.assert(
      fc.property(anyUnits, fc.option(spelledArbitrary), anyUnits, (before, spelled, after) => expectSame(`${before}${spelled?.text ?? ''}${after}`)),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), expectSame), { numRuns: 2000 });
  });

  test('long pages: many IDs and near-misses among prose and markup', () => {
    const page = fc.array(fc.oneof(adversarial, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...MARKUP)), { minLength: 50, maxLength: 300 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(page, expectSame), { numRuns: 200 });
  });

  test('a table of spellings, each checked against the full scanner and for what it masks', () => {
    const id = syntheticPersonalId(3, 2, 1985, 100, false) as string; // begins with 0
    const d = syntheticPersonalId(15, 7, 1990, 123, true) as string; // a D-number
    expect(id).toMatch(/^0\d{10}$/);
    expect(d).toMatch(/^5\d{10}$/);
    const wide = (t: string): string => t.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)));
    const math = (t: string): string => t.replace(/\d/g, (c) => String.fromCodePoint(0x1d7ce + Number(c)));
    const cases: [string, boolean][] = [
      [id, true],
      [id.slice(1), true], // the zero a number cell dropped
      [d, true],
      [`${d.slice(0, 6)} ${d.slice(6)}`, true],
      [`${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)} ${d.slice(6)}`, true],
      [`${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 9)} ${d.slice(9)}`, true],
      [`${d.slice(0, 6)}\u200b${d.slice(6)}`, true],
      [`${d.slice(0, 6)}\u{e0001}${d.slice(6)}`, true], // an astral format character
      [`${d.slice(0, 6)} - ${d.slice(6)}`, true],
      [wide(d), true],
      [math(d), true],
      [`${math(d.slice(0, 6))}\u00a0${wide(d.slice(6))}`, true],
      [`<td>${d}</td>`, true],
      [`fnr:${d}.`, true],
      [`${d.slice(0, 6)}</td><td>${d.slice(6)}`, false], // split by markup: two numbers
      [`${d.slice(0, 6)}    ${d.slice(6)}`, false], // four spaces: two numbers
      [`${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)} ${d.slice(8, 10)} ${d.slice(10)}`, false], // five separators
      [`1${d}`, false], // part of a longer number
      [`${d}\ud800`, true],
      [`\udc00${d}`, true],
      [`${d.slice(0, 10)}${String(((Number(d[10]) + 1) % 10))}`, false], // a wrong check digit
      ['Fødselsår 1990, 2 deltakere, 300 i alt, 12,5 %', false],
      ['', false],
    ];
    for (const [text, found] of cases) {
      expectSame(text);
      expect({ text, found: containsPersonalId(text) }).toEqual({ text, found });
      if (found) expect(maskPersonalIds(text)).toContain('*****');
    }
  });
});

describe('maskDeep gives what the full scanner gave', () => {
  const value = fc.letrec((tie) => ({
    leaf: fc.oneof(
      adversarial,
      fc.string(),
      idArbitrary.map(Number),
      idArbitrary.map((id) => Number(id) / 100),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    ),
    node: fc.oneof(
      { depthSize: 'small' },
      tie('leaf'),
      fc.array(tie('node'), { maxLength: 5 }),
      fc.dictionary(fc.oneof(fc.string(), adversarial, fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '0', '12', 'length')), tie('node'), { maxKeys: 5 }),
    ),
  })).node;

  test('numbers: integers round 10⁹ (the shortcut), IDs, IDs divided by 100, any double', () => {
    const edges = [999_999_999, -999_999_999, 1e9, -1e9, 1e9 - 0.5, 0, -0, NaN, Infinity, -Infinity, 1e21, 5e-324, Number.MAX_SAFE_INTEGER];
    const numbers = fc.oneof(fc.constantFrom(...edges), fc.integer({ min: -2e9, max: 2e9 }), fc.double(), idArbitrary.map(Number), idArbitrary.map((id) => Number(id) / 100), idArbitrary.map((id) => -Number(id)));
    fc.assert(
      fc.property(numbers, (n) => {
        expect(Object.is(maskNumber(n), reference.maskDeep(n)) || maskNumber(n) === reference.maskDeep(n)).toBe(true);
        expect(maskDeep([n])).toEqual(reference.maskDeep([n]));
      }),
      { numRuns: 3000 },
    );
    const id = syntheticPersonalId(15, 7, 1990, 123, false) as string;
    expect(maskNumber(Number(id))).toBe(`${id.slice(0, 6)}*****`);
  });

  test('keys that Object.prototype also has stay plain own keys', () => {
    const input = JSON.parse('{"__proto__": {"a": 1}, "constructor": "x", "toString": 2, "b": [3]}') as Record<string, unknown>;
    const masked = maskDeep(input);
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype);
    expect(Object.keys(masked)).toEqual(['__proto__', 'constructor', 'toString', 'b']);
    expect(JSON.stringify(masked)).toBe(JSON.stringify(reference.maskDeep(input)));
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  test('random structures with IDs as strings, numbers, keys and targets divided by 100', () => {
    fc.assert(
      fc.property(value, (v) => {
        const masked = maskDeep(v);
        expect(JSON.stringify(masked)).toBe(JSON.stringify(reference.maskDeep(v)));
        expect(masked).toEqual(reference.maskDeep(v));
      }),
      { numRuns: 1000 },
    );
  });
});
