/**
 * One style object per distinct style, shared by the cells that have it. ExcelJS gives every
 * cell its own style object (merged from its row's and column's) and, when writing, works out
 * each cell's style number by rendering that style to XML and looking the text up; it remembers
 * the number per style *object*, so cells sharing one object cost a lookup. For portfolio.xlsx
 * (23,000 cells, 16 styles) that rendering was a fifth of writing the workbook.
 *
 * Two styles are the same here when they hold the same number format text and the very same
 * font, alignment, border, fill and protection objects (the ones a row or column lent them):
 * exactly what ExcelJS reads of a style. Date cells (ExcelJS gives them a date format when they
 * have none) and formula cells (typed by their result) keep their own objects. The cells'
 * formats do not change, only who holds them; call it last, just before writing. Rows' own
 * styles are shared the same way (a row is read as a number cell is: no date format).
 */
import type ExcelJS from 'exceljs';
import { ValueType } from './exceljs-writer';

type Style = Partial<ExcelJS.Style>;

/** What ExcelJS reads of a style besides the number format: compared by identity. */
const PARTS = ['font', 'alignment', 'border', 'fill', 'protection'] as const;

export function shareCellStyles(workbook: ExcelJS.Workbook): void {
  const ids = new WeakMap<object, number>();
  let next = 1;
  const idOf = (part: unknown): number | null => {
    if (part === undefined || part === null) return 0;
    if (typeof part !== 'object') return null;
    let id = ids.get(part);
    if (id === undefined) ids.set(part, (id = next++));
    return id;
  };
  // By number format, then by the parts' identities.
  const shared = new Map<string | undefined, Map<string, Style>>();
  const canonical = (style: Style): Style | null => {
    let key = '';
    for (const part of PARTS) {
      const id = idOf(style[part]);
      if (id === null) return null;
      key += `${id},`;
    }
    // ExcelJS reads only whether a format is there and its text: '' is no format.
    const format = style.numFmt === undefined || style.numFmt === '' ? undefined : style.numFmt;
    if (typeof format !== 'string' && format !== undefined) return null;
    let byParts = shared.get(format);
    if (byParts === undefined) shared.set(format, (byParts = new Map()));
    const found = byParts.get(key);
    if (found !== undefined) return found;
    byParts.set(key, style);
    return style;
  };
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      // A row's own style (written as its s="…") is read the same way; ExcelJS's typings leave it out.
      const own = row as ExcelJS.Row & { style?: Style };
      if (typeof own.style === 'object' && own.style !== null) {
        const style = canonical(own.style);
        if (style !== null && style !== own.style) own.style = style;
      }
      // findCell: never creates a cell (an empty styled cell is still written).
      for (let column = 1; column <= row.cellCount; column++) {
        const cell = row.findCell(column);
        if (cell === undefined || cell.type === ValueType.Date || cell.type === ValueType.Formula) continue;
        const style = canonical(cell.style);
        if (style !== null && style !== cell.style) cell.style = style;
      }
    });
  }
}
