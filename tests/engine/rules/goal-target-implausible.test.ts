import rule from '../../../src/engine/rules/goal-target-implausible';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Mål: first goal in row 2; D = Målverdi.
const count = { indicator: 'Antall i jobb som følge av programmet', goalText: 'Minst 10 i jobb' } as const;
const mean = { indicator: 'Deltakernes egenvurdering (snitt 1–5)', goalText: 'Snitt minst 4' } as const;

ruleTester(rule, {
  valid: [
    {
      name: 'shares as 0.6, 60, «60 %», and the ends 0 and 100 %',
      snapshot: workbook().withGoals({ target: 0.6 }, { target: 60 }, { target: '60 %' }, { target: 0 }, { target: 100 }, { target: '100 %' }, { target: 1 }).build(),
    },
    { name: '1.5 is a percent (1 < v ≤ 100), so 1.5 %', snapshot: workbook().withGoals({ target: 1.5 }).build() },
    { name: 'counts of 0 and more', snapshot: workbook().withGoals({ ...count, target: 0 }, { ...count, target: 250 }).build() },
    { name: 'a mean within 1–5', snapshot: workbook().withGoals({ ...mean, target: 1 }, { ...mean, target: '4,5' }).build() },
    {
      name: '«Annet» is taken as written, whatever the number',
      snapshot: workbook().withGoals({ indicator: 'Annet', goalText: 'Kutte 5 %', target: -5, achieved: -6 }).build(),
    },
    { name: 'no indicator or no number: goal-unclear’s', snapshot: workbook().withGoals({ indicator: null, target: 150 }, { target: 'mye' }).build() },
  ],
  invalid: [
    {
      name: 'a share above 100 %',
      snapshot: workbook().withGoals({ target: 150 }).build(),
      findings: [
        { sheet: 'Mål', cell: 'D2', message: 'Målverdien 150 for en andel er utenfor 0–100 %.', en: 'The target 150 for a share is outside 0–100 %.' },
      ],
    },
    {
      name: 'shares outside 0–100 % in every spelling',
      snapshot: workbook().withGoals({ target: '120 %' }, { target: -0.1 }, { target: 100.5 }, { target: '-20' }).build(),
      findings: [
        { sheet: 'Mål', cell: 'D2', message: 'Målverdien 120 % for en andel' },
        { sheet: 'Mål', cell: 'D3', message: 'Målverdien -0,1 for en andel', en: 'The target -0.1 for a share' },
        { sheet: 'Mål', cell: 'D4' },
        { sheet: 'Mål', cell: 'D5', en: 'The target -20 for a share' },
      ],
      summary: '4/-',
    },
    {
      name: 'a negative count',
      snapshot: workbook().withGoals({}, { ...count, target: -3 }).build(),
      findings: [{ sheet: 'Mål', cell: 'D3', message: 'Målverdien -3 kan ikke være negativ.', en: 'The target -3 cannot be negative.' }],
    },
    {
      name: 'a mean outside the 1–5 scale',
      snapshot: workbook().withGoals({ ...mean, target: 6 }, { ...mean, target: 0 }).build(),
      findings: [
        { sheet: 'Mål', cell: 'D2', message: 'Målverdien 6 for et snitt på skalaen 1–5 er utenfor 1–5.', en: 'The target 6 for a mean on the 1–5 scale' },
        { sheet: 'Mål', cell: 'D3', message: 'Målverdien 0 for et snitt' },
      ],
    },
  ],
});
