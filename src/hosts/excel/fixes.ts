/// <reference types="office-js" />
/**
 * One-click fixes in Excel, and their undo. Excel's own Ctrl+Z does not undo what an add-in
 * writes, so applying keeps each cell's old content (formula bar text and number format) and
 * undo writes it back. Both take three syncs however many cells: sheet names, then the cells'
 * current state, then every write. A cell that changed since the check, holds a formula or
 * lives on a sheet that is gone is skipped, never overwritten.
 */
import { CellFix, dateToExcelSerial, isCellError } from '../../engine';
import type { CellValue } from '../../engine';
import type { AppliedFixes, FixSkipReason, UndoEntry, UndoneFixes } from '../host';
import { DATE_FORMAT } from '../template-inputs';
import { ExcelRun } from './run';

type Scalar = string | number | boolean;

/** The snapshot's view of a cell next to what Office.js returns for it. */
function sameAsSnapshot(current: Scalar, old: CellValue): boolean {
  if (old === null) return current === '';
  if (old instanceof Date) return current === dateToExcelSerial(old);
  if (isCellError(old)) return current === old.error;
  return current === old;
}

function looksLikeDateFormat(format: string): boolean {
  return /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}

interface Located<T> {
  readonly item: T;
  readonly range: Excel.Range;
}

/** Sync 1 and 2: which sheets exist, then each cell's formula, value and number format. */
async function loadCells<T extends { readonly fix: CellFix }>(
  context: Excel.RequestContext,
  items: readonly T[],
  skip: (item: T, reason: FixSkipReason) => void,
): Promise<Located<T>[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name));
  const located: Located<T>[] = [];
  for (const item of items) {
    if (!names.has(item.fix.sheet)) {
      skip(item, 'no-sheet');
      continue;
    }
    const range = sheets.getItem(item.fix.sheet).getRange(item.fix.cell);
    range.load('formulas,values,numberFormat');
    located.push({ item, range });
  }
  await context.sync();
  return located;
}

/** Queues a write that keeps text as text: format as Text, write, then the wanted format. */
function queueWrite(range: Excel.Range, value: Scalar, numberFormat: string): void {
  if (typeof value === 'string' && value !== '') {
    range.numberFormat = [['@']];
    range.values = [[value]];
    range.numberFormat = [[numberFormat]];
  } else {
    range.numberFormat = [[numberFormat]];
    range.values = [[value]];
  }
}

export async function applyFixes(run: ExcelRun, fixes: readonly CellFix[]): Promise<AppliedFixes> {
  return run(async (context) => {
    const undo: UndoEntry[] = [];
    const skipped: { fix: CellFix; reason: FixSkipReason }[] = [];
    const items = fixes.map((fix) => ({ fix }));
    const cells = await loadCells(context, items, (item, reason) => skipped.push({ fix: item.fix, reason }));
    for (const { item, range } of cells) {
      const { fix } = item;
      const formula = range.formulas[0][0] as Scalar;
      const format = range.numberFormat[0][0] as string;
      if (typeof formula === 'string' && formula.startsWith('=')) skipped.push({ fix, reason: 'formula' });
      else if (!sameAsSnapshot(range.values[0][0] as Scalar, fix.oldValue)) skipped.push({ fix, reason: 'changed' });
      else {
        const value = fix.newValue;
        const after: Scalar = value === null ? '' : value instanceof Date ? dateToExcelSerial(value) : value;
        const afterFormat = value instanceof Date && !looksLikeDateFormat(format) ? DATE_FORMAT : format === '@' && typeof value === 'number' ? 'General' : format;
        queueWrite(range, after, afterFormat);
        undo.push({ fix, before: formula, numberFormat: format, after });
      }
    }
    await context.sync();
    return { undo, skipped };
  });
}

/** Puts back what the fixes replaced, in the three syncs applying took. */
export async function undoFixes(run: ExcelRun, undo: readonly UndoEntry[]): Promise<UndoneFixes> {
  return run(async (context) => {
    const restored: CellFix[] = [];
    const kept: CellFix[] = [];
    const cells = await loadCells(context, undo, (entry) => kept.push(entry.fix));
    for (const { item, range } of cells) {
      const now = range.formulas[0][0] as Scalar;
      if (now !== item.after) {
        kept.push(item.fix);
        continue;
      }
      queueWrite(range, item.before, item.numberFormat);
      restored.push(item.fix);
    }
    await context.sync();
    return { restored, kept };
  });
}
