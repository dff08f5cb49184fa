/** `worksheets.onChanged` in the strict fake Excel, and the Excel host's onWorkbookChanged over it. */
import { createExcelHost } from '../../../src/hosts/excel';
import { FakeExcel } from '../../fakes/excel-fake';
import type { FakeChangedEvent } from '../../fakes/excel-fake';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('fake Excel: worksheets.onChanged', () => {
  it('registers and removes at sync, and fires after a write, not inside the batch', async () => {
    const fake = FakeExcel.withSheets({ Ark1: [['a']] });
    const heard: FakeChangedEvent[] = [];
    await fake.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => void heard.push(event as unknown as FakeChangedEvent));
      expect(fake.changeHandlers.size).toBe(0); // queued, not yet sent
      await context.sync();
      expect(fake.changeHandlers.size).toBe(1);
      context.workbook.worksheets.getItem('Ark1').getRange('B2').values = [['x']];
      await context.sync();
      expect(heard).toHaveLength(0); // delivered afterwards, as Excel does
    });
    await tick();
    expect(heard).toEqual([expect.objectContaining({ address: 'B2', changeType: 'RangeEdited', type: 'WorksheetChanged' })]);

    fake.edit('Ark1', 'A1', { fill: '#FF0000' }); // a format only: no data change
    fake.edit('Ark1', 'A1:A2', { value: 'b' });
    await tick();
    expect(heard.map((e) => e.address)).toEqual(['B2', 'A1:A2']);
  });

  it('a removed handler hears nothing more', async () => {
    const fake = FakeExcel.withSheets({ Ark1: [['a']] });
    const listener = jest.fn();
    const stop = createExcelHost(fake.run).onWorkbookChanged(listener);
    await tick();
    expect(fake.changeHandlers.size).toBe(1);
    fake.edit('Ark1', 'A1', { value: 'b' });
    await tick();
    expect(listener).toHaveBeenCalledTimes(1);

    stop();
    await tick();
    expect(fake.changeHandlers.size).toBe(0);
    fake.edit('Ark1', 'A1', { value: 'c' });
    await tick();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stopping before the registration finished still removes it', async () => {
    const fake = FakeExcel.withSheets({ Ark1: [['a']] });
    const listener = jest.fn();
    createExcelHost(fake.run).onWorkbookChanged(listener)();
    await tick();
    await tick();
    expect(fake.changeHandlers.size).toBe(0);
    fake.edit('Ark1', 'A1', { value: 'b' });
    await tick();
    expect(listener).not.toHaveBeenCalled();
  });
});
