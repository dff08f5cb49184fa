/**
 * The privacy fix: a national identity number is blanked out of its cell. In a comment the rest
 * of the text stays (with the label before the number, «fnr», gone too); a cell that held only
 * the number becomes empty. Only numbers that pass the check digits are removed, like the rule.
 */
import { CellValue, cellAddress, WorkbookSnapshot } from '../snapshot';
import { findPersonalId, findPersonalIdSpans, maskPersonalIds } from '../personal-id';
import { CellFix } from './types';

const LABEL = /(?:fnr|f\.\s?nr|fødselsnr|fødselsnummer|personnummer|personnr|d-nummer|d-nr)\.?:?\s*$/i;

/** The text without its valid personal ID numbers (and their labels), tidied; null if nothing is left. */
export function withoutPersonalIds(text: string): string | null {
  let out = '';
  let from = 0;
  // The same recognition as the rule and the masking: every spelling, look-alikes included.
  for (const span of findPersonalIdSpans(text)) {
    out += text.slice(from, span.start).replace(LABEL, '');
    from = span.end;
  }
  out += text.slice(from);
  const tidy = out
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .replace(/([,;:])(?=[.,;:!?]|$)/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/^[\s,;:.]+/, '')
    .trim()
    .replace(/^(?:og|and)\b\s*|\s*\b(?:og|and)$/gi, '');
  return /[\p{L}\p{N}]/u.test(tidy) ? tidy : null;
}

function personalIdFix(sheet: string, cell: string, value: CellValue): CellFix | null {
  const found = findPersonalId(value);
  if (found === null) return null;
  const masked = maskPersonalIds(found);
  const rest = typeof value === 'string' ? withoutPersonalIds(value) : null;
  const base = { sheet, cell, oldValue: value, newValue: rest, kind: 'personal-id', rule: 'personal-id-in-sheet', review: false } as const;
  if (rest === null) {
    return { ...base, description: {
      nb: `Fødselsnummeret (${masked}) tas ut, og cellen blir tom.`,
      en: `The national ID number (${masked}) is removed and the cell left empty.`,
    } };
  }
  return { ...base, description: {
    nb: `Fødselsnummeret (${masked}) tas ut; resten av teksten blir stående: «${maskPersonalIds(rest)}».`,
    en: `The national ID number (${masked}) is removed; the rest of the text stays: «${maskPersonalIds(rest)}».`,
  } };
}

/** Every cell of every sheet, like the rule: a number pasted anywhere is a leak. */
export function personalIdFixes(snapshot: WorkbookSnapshot): CellFix[] {
  const fixes: CellFix[] = [];
  for (const [sheet, grid] of Object.entries(snapshot.sheets)) {
    for (let r = 0; r < grid.length; r++) {
      const line = grid[r];
      if (line === undefined) continue;
      for (let c = 0; c < line.length; c++) {
        const value = line[c];
        if (value === null || value === undefined) continue;
        const fix = personalIdFix(sheet, cellAddress(r, c), value);
        if (fix !== null) fixes.push(fix);
      }
    }
  }
  return fixes;
}
