/**
 * shareCellStyles: cells (and rows) with the same style share one object, and the written
 * workbook is unchanged, part for part: number formats by column, fonts and alignments lent by
 * rows and columns, merged headers, dates without a format (ExcelJS gives them one), formulas,
 * empty styled cells, equal styles in distinct objects.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { shareCellStyles } from '../../src/batch/xlsx-styles';

async function parts(book: ExcelJS.Workbook): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out[name] = await zip.files[name].async('string');
  return out;
}

function styleObjects(book: ExcelJS.Workbook): number {
  const seen = new Set<unknown>();
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => seen.add(cell.style)));
  return seen.size;
}

/** The same workbook each time it is called (dates fixed), styled every way ExcelJS allows. */
function styled(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.created = book.modified = new Date(Date.UTC(2026, 0, 1));
  const sheet = book.addWorksheet('Ark');
  const top = sheet.addRow(['Gruppe', null, null, 'Annen']);
  top.font = { bold: true };
  sheet.mergeCells(1, 1, 1, 3);
  const header = sheet.addRow(['Fil', 'Dato', 'Andel', 'Tekst', 'Formel']);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (let i = 0; i < 40; i++) {
    const row = sheet.addRow([`fil-${i}.xlsx`, new Date(Date.UTC(2025, i % 12, 1)), i / 40, i % 3 === 0 ? null : `tekst ${i}`, { formula: `C${i + 3}*2`, result: (i / 40) * 2 }]);
    if (i % 5 === 0) {
      row.height = 30;
      // Equal alignments in distinct objects: shared only when the objects are.
      row.eachCell((cell) => (cell.alignment = { vertical: 'top', wrapText: false }));
    }
    if (i % 7 === 0) row.getCell(4).font = { italic: true };
  }
  sheet.getColumn(3).numFmt = '0.0%';
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  sheet.getCell('G5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; // empty, styled
  sheet.getCell('H6').value = new Date(Date.UTC(2024, 5, 6));
  sheet.getCell('H6').numFmt = 'dd.mm.yyyy';
  const other = book.addWorksheet('Annet');
  other.addRow([1, 2, 3]);
  other.getColumn(2).numFmt = '0.00';
  other.getRow(1).border = { top: { style: 'thin' } };
  return book;
}

test('the written parts are the same with shared styles, and far fewer style objects', async () => {
  const plain = styled();
  const shared = styled();
  const before = styleObjects(shared);
  shareCellStyles(shared);
  const after = styleObjects(shared);
  // The 80 date and formula cells keep their own, and so do the alignments made cell by cell.
  expect(before).toBeGreaterThan(200);
  expect(after).toBeLessThan(before * 0.6);
  expect(await parts(shared)).toEqual(await parts(plain));
});

test('each cell keeps its format as ExcelJS reads it back', async () => {
  const plain = styled();
  const shared = styled();
  shareCellStyles(shared);
  for (const book of [plain, shared]) {
    const sheet = book.getWorksheet('Ark') as ExcelJS.Worksheet;
    expect(sheet.getCell('C10').numFmt).toBe('0.0%');
    expect(sheet.getCell('B2').font).toEqual({ bold: true });
    expect(sheet.getCell('D3').alignment).toEqual({ wrapText: true, vertical: 'top' });
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await shared.xlsx.writeBuffer()) as ArrayBuffer);
  const sheet = back.getWorksheet('Ark') as ExcelJS.Worksheet;
  expect(sheet.getCell('C10').numFmt).toBe('0.0%');
  expect(sheet.getCell('B3').numFmt).toBe('mm-dd-yy'); // ExcelJS's format for a date without one
  expect(sheet.getCell('H6').numFmt).toBe('dd.mm.yyyy');
  expect(sheet.getCell('D10').font?.italic).toBe(true);
  expect(sheet.getCell('D9').font?.italic).toBeUndefined();
  expect(sheet.getCell('G5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
});
