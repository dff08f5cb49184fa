/**
 * One-click fixes, table-tested: each row is a workbook with one thing to fix (or one thing that
 * must not be "fixed") and the fix expected at its cell. Then the whole: the problem example and
 * a workbook full of fixable cells check with fewer findings once the fixes are applied.
 */
import { applyFixes, CellFix, proposeFixesFor, validate, WorkbookSnapshot } from '../../../src/engine';
import { contentToSnapshot } from '../../../tools/synthetic';
import { EXAMPLES_NOW, problemReport, SYNTHETIC_PERSONAL_ID } from '../../../tools/example-reports';
import { NOW, workbook } from '../../helpers/builder';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const fixesOf = (snapshot: WorkbookSnapshot): CellFix[] => proposeFixesFor(snapshot, { now: NOW });
const summary = (fix: CellFix): [string, unknown, unknown, string] => [`${fix.sheet}!${fix.cell}`, fix.oldValue, fix.newValue, fix.kind];

// Deltakere: B Kjønn, C Fødselsår, J Startdato, K Sluttdato, L Fullført, P Status ved programslutt,
// W Kommentar. Programinfo: B2 Organisasjonsnummer, B6 Tilskudd. Mål: C Indikator, D Målverdi, E Måletidspunkt.
const CASES: readonly { name: string; snapshot: WorkbookSnapshot; fixes: ReturnType<typeof summary>[] }[] = [
  { name: 'a clean report has nothing to fix', snapshot: workbook().build(), fixes: [] },
  {
    name: 'a code in another case or with extra spaces → the list spelling',
    snapshot: workbook().withParticipants({ gender: 'kvinne ', statusAtEnd: '  fast   ansatt' }).build(),
    fixes: [['Deltakere!B2', 'kvinne ', 'Kvinne', 'code-case'], ['Deltakere!P2', '  fast   ansatt', 'Fast ansatt', 'code-case']],
  },
  { name: 'a typo with one nearest code', snapshot: workbook().withParticipants({ gender: 'Kvnne' }).build(), fixes: [['Deltakere!B2', 'Kvnne', 'Kvinne', 'code-near']] },
  { name: 'a swap of neighbouring letters', snapshot: workbook().withParticipants({ statusAtEnd: 'Fast ansatt'.replace('ns', 'sn') }).build(), fixes: [['Deltakere!P2', 'Fast asnatt', 'Fast ansatt', 'code-near']] },
  { name: 'missing Norwegian letters', snapshot: workbook().withParticipants({ completed: 'Pagar', endDate: null, statusAtEnd: null, employmentShare: null, relevantJob: null, attributedToProgramme: null, statusFollowUp: null, relevantJobFollowUp: null }).build(), fixes: [['Deltakere!L2', 'Pagar', 'Pågår', 'code-near']] },
  { name: 'an initial that only one code starts with', snapshot: workbook().withParticipants({ gender: 'K' }).build(), fixes: [['Deltakere!B2', 'K', 'Kvinne', 'code-near']] },
  { name: 'no fix when two codes are as near («Landgruppe 3»)', snapshot: workbook().withParticipants({ countryGroup: 'Landgruppe 3' }).build(), fixes: [] },
  { name: 'no fix when several codes start the same way («U»)', snapshot: workbook().withParticipants({ statusAtStart: 'U' }).build(), fixes: [] },
  { name: 'no fix for a word far from every code', snapshot: workbook().withParticipants({ gender: 'Dame' }).build(), fixes: [] },
  { name: 'a short code allows no slip: «Nope» is not «Nei»', snapshot: workbook().withMentors({ trained: 'Nope' }).build(), fixes: [] },
  {
    name: 'numbers written as text → numbers',
    snapshot: workbook().withInfo({ grantAmount: 'kr 1 234 500,50' }).withParticipants({ birthYear: '1988', yearsInNorway: '1 234,5' }).build(),
    fixes: [['Programinfo!B6', 'kr 1 234 500,50', 1234500.5, 'number-text'], ['Deltakere!C2', '1988', 1988, 'number-text'], ['Deltakere!F2', '1 234,5', 1234.5, 'number-text']],
  },
  { name: 'a percent written as text is left (its sign carries the meaning)', snapshot: workbook().withGoals({ target: '50 %' }).build(), fixes: [] },
  { name: 'a number in a text column stays text', snapshot: workbook().withExtraColumn('Deltakere', 'Notat', '1 234').withParticipants({ comment: '1 234,5' }).build(), fixes: [] },
  {
    name: 'dates written as text → dates',
    snapshot: workbook().withParticipants({ startDate: '15.01.2025', endDate: '2025-05-31' }).build(),
    fixes: [['Deltakere!J2', '15.01.2025', d('2025-01-15'), 'date-text'], ['Deltakere!K2', '2025-05-31', d('2025-05-31'), 'date-text']],
  },
  { name: 'text that is no date is not touched', snapshot: workbook().withParticipants({ startDate: 'januar' }).build(), fixes: [] },
  { name: 'an organisation number with spaces', snapshot: workbook().withInfo({ orgNumber: '974 760 673' }).build(), fixes: [['Programinfo!B2', '974 760 673', '974760673', 'orgnr-spaces']] },
  { name: 'an organisation number with dots', snapshot: workbook().withInfo({ orgNumber: '974.760.673' }).build(), fixes: [['Programinfo!B2', '974.760.673', '974760673', 'orgnr-spaces']] },
  { name: 'an organisation number of eight digits is not "fixed"', snapshot: workbook().withInfo({ orgNumber: '974 760 67' }).build(), fixes: [] },
  {
    name: 'a personal ID in a comment is cut out with its label; the rest stays',
    snapshot: workbook().withParticipants({ comment: `Praksisplass i kommunen, fnr ${SYNTHETIC_PERSONAL_ID}.` }).build(),
    fixes: [['Deltakere!W2', `Praksisplass i kommunen, fnr ${SYNTHETIC_PERSONAL_ID}.`, 'Praksisplass i kommunen.', 'personal-id']],
  },
  {
    name: 'a personal ID as a number, anywhere, empties the cell',
    snapshot: workbook().withSheet('Notater', [['Liste'], [Number(SYNTHETIC_PERSONAL_ID)]]).build(),
    fixes: [['Notater!A2', Number(SYNTHETIC_PERSONAL_ID), null, 'personal-id']],
  },
  { name: 'eleven digits that fail the check digits are no ID', snapshot: workbook().withParticipants({ comment: 'Saksnr 01817010056' }).build(), fixes: [] },
  {
    name: 'the goal helper reads indicator, target and time point from the text',
    snapshot: workbook().withGoals({ goalText: 'Minst 60 % av deltakerne skal være i jobb seks måneder etter avsluttet program', indicator: null, target: null, timepoint: null }).build(),
    fixes: [
      ['Mål!C2', null, 'Andel i arbeid 6 måneder etter programslutt', 'goal-part'],
      ['Mål!D2', null, 0.6, 'goal-part'],
      ['Mål!E2', null, '6 måneder etter programslutt', 'goal-part'],
    ],
  },
  {
    name: 'the goal helper fills only the missing part',
    snapshot: workbook().withGoals({ goalText: 'Minst 50 % av deltakerne skal være i arbeid ved programslutt', timepoint: null }).build(),
    fixes: [['Mål!E2', null, 'Ved programslutt', 'goal-part']],
  },
  {
    name: 'the goal helper proposes no indicator for a vague goal',
    snapshot: workbook().withGoals({ goalText: 'Flere deltakere skal få jobb.', indicator: null, target: null, timepoint: null }).build(),
    fixes: [],
  },
  {
    name: 'the goal helper gives nothing when the text names two time points',
    snapshot: workbook().withGoals({ goalText: 'Minst 50 % skal være i arbeid ved programslutt og 6 måneder etter', indicator: null, target: null, timepoint: null }).build(),
    fixes: [],
  },
];

describe('proposeFixes', () => {
  test.each(CASES)('$name', ({ snapshot, fixes }) => {
    expect(fixesOf(snapshot).map(summary)).toEqual(fixes);
  });

  test('a near-miss code and a goal proposal are for review; a spelling fix is not', () => {
    const fixes = fixesOf(workbook().withParticipants({ gender: 'Kvnne', completed: 'ja' }).build());
    expect(fixes.map((f) => [f.kind, f.review, f.rule])).toEqual([['code-near', true, 'value-code'], ['code-case', false, null]]);
  });

  test('descriptions are in both languages and never show a personal ID in full', () => {
    const snapshot = workbook().withParticipants({ comment: `fnr ${SYNTHETIC_PERSONAL_ID} og ${SYNTHETIC_PERSONAL_ID}` }).build();
    const [fix] = fixesOf(snapshot);
    expect(fix.newValue).toBeNull();
    for (const text of Object.values(fix.description)) {
      expect(text).not.toContain(SYNTHETIC_PERSONAL_ID);
      expect(text).toContain('018170*****');
    }
    expect(fix.description.en).toMatch(/^The national ID number/);
  });

  test('one fix per cell: a personal ID in a code cell is the privacy fix, not a code fix', () => {
    const snapshot = workbook().withParticipants({ gender: `K ${SYNTHETIC_PERSONAL_ID}` }).build();
    expect(fixesOf(snapshot).map(summary)).toEqual([['Deltakere!B2', `K ${SYNTHETIC_PERSONAL_ID}`, 'K', 'personal-id']]);
  });
});

describe('applyFixes', () => {
  test('the problem example checks with fewer findings, and only the fixed cells changed', () => {
    const snapshot = contentToSnapshot(problemReport());
    const fixes = proposeFixesFor(snapshot, { now: EXAMPLES_NOW });
    expect(fixes.map((f) => `${f.sheet}!${f.cell} ${f.kind}`).sort()).toEqual(['Deltakere!B6 code-near', 'Deltakere!W10 personal-id']);
    const fixed = applyFixes(snapshot, fixes);
    const before = validate(snapshot, { now: EXAMPLES_NOW }).findings;
    const after = validate(fixed, { now: EXAMPLES_NOW }).findings;
    expect(after.length).toBe(before.length - 2);
    expect(after.map((f) => f.rule)).not.toContain('personal-id-in-sheet');
    for (const [name, grid] of Object.entries(snapshot.sheets)) {
      grid.forEach((line, r) =>
        line?.forEach((value, c) => {
          const changed = fixes.some((f) => f.sheet === name && f.cell === `${String.fromCharCode(65 + c)}${r + 1}`);
          if (!changed) expect(fixed.sheets[name][r]?.[c]).toEqual(value);
        }),
      );
    }
    expect(snapshot.sheets.Deltakere[5]?.[1]).toBe('Kvnne'); // the input is not changed
  });

  test('a workbook of fixable cells checks clean once fixed', () => {
    const snapshot = workbook()
      .withInfo({ orgNumber: '974 760 673', grantAmount: '500 000' })
      .withParticipants({ gender: 'Kvnne', startDate: '15.01.2025', comment: `fnr ${SYNTHETIC_PERSONAL_ID}` }, { gender: 'mann' })
      .withMentors({ sector: 'Privat', menteeCount: 2 })
      .withGoals({ goalText: 'Minst 60 % av deltakerne skal være i jobb seks måneder etter avsluttet program', indicator: null, target: null, timepoint: null })
      .build();
    const before = validate(snapshot, { now: NOW });
    expect(before.findings.map((f) => f.rule).sort()).toEqual(['goal-unclear', 'personal-id-in-sheet', 'value-code']);
    const after = validate(applyFixes(snapshot, fixesOf(snapshot)), { now: NOW });
    expect(after.findings).toEqual([]);
  });
});
