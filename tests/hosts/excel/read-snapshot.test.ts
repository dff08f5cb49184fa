/// <reference types="office-js" />
import { validate } from '../../../src/engine';
import { readSnapshot, toCellValue } from '../../../src/hosts/excel/read-snapshot';
import { PAYLOAD_LIMIT_BYTES } from '../../fakes/excel-fake';
import { NOW, workbook } from '../../helpers/builder';
import { fakeOf, reportWith, syncsOf } from './helpers';

describe('reading the workbook', () => {
  test('takes the same two syncs for 10 and for 10,000 participant rows', async () => {
    const small = fakeOf(reportWith(10));
    const large = fakeOf(reportWith(10_000));
    expect(await syncsOf(small, () => readSnapshot(small.run))).toBe(2);
    expect(await syncsOf(large, () => readSnapshot(large.run))).toBe(2);
    // The 10,000 rows are really there, and no response came near Excel on the web's limit.
    const read = await readSnapshot(large.run);
    expect(read.sheets.Deltakere).toHaveLength(10_001);
    expect(Math.max(...large.syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  test('the engine finds the same things in what was read as in the workbook itself', async () => {
    const snapshot = workbook()
      .withParticipants({ endDate: null }, { immigrantCategory: 'Ingen innvandrerbakgrunn' }, { startDate: new Date('2026-06-01T00:00:00Z') })
      .withInfo({ grantAmount: { error: '#REF!' } })
      .build();
    const read = await readSnapshot(fakeOf(snapshot).run);
    const findings = (s: typeof snapshot): unknown => validate(s, { now: NOW }).findings.map(({ rule, sheet, cell }) => ({ rule, sheet, cell }));
    expect(findings(read)).toEqual(findings(snapshot));
    expect((findings(read) as unknown[]).length).toBeGreaterThan(2);
  });

  test('cells keep their place from A1, types become engine values, sheets keep their tab order', async () => {
    const fake = fakeOf({ sheets: { Første: [], Andre: [[null, null], [null, 'x', 2, true, { error: '#N/A' }]] } });
    const read = await readSnapshot(fake.run);
    expect(Object.keys(read.sheets)).toEqual(['Første', 'Andre']);
    expect(read.sheets.Første).toEqual([]);
    expect(read.sheets.Andre[0]).toBeUndefined();
    expect(read.sheets.Andre[1]).toEqual([null, 'x', 2, true, { error: '#N/A' }]);
  });

  test('text that looks like an error value stays text: the value type decides', () => {
    expect(toCellValue('#REF!', 'String')).toBe('#REF!');
    expect(toCellValue('#REF!', 'Error')).toEqual({ error: '#REF!' });
    expect(toCellValue('', 'Empty')).toBeNull();
    expect(toCellValue(45678, 'Double')).toBe(45678);
  });

  test('rows below the bands are read too, in extra syncs only for that sheet', async () => {
    const grid = Array.from({ length: 23 }, (_, i) => [`r${i + 1}`]);
    const fake = fakeOf({ sheets: { Lang: grid, Kort: [['k']] } });
    let syncs = 0;
    const read = await (async () => {
      const before = fake.syncCount;
      const result = await readSnapshot(fake.run, { bandRows: 5, bands: 2 });
      syncs = fake.syncCount - before;
      return result;
    })();
    expect(read.sheets.Lang.map((row) => row?.[0])).toEqual(grid.map((row) => row[0]));
    expect(read.sheets.Kort).toEqual([['k']]);
    expect(syncs).toBe(3);
  });

  test('a workbook too large for one response is read in blocks, every response under 5 MB', async () => {
    const long = 'Lang kommentar som fyller opp svaret. '.repeat(8);
    const snapshot = workbook()
      .withParticipants(...Array.from({ length: 20_000 }, () => ({ comment: long })))
      .build();
    const fake = fakeOf(snapshot);
    const read = await readSnapshot(fake.run);
    expect(read.sheets.Deltakere).toHaveLength(20_001);
    expect(read.sheets.Deltakere[20_000]?.[22]).toBe(long);
    // The first attempt is refused by the fake exactly as Excel on the web would refuse it …
    expect(fake.syncs.some((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES)).toBe(true);
    // … and the blocks that follow stay under the limit.
    const afterRefusal = fake.syncs.slice(fake.syncs.findIndex((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES) + 1);
    expect(afterRefusal.length).toBeGreaterThan(1);
    expect(afterRefusal.every((s) => s.responseBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
  });
});
