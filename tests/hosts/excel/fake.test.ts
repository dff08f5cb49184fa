/// <reference types="office-js" />
/**
 * The fake must behave like Excel where the adapter depends on it, or the adapter's tests
 * prove nothing. These pin the behaviours the adapter is built around.
 */
import { FakeExcel, PAYLOAD_LIMIT_BYTES } from '../../fakes/excel-fake';

/* eslint-disable office-addins/no-context-sync-in-loop -- each case is its own batch on purpose */
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
    // As in Excel, a bad address fails at sync, not at the call.
    const areas = sheet.getRanges(Array.from({ length: 80 }, (_, i) => `A${i + 1}`).join(','));
    areas.load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    sheet.getRange('A1').dataValidation.prompt = { showPrompt: true, title: 'x'.repeat(33), message: '' };
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    sheet.visibility = 'Hidden';
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

test('bad addresses and indexes outside the sheet fail at sync, not at the call', async () => {
  const fake = excel();
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Ark1');
    for (const make of [() => sheet.getRange('A0'), () => sheet.getRange('Ark1!!B'), () => sheet.getRangeByIndexes(1_048_575, 0, 2, 1), () => sheet.getRangeByIndexes(0, 16_380, 1, 5), () => sheet.getRangeByIndexes(-1, 0, 1, 1)]) {
      const range = make(); // no throw here
      range.load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });
});

test('text with a leading + or - becomes a formula; a cell holds at most 32,767 characters', async () => {
  const fake = excel();
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Ark1');
    sheet.getRange('A1:C1').values = [['-ukjent', '+47 22 00 00 00', '-12']];
    await context.sync();
    sheet.getRange('D1').values = [['x'.repeat(32_768)]];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
  expect(fake.cell('Ark1', 'A1')).toMatchObject({ formula: '=-ukjent', error: true });
  expect(fake.cell('Ark1', 'B1')).toMatchObject({ formula: '=+47 22 00 00 00' });
  expect(fake.cell('Ark1', 'C1').value).toBe(-12);
});

test('conditional-format and validation formulas are parsed: en-US only', async () => {
  const fake = excel();
  for (const [formula, ok] of [['=ISTEXT("a;b")', true], ['=AND(A1>0,B1<2)', true], ['=ERTEKST("x")', false], ['=IF(A1>0;1;0)', false], ['ISTEXT(A1)', false], ['=ISTEXT(A1', false]] as const) {
    await fake.run(async (context) => {
      const format = context.workbook.worksheets.getItem('Ark1').getRange('A1').conditionalFormats.add('Custom');
      format.custom.rule.formula = formula;
      if (ok) await context.sync();
      else await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  }
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('Ark1').getRange('B1').dataValidation.rule = { custom: { formula: '=LENGDE(B1)<10' } };
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

test('a protected sheet refuses writes but allows reads and selecting; a protected structure refuses new sheets', async () => {
  const fake = excel();
  fake.protectSheet('Ark1');
  fake.protectStructure();
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Ark1');
    sheet.load('protection/protected');
    context.workbook.protection.load('protected');
    const range = sheet.getRange('A1');
    range.load('values');
    range.select();
    await context.sync();
    expect(sheet.protection.protected).toBe(true);
    expect(context.workbook.protection.protected).toBe(true);
    for (const write of [() => (sheet.getRange('A1').values = [['x']]), () => (sheet.getRange('A1').format.fill.color = '#FF0000'), () => sheet.getRange('A1').conditionalFormats.add('Custom'), () => context.workbook.worksheets.add('Ny')]) {
      write();
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    }
  });
});

test('while a cell is being edited a batch that writes fails; a read still works', async () => {
  const fake = excel();
  fake.editCell();
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Ark1').getRange('A1');
    range.load('values');
    await context.sync();
    range.values = [['x']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });
});

test('DATE() follows the workbook date system; reads over the cell limit come back without values', async () => {
  for (const [date1904, serial] of [[false, 36_526], [true, 35_064]] as const) {
    const fake = FakeExcel.withSheets({ Ark1: [['a']] }, { date1904 });
    await fake.run(async (context) => {
      const result = context.workbook.functions.date(2000, 1, 1);
      result.load('value');
      await context.sync();
      expect(result.value).toBe(serial);
    });
  }
  const fake = excel();
  fake.readCellLimit = 10;
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Ark1').getRange('A1:C4');
    range.load('values');
    await context.sync();
    expect(range.values).toBeNull();
  });
});
