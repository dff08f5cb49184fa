/**
 * Findings in reading order: by sheet (in the template's tab order, other sheets after), then
 * by rule (in the contract's order), then by cell (row, then column).
 */
import { parseAddress, RULE_IDS, SHEETS, GUIDE_SHEET, ADDIN_SHEETS, normalizeKey } from '../engine';
import type { Finding } from '../engine';

export interface SheetGroup {
  /** The sheet name as the workbook writes it; null for findings about the whole workbook. */
  readonly sheet: string | null;
  readonly findings: readonly Finding[];
}

const TAB_ORDER = [GUIDE_SHEET, ...SHEETS.map((s) => s.name), ADDIN_SHEETS.explanations].map(normalizeKey);

function sheetRank(sheet: string | null): number {
  if (sheet === null) return TAB_ORDER.length + 1;
  const index = TAB_ORDER.indexOf(normalizeKey(sheet));
  return index === -1 ? TAB_ORDER.length : index;
}

function cellRank(cell: string | null): [number, number] {
  const parsed = cell === null ? null : parseAddress(cell.toUpperCase());
  return parsed === null ? [-1, -1] : [parsed.row, parsed.column];
}

export function compareFindings(a: Finding, b: Finding): number {
  const [rowA, colA] = cellRank(a.cell);
  const [rowB, colB] = cellRank(b.cell);
  return (
    sheetRank(a.sheet) - sheetRank(b.sheet) ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
    rowA - rowB ||
    colA - colB
  );
}

export function groupBySheet(findings: readonly Finding[]): SheetGroup[] {
  const groups: { sheet: string | null; findings: Finding[] }[] = [];
  for (const finding of [...findings].sort(compareFindings)) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.sheet === finding.sheet) last.findings.push(finding);
    else groups.push({ sheet: finding.sheet, findings: [finding] });
  }
  return groups;
}

/** `Deltakere!R7`, `Deltakere` (whole sheet or column) or null. */
export function location(finding: Pick<Finding, 'sheet' | 'cell'>): string | null {
  if (finding.sheet === null) return finding.cell;
  return finding.cell === null ? finding.sheet : `${finding.sheet}!${finding.cell}`;
}
