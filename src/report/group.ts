/**
 * Findings by sheet, and where a finding points. The order is the Report's own (the engine
 * orders findings once, src/engine/order.ts); grouping only cuts it where the sheet changes.
 */
import { maskPersonalIds } from '../engine';
import type { Finding } from '../engine';

export interface SheetGroup {
  /** The sheet name as the workbook writes it; null for findings about the whole workbook. */
  readonly sheet: string | null;
  readonly findings: readonly Finding[];
}

export function groupBySheet(findings: readonly Finding[]): SheetGroup[] {
  const groups: { sheet: string | null; findings: Finding[] }[] = [];
  for (const finding of findings) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.sheet === finding.sheet) last.findings.push(finding);
    else groups.push({ sheet: finding.sheet, findings: [finding] });
  }
  return groups;
}

/** The words a location needs, in the reader's language. */
export interface LocationWords {
  /** For a finding about the whole workbook («hele arbeidsboken», or «–» in a table). */
  readonly workbook: string;
  /** Added after the sheet name for a whole sheet or column («hele arket»); none in a table. */
  readonly wholeSheet?: string;
}

/**
 * Where a finding points, for every reporter and the pane: `Deltakere!R7`, `Deltakere` or
 * `Deltakere (hele arket)`, or the workbook word. A sheet named after a person's number is
 * shown masked (the host still gets the real name to select).
 */
export function location(finding: Pick<Finding, 'sheet' | 'cell'>, words: LocationWords): string {
  if (finding.sheet === null) return finding.cell ?? words.workbook;
  const sheet = maskPersonalIds(finding.sheet);
  if (finding.cell === null) return words.wholeSheet === undefined ? sheet : `${sheet} (${words.wholeSheet})`;
  return `${sheet}!${finding.cell}`;
}
