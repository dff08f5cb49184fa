import rule from '../../../src/engine/rules/template-version-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

ruleTester(rule, {
  valid: [
    { name: 'Veiledning!B2 holds 2026.1', snapshot: workbook().build() },
    { name: 'the version as a number', snapshot: workbook().withVersion(2026.1).build() },
    { name: 'another version is still a version (not this rule’s concern)', snapshot: workbook().withVersion('2025.2').build() },
    { name: 'the sheet name in another case', snapshot: workbook().withSheetRenamed('Veiledning', 'VEILEDNING').build() },
  ],
  invalid: [
    {
      name: 'B2 empty',
      snapshot: workbook().withVersion(null).build(),
      findings: [
        {
          sheet: 'Veiledning',
          cell: 'B2',
          message: 'Malversjon mangler i Veiledning!B2; rapporten er kontrollert mot versjon 2026.1',
          en: 'missing from Veiledning!B2; the report was checked against version 2026.1',
        },
      ],
    },
    {
      name: 'B2 only spaces',
      snapshot: workbook().withVersion('   ').build(),
      findings: [{ sheet: 'Veiledning', cell: 'B2', message: 'versjon 2026.1' }],
    },
    {
      name: 'B2 holds an error value',
      snapshot: workbook().withVersion({ error: '#REF!' }).build(),
      findings: [{ sheet: 'Veiledning', cell: 'B2', message: 'Malversjon mangler' }],
    },
    {
      name: 'the sheet is named as written',
      snapshot: workbook().withSheetRenamed('Veiledning', 'veiledning').withVersion(null).build(),
      findings: [{ sheet: 'veiledning', cell: 'B2', message: 'Malversjon mangler' }],
    },
    {
      name: 'no Veiledning sheet: reported at the sheet, cell null',
      snapshot: workbook().withoutSheet('Veiledning').build(),
      findings: [
        {
          sheet: 'Veiledning',
          cell: null,
          message: 'Arket Veiledning mangler, så malversjonen er ukjent; rapporten er kontrollert mot versjon 2026.1',
          en: 'The Veiledning sheet is missing, so the template version is unknown',
        },
      ],
    },
  ],
});
