/// <reference types="office-js" />
/**
 * Protected sheets, a protected workbook structure and a cell being edited, on the strict fake:
 * every write either does its work on the open sheets and names the protected ones, or stops
 * before writing anything, with words that say what to do.
 */
import { ADDIN_SHEETS, validate } from '../../../src/engine';
import { createExcelHost } from '../../../src/hosts/excel';
import { MAX_EXPLANATION_LENGTH as MAX_EXPLANATION_CHARS } from '../../../src/engine';
import { HostBlockedError } from '../../../src/hosts/host-errors';
import { NOW, workbook } from '../../helpers/builder';
import { fakeOf } from './helpers';

const problems = () => workbook().withInfo({ minMeetings: null }).withParticipants({}, { relevantJob: null, gender: 'Ukjent' }).build();
const marksOn = (fake: ReturnType<typeof fakeOf>, sheet: string) => fake.state.sheet(sheet).conditionalFormats.length;

describe('a protected sheet', () => {
  test('marks go on the open sheets; the protected one is named and untouched', async () => {
    const fake = fakeOf(problems());
    const host = createExcelHost(fake.run);
    const report = validate(await host.readSnapshot(), { now: NOW });
    fake.protectSheet('Deltakere');
    const before = fake.describe(['Deltakere']);
    const error = await host.markFindings(report.findings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostBlockedError);
    expect(error).toMatchObject({ reason: 'protected-sheets', sheets: ['Deltakere'], partial: true });
    expect((error as HostBlockedError).describe('en')).toBe('These sheets are protected and were not changed: Deltakere. Choose Review → Unprotect Sheet on them, then try again.');
    expect(marksOn(fake, 'Mentorer')).toBe(1);
    expect(fake.describe(['Deltakere'])).toEqual(before);
  });

  test('clearing removes marks from the open sheets and names the protected one that keeps its marks', async () => {
    const fake = fakeOf(problems());
    const host = createExcelHost(fake.run);
    await host.markFindings(validate(await host.readSnapshot(), { now: NOW }).findings);
    fake.protectSheet('Deltakere');
    await expect(host.clearMarks()).rejects.toMatchObject({ reason: 'protected-sheets', sheets: ['Deltakere'] });
    expect(marksOn(fake, 'Mentorer')).toBe(0);
    expect(marksOn(fake, 'Deltakere')).toBeGreaterThan(0);
    fake.protectSheet('Deltakere', false);
    await host.clearMarks();
    expect(marksOn(fake, 'Deltakere')).toBe(0);
  });

  test('a protected explanations sheet: nothing is written, the sheet is named', async () => {
    const fake = fakeOf(problems());
    const host = createExcelHost(fake.run);
    await host.saveExplanations([{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R3', text: 'Ukjent' }]);
    fake.protectSheet(ADDIN_SHEETS.explanations);
    const before = fake.describe();
    await expect(host.saveExplanations([{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R3', text: 'Endret' }])).rejects.toMatchObject({ reason: 'protected-sheets', sheets: [ADDIN_SHEETS.explanations] });
    expect(fake.describe()).toEqual(before);
  });
});

describe('a protected workbook structure', () => {
  test.each(['template', 'key figures', 'a first explanation'])('%s stops before anything is written', async (action) => {
    const fake = fakeOf(action === 'template' ? { sheets: { Ark1: [['x']] } } : problems());
    const host = createExcelHost(fake.run);
    const report = validate(await host.readSnapshot(), { now: NOW });
    fake.protectStructure();
    const before = fake.describe();
    const syncs = fake.syncCount;
    const attempt =
      action === 'template' ? host.insertTemplate('nb') : action === 'key figures' ? host.writeKeyFigures(report) : host.saveExplanations([{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R3', text: 'Ukjent' }]);
    await expect(attempt).rejects.toMatchObject({ reason: 'protected-workbook' });
    expect(fake.syncCount - syncs).toBe(1); // found in the first sync
    expect(fake.describe()).toEqual(before);
  });
});

describe('a cell being edited', () => {
  test.each(['marks', 'clear', 'key figures', 'template', 'explanation'])('%s: a plain message, nothing written', async (action) => {
    const fake = fakeOf(problems());
    const host = createExcelHost(fake.run);
    const report = validate(await host.readSnapshot(), { now: NOW });
    await host.markFindings(report.findings);
    fake.editCell();
    const before = fake.describe();
    const attempts: Record<string, () => Promise<unknown>> = {
      marks: () => host.markFindings(report.findings),
      clear: () => host.clearMarks(),
      'key figures': () => host.writeKeyFigures(report),
      template: () => host.insertTemplate('nb'),
      explanation: () => host.saveExplanations([{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R3', text: 'Ukjent' }]),
    };
    const error = await attempts[action]().catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'cell-edit' });
    expect((error as HostBlockedError).describe('nb')).toBe('Excel er opptatt med å redigere en celle. Trykk Enter eller Esc i cellen, og prøv igjen.');
    expect(fake.describe()).toEqual(before);
    fake.editCell(false);
    await expect(attempts[action]()).resolves.not.toThrow();
  });

  test('reading still works while a cell is edited', async () => {
    const fake = fakeOf(problems());
    fake.editCell();
    const read = await createExcelHost(fake.run).readSnapshot();
    expect(read.sheets.Deltakere).toHaveLength(3);
  });
});

test('an explanation longer than a cell holds is cut at 32,767 characters, not refused', async () => {
  const fake = fakeOf(problems());
  const host = createExcelHost(fake.run);
  await host.saveExplanations([{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R3', text: 'a'.repeat(40_000) }]);
  expect(String(fake.cell(ADDIN_SHEETS.explanations, 'D2').value)).toHaveLength(MAX_EXPLANATION_CHARS);
});
