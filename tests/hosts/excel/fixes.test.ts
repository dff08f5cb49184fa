/// <reference types="office-js" />
/**
 * One-click fixes through Office.js on the strict fake Excel: written in three syncs whatever
 * their number, read back as the engine expects, and undone from the pane to exactly the
 * workbook there was (values, number formats, everything `describe` sees). Cells changed by
 * the user in between are never overwritten.
 */
import { applyFixes as applyToSnapshot, CellFix, proposeFixesFor, validate } from '../../../src/engine';
import { applyFixes, undoFixes } from '../../../src/hosts/excel/fixes';
import { readSnapshot } from '../../../src/hosts/excel/read-snapshot';
import { SYNTHETIC_PERSONAL_ID } from '../../../tools/example-reports';
import { NOW, workbook } from '../../helpers/builder';
import { fakeOf, syncsOf } from './helpers';
import { FakeExcel } from '../../fakes/excel-fake';

function fixableFake(participants = 3): FakeExcel {
  return fakeOf(
    workbook()
      .withInfo({ orgNumber: '974 760 673', grantAmount: '500 000', programStart: '01.01.2025' })
      .withParticipants(
        ...Array.from({ length: participants }, (_, i) => (i === 0 ? { gender: 'Kvnne', comment: `fnr ${SYNTHETIC_PERSONAL_ID}, praksis` } : { gender: 'kvinne' })),
      )
      .withMentors({ menteeCount: participants })
      .withGoals({ goalText: 'Minst 60 % av deltakerne skal være i jobb seks måneder etter avsluttet program', indicator: null, target: null, timepoint: null })
      .build(),
  );
}

async function fixesOf(fake: FakeExcel): Promise<CellFix[]> {
  return proposeFixesFor(await readSnapshot(fake.run), { now: NOW });
}

test('fixes are written, read back as the engine would apply them, and the report gets clean', async () => {
  const fake = fixableFake();
  const before = await readSnapshot(fake.run);
  const fixes = await fixesOf(fake);
  expect(fixes.map((f) => f.kind).sort()).toEqual(['code-case', 'code-case', 'code-near', 'date-text', 'goal-part', 'goal-part', 'goal-part', 'number-text', 'orgnr-spaces', 'personal-id']);
  expect(validate(before, { now: NOW }).findings.length).toBeGreaterThan(0);

  const result = await applyFixes(fake.run, fixes);
  expect(result.skipped).toEqual([]);
  const after = await readSnapshot(fake.run);
  // A date written as a serial in a date-formatted cell is read back as that date.
  expect(after).toEqual(applyToSnapshot(before, fixes));
  expect(validate(after, { now: NOW }).findings).toEqual([]);
  expect(fake.cell('Programinfo', 'B2')).toMatchObject({ value: '974760673' }); // digits stay text
  expect(fake.cell('Programinfo', 'B7')).toMatchObject({ value: 45658, numberFormat: 'dd\\.mm\\.yyyy' });
  expect(fake.cell('Deltakere', 'W2').value).toBe('praksis');
});

test('undo from the pane restores every cell exactly, number formats included', async () => {
  const fake = fixableFake();
  fake.edit('Programinfo', 'B6', { numberFormat: '@' }); // «500 000» as Text: undo must bring the format back
  const original = fake.describe();
  const result = await applyFixes(fake.run, await fixesOf(fake));
  expect(fake.describe()).not.toEqual(original);
  const undone = await undoFixes(fake.run, result.undo);
  expect(undone.kept).toEqual([]);
  expect(undone.restored).toHaveLength(result.undo.length);
  expect(fake.describe()).toEqual(original);
});

test('three syncs to apply and three to undo, for 3 or 300 participants', async () => {
  for (const participants of [3, 300]) {
    const fake = fixableFake(participants);
    const fixes = await fixesOf(fake);
    expect(fixes.length).toBeGreaterThanOrEqual(participants);
    let result: Awaited<ReturnType<typeof applyFixes>> | undefined;
    expect(await syncsOf(fake, async () => (result = await applyFixes(fake.run, fixes)))).toBe(3);
    expect(await syncsOf(fake, () => undoFixes(fake.run, result?.undo ?? []))).toBe(3);
  }
});

test('a cell changed since the check, a formula and a missing sheet are skipped, not overwritten', async () => {
  const fake = fixableFake();
  const fixes = await fixesOf(fake);
  fake.edit('Deltakere', 'B2', { value: 'Mann' });
  fake.edit('Deltakere', 'B3', { formula: '=LOWER("KVINNE")', value: 'kvinne' });
  const gone: CellFix = { ...fixes[0], sheet: 'Slettet' };
  const result = await applyFixes(fake.run, [...fixes, gone]);
  const reasons = result.skipped.map((s) => `${s.fix.sheet}!${s.fix.cell} ${s.reason}`).sort();
  expect(reasons).toEqual(['Deltakere!B2 changed', 'Deltakere!B3 formula', 'Slettet!W2 no-sheet']);
  expect(fake.cell('Deltakere', 'B2').value).toBe('Mann');
  expect(fake.cell('Deltakere', 'B3').formula).toBe('=LOWER("KVINNE")');
});

test('undo leaves alone a cell the user edited after the fix', async () => {
  const fake = fixableFake();
  const result = await applyFixes(fake.run, await fixesOf(fake));
  fake.edit('Deltakere', 'B2', { value: 'Mann' });
  const undone = await undoFixes(fake.run, result.undo);
  expect(undone.kept.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Deltakere!B2']);
  expect(fake.cell('Deltakere', 'B2').value).toBe('Mann');
  expect(fake.cell('Deltakere', 'B3').value).toBe('kvinne');
});
