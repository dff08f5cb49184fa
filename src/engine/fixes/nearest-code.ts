/**
 * Which code a person meant when what they wrote is not in the list. Only an unambiguous
 * answer counts: the same letters without accents (`Pagar` → `Pågår`), one code within a small
 * typing distance (`Kvnne` → `Kvinne`), or the only code that starts with what was written
 * (`K` → `Kvinne`, the habit of typing an initial). Two candidates as close → no answer.
 */
import { normalizeKey } from '../parse';

/** Lower case, spaces collapsed, accents and Norwegian letters folded (`ø` → `o`, `æ` → `ae`). */
export function foldCode(text: string): string {
  return normalizeKey(text)
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions, swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/** At most one slip per four letters of the code, and never more than two. */
function allowedDistance(code: string): number {
  return Math.min(2, Math.floor(code.length / 4));
}

export type NearestReason = 'accents' | 'typo' | 'prefix';

export interface NearestCode {
  readonly code: string;
  readonly reason: NearestReason;
}

export function nearestCode(written: string, codes: readonly string[]): NearestCode | null {
  const text = foldCode(written);
  if (text === '') return null;
  const folded = codes.map((code) => ({ code, key: foldCode(code) }));
  const same = folded.filter((c) => c.key === text);
  if (same.length > 0) return same.length === 1 ? { code: same[0].code, reason: 'accents' } : null;

  const scored = folded
    .map((c) => ({ ...c, distance: editDistance(text, c.key) }))
    .filter((c) => c.distance <= allowedDistance(c.key))
    .sort((x, y) => x.distance - y.distance);
  if (scored.length > 0) {
    const tied = scored.filter((c) => c.distance === scored[0].distance);
    return tied.length === 1 ? { code: tied[0].code, reason: 'typo' } : null;
  }

  const starting = folded.filter((c) => c.key.startsWith(text));
  return starting.length === 1 ? { code: starting[0].code, reason: 'prefix' } : null;
}
