/** Cell-by-cell differences between two snapshots, for the reader's differential tests. */
import type { CellValue, WorkbookSnapshot } from '../../src/engine';
import { cellAddress } from '../../src/engine';

export interface CellDifference {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly ours: CellValue;
  readonly reference: CellValue;
}

const same = (a: CellValue, b: CellValue): boolean =>
  a instanceof Date || b instanceof Date ? a instanceof Date && b instanceof Date && a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);

export function snapshotDifferences(ours: WorkbookSnapshot, reference: WorkbookSnapshot): CellDifference[] {
  const out: CellDifference[] = [];
  const names = Object.keys(ours.sheets);
  const referenceNames = Object.keys(reference.sheets);
  if (names.join('\u0000') !== referenceNames.join('\u0000')) {
    out.push({ sheet: '(sheet names)', row: -1, column: -1, ours: names.join(', '), reference: referenceNames.join(', ') });
    return out;
  }
  for (const sheet of names) {
    const a = ours.sheets[sheet];
    const b = reference.sheets[sheet];
    // Sparse rows: only the rows either side has.
    const rows = new Set([...Object.keys(a), ...Object.keys(b)].map(Number));
    const sheetStart = out.length;
    for (const r of [...rows].sort((x, y) => x - y)) {
      const lineA = a[r] ?? [];
      const lineB = b[r] ?? [];
      const before = out.length;
      for (let c = 0; c < Math.max(lineA.length, lineB.length); c++) {
        const x = lineA[c] ?? null;
        const y = lineB[c] ?? null;
        if (!same(x, y)) out.push({ sheet, row: r, column: c, ours: x, reference: y });
      }
      // Same values but one row padded further (trailing nulls) is a difference of shape.
      if (lineA.length !== lineB.length && out.length === before) out.push({ sheet, row: r, column: -1, ours: `${lineA.length} cells`, reference: `${lineB.length} cells` });
    }
    // Rows padded further with holes is a difference of shape, when no value explains it.
    if (a.length !== b.length && out.length === sheetStart) out.push({ sheet, row: -1, column: -1, ours: `${a.length} rows`, reference: `${b.length} rows` });
  }
  return out;
}

export const describeDifference = (d: CellDifference): string =>
  `${d.sheet}!${d.row >= 0 && d.column >= 0 ? cellAddress(d.row, d.column) : `row ${d.row + 1}`}: ours ${JSON.stringify(d.ours)}, ExcelJS ${JSON.stringify(d.reference)}`;
