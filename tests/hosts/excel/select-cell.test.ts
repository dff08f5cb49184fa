/// <reference types="office-js" />
import { selectCell } from '../../../src/hosts/excel/select-cell';
import { FakeExcel } from '../../fakes/excel-fake';

const fake = (): FakeExcel => {
  const excel = FakeExcel.withSheets({ Programinfo: [['x']], Deltakere: [['y']], Skjult: [['z']] });
  excel.state.sheet('Skjult').visibility = 'Hidden';
  return excel;
};

test('activates the sheet and selects the cell', async () => {
  const excel = fake();
  await selectCell(excel.run, 'Deltakere', 'R7');
  const sheet = excel.state.sheet('Deltakere');
  expect(excel.state.activeSheetId).toBe(sheet.id);
  expect(excel.state.selection).toEqual({ sheetId: sheet.id, address: 'R7' });
});

test('a whole-sheet finding activates the sheet only', async () => {
  const excel = fake();
  await selectCell(excel.run, 'Deltakere', null);
  expect(excel.state.activeSheetId).toBe(excel.state.sheet('Deltakere').id);
  expect(excel.state.selection).toBeNull();
});

test('a sheet that is missing or hidden is left alone', async () => {
  const excel = fake();
  await selectCell(excel.run, 'Mentorer', 'A2');
  await selectCell(excel.run, 'Skjult', 'A1');
  expect(excel.state.activeSheetId).toBe(excel.state.sheet('Programinfo').id);
  expect(excel.state.selection).toBeNull();
});
