/**
 * The worksheet reader gathers the row being read in one reused array and copies it out when
 * the next row starts (worksheet.ts). Cells may come in any order (a row left and taken up
 * again, cells outside any <row>, the same cell twice): on random orders the grid must be what
 * writing every value into its row in document order gives, each row up to its last value.
 */
import fc from 'fast-check';
import type { CellValue } from '../../../src/engine';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { columnLetter } from '../../../src/engine/snapshot';
import { excelShaped } from '../../support/excel-shaped';

interface Written {
  readonly row: number;
  readonly column: number;
  readonly value: number;
  /** Opens a <row> element for it (closing the one before). */
  readonly newRow: boolean;
}

const written = fc.record({ row: fc.integer({ min: 0, max: 5 }), column: fc.integer({ min: 0, max: 7 }), value: fc.integer({ min: 0, max: 99 }), newRow: fc.boolean() });

function xmlOf(cells: readonly Written[]): string {
  let xml = '';
  let open = false;
  for (const cell of cells) {
    if (cell.newRow) {
      xml += `${open ? '</row>' : ''}<row r="${cell.row + 1}">`;
      open = true;
    }
    xml += `<c r="${columnLetter(cell.column)}${cell.row + 1}"><v>${cell.value}</v></c>`;
  }
  return open ? `${xml}</row>` : xml;
}

function expected(cells: readonly Written[]): (CellValue[] | undefined)[] {
  const grid: (CellValue[] | undefined)[] = [];
  for (const { row, column, value } of cells) {
    const line = (grid[row] ??= []);
    while (line.length < column) line.push(null);
    line[column] = value;
  }
  return grid;
}

test('cells in any order, rows taken up again: the grid of writing each value where it belongs', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(written, { minLength: 1, maxLength: 30 }), async (cells) => {
      const bytes = await excelShaped({ sheets: [{ name: 'Ark1', rows: xmlOf(cells) }] });
      const grid = (await readXlsxBuffer(bytes)).sheets.Ark1;
      expect(grid).toEqual(expected(cells));
      // Packed rows of nulls, as before: no holes for a rule's loop to skip.
      for (const line of grid) if (line !== undefined) for (let c = 0; c < line.length; c++) expect(c in line).toBe(true);
    }),
    { numRuns: 300, seed: 5 },
  );
});
