/// <reference types="office-js" />
import { ADDIN_SHEETS, EXPLANATION_HEADERS, MAX_EXPLANATION_LENGTH, validate } from '../../../src/engine';
import { saveExplanations } from '../../../src/hosts/excel/explanations';
import { readSnapshot } from '../../../src/hosts/excel/read-snapshot';
import { NOW, workbook } from '../../helpers/builder';
import { fakeOf, syncsOf } from './helpers';

const SHEET = ADDIN_SHEETS.explanations;
const warning = { rule: 'target-group-mismatch', sheet: 'Deltakere', cell: 'D3' } as const;

function fakeWithWarning() {
  return fakeOf(workbook().withParticipants({}, { immigrantCategory: 'Ingen innvandrerbakgrunn' }).build());
}

async function explainedFinding(fake: ReturnType<typeof fakeOf>) {
  const report = validate(await readSnapshot(fake.run), { now: NOW });
  const finding = report.findings.find((f) => f.rule === warning.rule);
  if (!finding) throw new Error('the warning is gone');
  expect(finding.cell).toBe(warning.cell);
  return { finding, explained: report.counts.explained };
}

describe('explanations of warnings', () => {
  test('round-trip through the engine: the warning read back is explained', async () => {
    const fake = fakeWithWarning();
    const userSheets = fake.sheetNames();
    const before = fake.describe(userSheets);
    expect((await explainedFinding(fake)).finding.explanation).toBeUndefined();

    await saveExplanations(fake.run, [{ ...warning, text: 'Deltakeren er flyktning med norsk statsborgerskap.' }]);
    const { finding, explained } = await explainedFinding(fake);
    expect(finding.explanation).toBe('Deltakeren er flyktning med norsk statsborgerskap.');
    expect(explained).toBe(1);
    expect(fake.state.sheet(SHEET).visibility).toBe('Hidden');
    expect(fake.values(SHEET)[0]).toEqual([...EXPLANATION_HEADERS]);
    expect(fake.describe(userSheets)).toEqual(before);
  });

  test('saving again replaces the row (sheet and cell matched as the engine matches them)', async () => {
    const fake = fakeWithWarning();
    await saveExplanations(fake.run, [{ ...warning, text: 'Første' }]);
    await saveExplanations(fake.run, [{ rule: 'email-invalid', sheet: 'Programinfo', cell: 'B10', text: 'Annen' }]);
    await saveExplanations(fake.run, [{ ...warning, sheet: ' deltakere', cell: 'd3', text: 'Andre' }]);
    expect(fake.values(SHEET).slice(1)).toEqual([
      ['email-invalid', 'Programinfo', 'B10', 'Annen'],
      ['target-group-mismatch', ' deltakere', 'D3', 'Andre'],
    ]);
    expect((await explainedFinding(fake)).finding.explanation).toBe('Andre');
  });

  test('empty text removes the explanation, and the rows below move up', async () => {
    const fake = fakeWithWarning();
    await saveExplanations(fake.run, [{ ...warning, text: 'Forklart' }]);
    await saveExplanations(fake.run, [{ rule: 'email-invalid', sheet: 'Programinfo', cell: 'B10', text: 'Annen' }]);
    await saveExplanations(fake.run, [{ ...warning, text: '  ' }]);
    expect(fake.values(SHEET)).toEqual([[...EXPLANATION_HEADERS], ['email-invalid', 'Programinfo', 'B10', 'Annen']]);
    expect((await explainedFinding(fake)).finding.explanation).toBeUndefined();
  });

  test('empty text with no explanation sheet creates nothing', async () => {
    const fake = fakeWithWarning();
    await saveExplanations(fake.run, [{ ...warning, text: '' }]);
    expect(fake.sheetNames()).not.toContain(SHEET);
  });

  test('text that Excel would turn into a formula or a number is stored as written', async () => {
    const fake = fakeWithWarning();
    await saveExplanations(fake.run, [{ ...warning, text: '=SUM(A1) er ikke en formel' }]);
    await saveExplanations(fake.run, [{ rule: 'email-invalid', sheet: 'Programinfo', cell: 'B10', text: '007' }]);
    expect(fake.cell(SHEET, 'D2')).toMatchObject({ value: '=SUM(A1) er ikke en formel', formula: null });
    expect(fake.cell(SHEET, 'D3').value).toBe('007');
  });

  test("an explanation longer than a cell holds is cut to Excel's 32,767 characters", async () => {
    const fake = fakeWithWarning();
    await saveExplanations(fake.run, [{ ...warning, text: 'x'.repeat(MAX_EXPLANATION_LENGTH + 10) }]);
    expect(String(fake.cell(SHEET, 'D2').value)).toHaveLength(32_767);
    expect((await explainedFinding(fake)).finding.explanation).toHaveLength(32_767);
  });

  test('«Forklar alle» on 400 warnings: one batch of a few syncs, the same syncs as for one', async () => {
    const fake = fakeWithWarning();
    const many = Array.from({ length: 400 }, (_, i) => ({ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: `R${i + 2}`, text: 'Ønsket ikke å svare.' }));
    const first = await syncsOf(fake, () => saveExplanations(fake.run, many));
    expect(fake.values(SHEET)).toHaveLength(401);
    expect(fake.values(SHEET)[400]).toEqual(['job-relevance-missing', 'Deltakere', 'R401', 'Ønsket ikke å svare.']);
    // Saved again (replace 200, remove 200): rows replaced in place, removed rows gone.
    const again = many.map((e, i) => ({ ...e, text: i % 2 === 0 ? 'Endret' : '' }));
    const second = await syncsOf(fake, () => saveExplanations(fake.run, again));
    expect(fake.values(SHEET).slice(1).map((row) => row[3])).toEqual(Array.from({ length: 200 }, () => 'Endret'));
    const one = await syncsOf(fake, () => saveExplanations(fake.run, [{ ...warning, text: 'Én' }]));
    expect([first, second]).toEqual([one - 1, one]); // creating the sheet skips the read of its rows
    expect(one).toBeLessThanOrEqual(3);
  });
});
