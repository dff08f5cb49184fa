import rule from '../../../src/engine/rules/goal-unclear';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
// Mål: header in row 1, first goal in row 2; B = Mål (where goal findings point).
const other = { indicator: 'Annet', goalText: 'Minst 20 fellessamlinger i løpet av året', target: 20, achieved: 22 } as const;

ruleTester(rule, {
  valid: [
    { name: 'indicator, target and time point', snapshot: workbook().build() },
    {
      name: 'targets written as 60, «60 %» or «0,6» are numbers; a date is a time point',
      snapshot: workbook()
        .withGoals({ target: 60 }, { target: '60 %' }, { target: '0,6', timepoint: d('2025-12-31') })
        .build(),
    },
    { name: '«Annet» with a number in the goal text', snapshot: workbook().withGoals({ ...other }).build() },
    { name: 'a target of 0 is a number', snapshot: workbook().withGoals({ target: 0 }).build() },
  ],
  invalid: [
    {
      name: 'no indicator',
      snapshot: workbook().withGoals({ indicator: null }).build(),
      findings: [{ sheet: 'Mål', cell: 'B2', message: 'Målet «M1» er uklart: mangler indikator.', en: 'The goal «M1» is unclear: it lacks an indicator.' }],
      summary: '1/1',
    },
    {
      name: 'the message names every missing part',
      snapshot: workbook().withGoals({}, { goalText: 'Flere i jobb', indicator: null, target: null, timepoint: null }).build(),
      findings: [
        {
          sheet: 'Mål',
          cell: 'B3',
          message: 'Målet «M2» er uklart: mangler indikator, tallfestet målverdi og måletidspunkt.',
          en: 'The goal «M2» is unclear: it lacks an indicator, a numeric target and a time point.',
        },
      ],
      summary: '1/2',
    },
    {
      name: 'a target that is not a number («høy», an Excel error) is missing; two parts joined with «og»',
      snapshot: workbook()
        .withGoals({ target: 'høy', timepoint: null }, { target: { error: '#DIV/0!' } })
        .build(),
      findings: [
        { sheet: 'Mål', cell: 'B2', message: 'mangler tallfestet målverdi og måletidspunkt.', en: 'lacks a numeric target and a time point.' },
        { sheet: 'Mål', cell: 'B3', message: 'mangler tallfestet målverdi.' },
      ],
      summary: '2/2',
    },
    {
      name: '«Annet» whose text holds no number',
      snapshot: workbook().withGoals({ ...other, goalText: 'Flere fellessamlinger enn i fjor' }).build(),
      findings: [{ sheet: 'Mål', cell: 'B2', message: 'mangler et tall i målteksten.', en: 'it lacks a number in the goal text.' }],
      summary: '1/1',
    },
    {
      name: '«Annet» with neither a number in the text nor a target',
      snapshot: workbook().withGoals({ ...other, goalText: 'Godt samarbeid', target: null }).build(),
      findings: [{ sheet: 'Mål', cell: 'B2', message: 'mangler tallfestet målverdi og et tall i målteksten.' }],
      summary: '1/1',
    },
    {
      name: 'an unreadable indicator code counts as no indicator; without a MålID the cell names the goal',
      snapshot: workbook().withGoals({ goalId: null, indicator: 'Flest mulig i jobb' }).build(),
      findings: [{ sheet: 'Mål', cell: 'B2', message: 'Målet «Mål!B2» er uklart: mangler indikator.', en: 'The goal «Mål!B2» is unclear' }],
      summary: '1/1',
    },
  ],
});
