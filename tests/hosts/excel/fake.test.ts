/// <reference types="office-js" />
/**
 * The fake must behave like Excel where the adapter depends on it, or the adapter's tests
 * prove nothing. These pin the behaviours the adapter is built around.
 */
import { FakeExcel, PAYLOAD_LIMIT_BYTES } from '../../fakes/excel-fake';

const excel = (): FakeExcel => FakeExcel.withSheets({ Ark1: [['a', 1], ['b', { error: '#REF!' }]] });

test('a property read before load and sync throws PropertyNotLoaded', async () => {
  const fake = excel();
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Ark1').getRange('A1:B2');
    // The mistakes the office-addins rules catch are made here on purpose: the fake must throw as Excel does.
    /* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load */
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    /* eslint-enable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load */
    await context.sync();
    expect(range.values).toEqual([['a', 1], ['b', '#REF!']]);
  });
});

test('writes are applied at sync, not before, and each sync is counted', async () => {
  const fake = excel();
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('Ark1').getRange('A1').values = [['changed']];
    expect(fake.cell('Ark1', 'A1').value).toBe('a');
    await context.sync();
    expect(fake.cell('Ark1', 'A1').value).toBe('changed');
  });
  expect(fake.syncCount).toBe(1);
});

test('value types tell an error value from text', async () => {
  const fake = excel();
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Ark1').getRange('A1:C2').load('valueTypes');
    await context.sync();
    expect(range.valueTypes).toEqual([['String', 'Double', 'Empty'], ['String', 'Error', 'Empty']]);
  });
});

test('a request over 5 MB is refused as Excel on the web refuses it, and nothing is applied', async () => {
  const fake = excel();
  const big = 'x'.repeat(1000);
  await expect(
    fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('A1:A6000');
      range.values = Array.from({ length: 6000 }, () => [big]);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(fake.syncs[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  expect(fake.cell('Ark1', 'A1').value).toBe('a');
});

test('a response over 5 MB is refused, and no loaded value arrives', async () => {
  const fake = FakeExcel.withSheets({ Ark1: Array.from({ length: 6000 }, () => ['y'.repeat(1000)]) });
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Ark1').getRange('A1:A6000').load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('null objects: a missing sheet and an empty used range', async () => {
  const fake = FakeExcel.withSheets({ Ark1: [], Ark2: [['x']] });
  await fake.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject('Finnes ikke').load('name');
    const empty = context.workbook.worksheets.getItem('Ark1').getUsedRangeOrNullObject(true).load('address');
    const used = context.workbook.worksheets.getItem('ark2').getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(empty.isNullObject).toBe(true);
    expect(used.isNullObject).toBe(false);
    expect(used.address).toBe('Ark2!A1');
  });
});

test('a failing action stops the batch: getItem of a missing sheet', async () => {
  const fake = excel();
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1').values = [['first']];
      context.workbook.worksheets.getItem('Nei').getRange('A1').values = [['second']];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
  expect(fake.cell('Ark1', 'A1').value).toBe('first');
});

test('text typed into a Text-formatted cell stays text; elsewhere numbers and formulas are recognised', async () => {
  const fake = excel();
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Ark1');
    sheet.getRange('D1:D2').numberFormat = [['@'], ['@']];
    sheet.getRange('D1:E2').values = [['=1+1', '=1+1'], ['007', '007']];
    await context.sync();
  });
  expect(fake.cell('Ark1', 'D1')).toMatchObject({ value: '=1+1', formula: null });
  expect(fake.cell('Ark1', 'E1')).toMatchObject({ formula: '=1+1' });
  expect(fake.cell('Ark1', 'D2').value).toBe('007');
  expect(fake.cell('Ark1', 'E2').value).toBe(7);
});

test('Excel limits the fake enforces: area lists, prompts, the last visible sheet', async () => {
  const fake = excel();
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Ark1');
    expect(() => sheet.getRanges(Array.from({ length: 80 }, (_, i) => `A${i + 1}`).join(','))).toThrow(
      expect.objectContaining({ code: 'InvalidArgument' }),
    );
    sheet.getRange('A1').dataValidation.prompt = { showPrompt: true, title: 'x'.repeat(33), message: '' };
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    sheet.visibility = 'Hidden';
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});
