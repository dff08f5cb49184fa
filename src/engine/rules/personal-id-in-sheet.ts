import { defineRule } from '../rule';
import { cellAddress } from '../snapshot';
import { maskPersonalIds } from '../format';

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

/**
 * A run of exactly 11 digits (never part of a longer run), or the way people write the number
 * by hand: birth date, one space, personal number (`150790 12345`).
 */
export const PERSONAL_ID_RUN = /(?<!\d)(?:\d{11}|\d{6}[ \u00a0]\d{5})(?!\d)/g;

/** The first valid number in a cell, or null. Numbers lose a leading zero in Excel: pad 10 digits. */
export function findPersonalId(value: unknown): string | null {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1e9 || value >= 1e11) return null;
    const digits = String(value).padStart(11, '0');
    return passesPersonalIdCheck(digits) ? digits : null;
  }
  if (typeof value !== 'string' || value.length < 11) return null;
  for (const match of value.matchAll(PERSONAL_ID_RUN)) {
    const digits = match[0].replace(/\D/g, '');
    if (passesPersonalIdCheck(digits)) return digits;
  }
  return null;
}

/** Every cell of every sheet, not just template columns: a number pasted anywhere is a leak. */
export default defineRule('personal-id-in-sheet', 'error', (ctx) => {
  for (const [sheet, grid] of Object.entries(ctx.read.snapshot.sheets)) {
    for (let r = 0; r < grid.length; r++) {
      const line = grid[r];
      if (line === undefined) continue;
      for (let c = 0; c < line.length; c++) {
        const found = findPersonalId(line[c]);
        if (found !== null) ctx.report({ sheet, cell: cellAddress(r, c), row: r + 1, data: { masked: maskPersonalIds(found) } });
      }
    }
  }
});
