import rule from '../../../src/engine/rules/goals-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

ruleTester(rule, {
  valid: [
    { name: 'one goal', snapshot: workbook().build() },
    { name: 'an unclear goal is still a goal (goal-unclear’s)', snapshot: workbook().withGoals({ indicator: null, target: null, timepoint: null }).build() },
    { name: 'a goal with only its text', snapshot: workbook().withGoals({ goalId: null, indicator: null, target: null, timepoint: null }).build() },
    { name: 'goals below a title row', snapshot: workbook().withTitleRows('Mål', ['Programmets mål for 2025']).build() },
    { name: 'no Mål sheet is sheet-missing’s', snapshot: workbook().withoutSheet('Mål').build() },
  ],
  invalid: [
    {
      name: 'only the header row',
      snapshot: workbook().withGoals().build(),
      findings: [{ sheet: 'Mål', cell: null, message: 'Arket Mål har ingen mål', en: 'The Mål sheet has no goals' }],
      summary: '1/-',
    },
    {
      name: 'rows with only spaces',
      snapshot: workbook()
        .withSheet('Mål', [['MålID', 'Mål', 'Indikator', 'Målverdi', 'Måletidspunkt', 'Oppnådd', 'Kommentar'], [' ', '', null, null, '  ', null, null]])
        .build(),
      findings: [{ sheet: 'Mål', cell: null, message: 'ingen mål' }],
    },
    {
      name: 'notes only in a column outside the template; the sheet named as written',
      snapshot: workbook()
        .withSheetRenamed('Mål', 'MÅL')
        .withSheet('MÅL', [['MålID', 'Mål', 'Notat'], [null, null, 'mål kommer']])
        .build(),
      findings: [{ sheet: 'MÅL', cell: null, message: 'Arket Mål har ingen mål' }],
    },
  ],
});
