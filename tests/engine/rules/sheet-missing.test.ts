import rule from '../../../src/engine/rules/sheet-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

ruleTester(rule, {
  valid: [
    { name: 'all four required sheets present', snapshot: workbook().build() },
    {
      name: 'sheet names in another case and with spaces around them',
      snapshot: workbook()
        .withSheetRenamed('Programinfo', 'PROGRAMINFO')
        .withSheetRenamed('Mål', ' mål ')
        .withSheetRenamed('Deltakere', 'deltakere')
        .withSheetRenamed('Mentorer', 'MENTORER ')
        .build(),
    },
    { name: 'the optional Aktiviteter sheet is absent', snapshot: workbook().withoutSheet('Aktiviteter').build() },
    { name: 'Veiledning is absent (template-version-missing’s, not this rule’s)', snapshot: workbook().withoutSheet('Veiledning').build() },
    {
      name: 'an empty Deltakere sheet is present (participants-missing’s)',
      snapshot: workbook().withSheet('Deltakere', []).build(),
    },
    { name: 'extra sheets of the programme’s own are fine', snapshot: workbook().withSheet('Notater', [['Husk å sende']]).build() },
  ],
  invalid: [
    {
      name: 'Programinfo missing',
      snapshot: workbook().withoutSheet('Programinfo').build(),
      findings: [{ sheet: 'Programinfo', cell: null, message: 'Arket «Programinfo» mangler', en: 'The sheet «Programinfo» is missing' }],
    },
    {
      name: 'Deltakere missing',
      snapshot: workbook().withoutSheet('Deltakere').build(),
      findings: [{ sheet: 'Deltakere', cell: null, message: '«Deltakere» mangler' }],
    },
    {
      name: 'a misspelt sheet name does not count (Deltagere)',
      snapshot: workbook().withSheetRenamed('Deltakere', 'Deltagere').build(),
      findings: [{ sheet: 'Deltakere', cell: null, message: '«Deltakere»' }],
    },
    {
      name: 'every required sheet missing: one finding each, in template order',
      snapshot: workbook().withoutSheet('Mentorer').withoutSheet('Deltakere').withoutSheet('Mål').withoutSheet('Programinfo').build(),
      findings: [
        { sheet: 'Programinfo', cell: null, message: '«Programinfo»' },
        { sheet: 'Mål', cell: null, message: '«Mål»', en: 'The sheet «Mål» is missing' },
        { sheet: 'Deltakere', cell: null, message: '«Deltakere»' },
        { sheet: 'Mentorer', cell: null, message: '«Mentorer»' },
      ],
      summary: '4/-',
    },
  ],
});
