/**
 * Synthetic national IDs (month + 80: never a real person) in the spellings people use, and the
 * test for "printed in full", shared by the property test and the command-line tests.
 */
import fc from 'fast-check';
import { syntheticPersonalId } from '../../tools/fuzz-snapshots';

const SEPARATORS = [' ', '  ', '\t', '-', '.', ' - ', '\u00a0', '\u2009', '\u202f', '\u200b', '/', '\u2013'];

/** An ID whose first digit may be 0 (days 01–09), so the dropped-zero form is exercised. */
export const idArbitrary = fc
  .record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 1950, max: 2005 }), individual: fc.integer({ min: 0, max: 999 }), d: fc.boolean() })
  .map(({ day, month, year, individual, d }) => syntheticPersonalId(day, month, year, individual, d))
  .filter((id): id is string => id !== null);

export interface Spelled {
  readonly id: string;
  readonly text: string;
}

export const fullWidth = (text: string): string => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** The ID as a person might type it: up to four separators anywhere, full-width digits, zero dropped. */
export const spelledArbitrary: fc.Arbitrary<Spelled> = fc
  .record({
    id: idArbitrary,
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 4 }),
    separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
    wide: fc.boolean(),
    dropZero: fc.boolean(),
  })
  .map(({ id, cuts, separators, wide, dropZero }) => {
    const digits = dropZero && id.startsWith('0') && !wide ? id.slice(1) : id;
    const offset = id.length - digits.length;
    const at = [...cuts].sort((a, b) => a - b).filter((c) => c - offset > 0 && c - offset < digits.length);
    let text = '';
    let from = 0;
    at.forEach((cut, i) => {
      text += digits.slice(from, cut - offset) + separators[i];
      from = cut - offset;
    });
    text += digits.slice(from);
    return { id, text: wide ? fullWidth(text) : text };
  });

/** True when the output holds the ID in full: its digits (or the 10 after a zero) with at most short gaps. */
export function leaks(output: string, id: string): boolean {
  const text = output.normalize('NFKC');
  const forms = id.startsWith('0') ? [id, id.slice(1)] : [id];
  return forms.some((digits) => new RegExp(`(?<!\\d)${digits.split('').join('\\D{0,3}')}(?!\\d)`).test(text));
}


/** The first valid synthetic ID from an individual number on. */
export function someId(day: number, month: number, year: number, individual: number, dNumber = false): string {
  for (let i = individual; i < individual + 50; i++) {
    const found = syntheticPersonalId(day, month, year, i, dNumber);
    if (found !== null) return found;
  }
  throw new Error('no valid number');
}
