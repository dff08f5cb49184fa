import rule from '../../../src/engine/rules/goal-achieved-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Mål: first goal in row 2; F = Oppnådd.
const other = { indicator: 'Annet', goalText: 'Minst 20 fellessamlinger', target: 20 } as const;

ruleTester(rule, {
  valid: [
    { name: '«Annet» with Oppnådd', snapshot: workbook().withGoals({ ...other, achieved: 22 }).build() },
    { name: 'Oppnådd 0 is an answer', snapshot: workbook().withGoals({ ...other, achieved: 0 }).build() },
    { name: 'standard indicators are computed: Oppnådd may be empty', snapshot: workbook().withGoals({ achieved: null }).build() },
    { name: 'an unreadable Oppnådd is value-type’s', snapshot: workbook().withGoals({ ...other, achieved: 'mange' }).build() },
    { name: 'no Oppnådd column: column-missing reports it', snapshot: workbook().withGoals({ ...other }).withoutColumn('Mål', 'achieved').build() },
  ],
  invalid: [
    {
      name: '«Annet» without Oppnådd',
      snapshot: workbook().withGoals({}, { ...other, achieved: null }).build(),
      findings: [
        {
          sheet: 'Mål',
          cell: 'F3',
          message: 'Målet «M2» har indikator «Annet», men Oppnådd er tom.',
          en: 'The goal «M2» has indicator «Annet», but Oppnådd is empty.',
        },
      ],
    },
    {
      name: 'code matched loosely; an Excel error is formula-error’s, not missing; no MålID names the cell',
      snapshot: workbook().withGoals({ ...other, indicator: ' annet', achieved: { error: '#N/A' } }, { ...other, goalId: null, achieved: '' }).build(),
      findings: [
        { sheet: 'Mål', cell: 'F3', message: 'Målet «Mål!B3» har indikator', en: 'The goal «Mål!B3»' },
      ],
      summary: '1/-',
    },
  ],
});
