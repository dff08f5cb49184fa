/**
 * utcMidnight by arithmetic (one Date) against the two-Date way it replaced, on random instants.
 * The old way went through Date.UTC, which reads years 0–99 as 1900–1999; the reference here
 * sets the year itself, and the arithmetic has no such quirk.
 */
import fc from 'fast-check';
import { utcMidnight } from '../../../src/hosts/xlsx/reader/cell-value';

function byDates(ms: number): Date | null {
  if (!Number.isFinite(ms)) return null;
  const rounded = new Date(Math.round(ms / 1000) * 1000);
  if (Number.isNaN(rounded.getTime())) return null;
  const day = new Date(0);
  day.setUTCFullYear(rounded.getUTCFullYear(), rounded.getUTCMonth(), rounded.getUTCDate());
  return day;
}

test('the day an instant falls on, in UTC, rounded to the second first', () => {
  const edges = [Date.UTC(1999, 11, 31) - 100 * 365.2425 * 86_400_000 * 19, -62_000_000_000_000, 0, -0, -1, 499, 500, -500, -501, 86_399_499, 86_399_500, -86_400_000, 8.64e15, -8.64e15, 8.64e15 + 499, 8.64e15 + 500, -8.64e15 - 501, NaN, Infinity, -Infinity];
  for (const ms of edges) expect({ ms, day: utcMidnight(ms) }).toEqual({ ms, day: byDates(ms) });
  fc.assert(
    fc.property(fc.oneof(fc.double({ min: -9e15, max: 9e15 }), fc.integer({ min: -3e12, max: 3e12 })), (ms) => {
      expect(utcMidnight(ms)).toEqual(byDates(ms));
    }),
    { numRuns: 5000, seed: 5 },
  );
});
