/**
 * The one order of findings, applied once when the Report is built: by sheet (in the
 * template's tab order, other sheets after, whole-workbook findings last), then by rule (in the
 * contract's order), then by cell (row, then column). Reporters, the pane and the annotated
 * workbook take report.findings as they come.
 */
import type { Finding } from './report';
import { parseAddress } from './snapshot';
import { RULE_IDS } from './rule-ids';
import { ADDIN_SHEETS, GUIDE_SHEET, SHEETS } from './template';
import { normalizeKey } from './parse';

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
    // Equal names need no collator (loading ICU's costs memory in every process).
    (a.sheet === b.sheet ? 0 : (a.sheet ?? '').localeCompare(b.sheet ?? '')) ||
    RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
    rowA - rowB ||
    colA - colB
  );
}

/** The findings in reading order (a new array; sorting is stable). */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
