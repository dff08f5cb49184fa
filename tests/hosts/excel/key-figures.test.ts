/// <reference types="office-js" />
import { ADDIN_SHEETS, validate } from '../../../src/engine';
import { CHART_NAME, keyFiguresLayout, writeKeyFigures } from '../../../src/hosts/excel/key-figures';
import { FakeExcel } from '../../fakes/excel-fake';
import { KEY_FIGURE_TEXTS } from '../../../src/report/key-figures-layout';
import { NOW, workbook } from '../../helpers/builder';
import { fakeOf, reportWith, syncsOf } from './helpers';

const KEY = ADDIN_SHEETS.keyFigures;

function reportOf(builder = workbook()) {
  return validate(builder.build(), { now: NOW });
}

/** The row of the key-figures sheet whose first cell is `label`. */
function rowOf(fake: FakeExcel, label: string): (string | number | boolean)[] {
  const row = fake.values(KEY).find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe('the key-figures sheet', () => {
  test('shows each rate with numerator, denominator and basis, and flags a small base', async () => {
    const builder = workbook().withParticipants({}, { statusAtEnd: 'Arbeidssøker', employmentShare: null, relevantJob: null, attributedToProgramme: null }, { completed: 'Pågår', endDate: null });
    const fake = fakeOf(builder.build());
    await writeKeyFigures(fake.run, reportOf(builder));
    expect(rowOf(fake, 'Andel i arbeid ved programslutt')).toEqual(['Andel i arbeid ved programslutt', 1, 2, 0.5, 'deltakere som har sluttet', 'lite grunnlag']);
    expect(rowOf(fake, 'Deltakere')).toEqual(['Deltakere', 3, '', 3, '', '']);
    expect(fake.cell(KEY, 'D' + (fake.values(KEY).findIndex((r) => r[0] === 'Andel i arbeid ved programslutt') + 1)).numberFormat).toBe('0.0%');
  });

  test('a rate with 10 or more in the denominator is not flagged; an empty one cannot be computed', async () => {
    const builder = workbook().withParticipants(...Array.from({ length: 12 }, () => ({}))).withInfo({ minMeetings: null });
    const fake = fakeOf(builder.build());
    await writeKeyFigures(fake.run, reportOf(builder));
    expect(rowOf(fake, 'Andel i arbeid ved programslutt').slice(1)).toEqual([12, 12, 1, 'deltakere som har sluttet', '']);
    expect(rowOf(fake, 'Andel mentorpar som nådde møtemålet')[3]).toBe('');
    expect(rowOf(fake, 'Andel mentorpar som nådde møtemålet')[5]).toBe('kan ikke beregnes');
  });

  test('goal attainment per goal, with a native clustered bar chart of it', async () => {
    const builder = workbook().withGoals({}, { target: 0.9, goalId: 'M2' }, { indicator: null, goalId: 'M3' });
    const fake = fakeOf(builder.build());
    await writeKeyFigures(fake.run, reportOf(builder));
    expect(rowOf(fake, 'M1').slice(0, 5)).toEqual(['M1', 2, 0.5, 1, 'Nådd']);
    expect(rowOf(fake, 'M3').slice(0, 5)).toEqual(['M3', '', 0.5, '', 'Kan ikke vurderes']);
    const [chart] = fake.state.sheet(KEY).charts;
    const header = fake.values(KEY).findIndex((r) => r[0] === 'MålID') + 1;
    expect(chart).toMatchObject({ name: CHART_NAME, type: 'BarClustered', source: `${KEY}!A${header}:B${header + 3}`, title: 'Måloppnåelse per mål' });
  });

  test('running twice leaves one sheet and one chart, the same as after the first run', async () => {
    const fake = fakeOf(reportWith(5));
    const report = reportOf(workbook().withParticipants({}, {}, {}, {}, {}));
    // Three: the sheet names, the marker cell of each (ours is found by it, never by name), the writing.
    expect(await syncsOf(fake, () => writeKeyFigures(fake.run, report))).toBe(3);
    const first = fake.describe([KEY]);
    expect(await syncsOf(fake, () => writeKeyFigures(fake.run, report))).toBe(3);
    expect(fake.sheetNames().filter((n) => n === KEY)).toHaveLength(1);
    expect(fake.state.sheet(KEY).charts).toHaveLength(1);
    expect(fake.describe([KEY])).toEqual(first);
    expect(fake.state.activeSheetId).toBe(fake.state.sheet(KEY).id);
  });

  test('the user’s sheets are exactly as before', async () => {
    const fake = fakeOf(reportWith(20));
    fake.edit('Deltakere', 'A1:W1', { fill: '#4472C4' });
    const userSheets = fake.sheetNames();
    const before = fake.describe(userSheets);
    await writeKeyFigures(fake.run, reportOf());
    await writeKeyFigures(fake.run, reportOf());
    expect(fake.describe(userSheets)).toEqual(before);
    expect(fake.sheetNames()).toEqual([...userSheets, KEY]);
  });

  test('replaces the sheet even when it is the only visible one', async () => {
    // An earlier sheet of ours: it carries our marker (the notice line) in A2.
    const fake = FakeExcel.withSheets({ [KEY]: [['gammelt'], [KEY_FIGURE_TEXTS.nb.notice]], Skjult: [['x']] });
    fake.state.sheet('Skjult').visibility = 'Hidden';
    await writeKeyFigures(fake.run, reportOf());
    expect(fake.values(KEY)[0][0]).toBe('Nøkkeltall – Mentorløftet 2025');
    expect(fake.sheetNames()).toEqual(['Skjult', KEY]);
  });

  test('in English, without goals: English headings and no chart', () => {
    const report = validate(workbook().withGoals().build(), { now: NOW, lang: 'en' });
    const layout = keyFiguresLayout(report);
    expect(layout.values[3]).toEqual(['Key figure', 'Numerator', 'Denominator', 'Value', 'Denominator is', 'Note']);
    expect(layout.values.some((r) => r[0] === 'Employment rate at the end')).toBe(true);
    expect(layout.chartSource).toBeNull();
  });
});
