import * as ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { readXlsxFile } from '../../../src/hosts/xlsx/read-file';

/** Formulas in date-formatted cells whose cached result is an error or text. */
test('a date-formatted formula keeps an error or text result instead of reading as empty', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deltakere');
  sheet.getCell('A1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  sheet.getCell('A2').value = { formula: '"ukjent"', result: 'ukjent' };
  sheet.getCell('A3').value = { formula: 'DATE(2025,1,2)', result: 45659 };
  for (const address of ['A1', 'A2', 'A3']) sheet.getCell(address).numFmt = 'dd.mm.yyyy';
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'rapportsjekk-')), 'datoformler.xlsx');
  await workbook.xlsx.writeFile(file);

  const snapshot = await readXlsxFile(file);
  const column = snapshot.sheets.Deltakere.map((row) => row?.[0]);
  expect(column).toEqual([{ error: '#DIV/0!' }, 'ukjent', new Date(Date.UTC(2025, 0, 2))]);
});
