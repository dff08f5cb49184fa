import rule from '../../../src/engine/rules/orgnr-invalid';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Organisasjonsnummer is Programinfo!B2 as built. MOD11 weights 3,2,7,6,5,4,3,2:
// 974760673: 9·3+7·2+4·7+7·6+6·5+0·4+6·3+7·2 = 173 = 15·11 + 8 → check 11 − 8 = 3 ✓
// 91000002x: 9·3+1·2+2·2 = 33 = 3·11 → remainder 0 → check digit 0
// 91000008x: 9·3+1·2+8·2 = 45 = 4·11 + 1 → remainder 1 → no check digit fits
const withOrgnr = (orgNumber: string | number | null) => workbook().withInfo({ orgNumber }).build();

ruleTester(rule, {
  valid: [
    { name: '974760673', snapshot: withOrgnr('974760673') },
    { name: 'remainder 0 → check digit 0 (910000020)', snapshot: withOrgnr('910000020') },
    { name: 'as a number cell', snapshot: withOrgnr(974760673) },
    { name: 'with spaces (974 760 673)', snapshot: withOrgnr('974 760 673') },
    { name: 'with non-breaking spaces, as Excel formats it', snapshot: withOrgnr('974\u00a0760\u00a0673') },
    { name: 'with dots between the groups (974.760.673)', snapshot: withOrgnr('974.760.673') },
    { name: 'empty is value-required’s', snapshot: withOrgnr(null) },
    { name: 'label absent is value-required’s', snapshot: workbook().withInfo({ orgNumber: undefined }).build() },
    { name: 'an error value is formula-error’s', snapshot: workbook().withInfo({ orgNumber: { error: '#REF!' } }).build() },
  ],
  invalid: [
    {
      name: 'wrong check digit',
      snapshot: withOrgnr('974760674'),
      findings: [
        {
          sheet: 'Programinfo',
          cell: 'B2',
          message: 'Organisasjonsnummeret «974760674» har feil kontrollsiffer',
          en: 'The organisation number «974760674» has a wrong check digit',
        },
      ],
    },
    {
      name: 'remainder 0 but check digit 1',
      snapshot: withOrgnr('910000021'),
      findings: [{ sheet: 'Programinfo', cell: 'B2', message: 'har feil kontrollsiffer' }],
    },
    {
      name: 'remainder 1: invalid whatever the last digit (0)',
      snapshot: withOrgnr('910000080'),
      findings: [{ sheet: 'Programinfo', cell: 'B2', message: '«910000080» har feil kontrollsiffer' }],
    },
    {
      name: 'remainder 1: invalid whatever the last digit (1)',
      snapshot: withOrgnr(910000081),
      findings: [{ sheet: 'Programinfo', cell: 'B2', message: '«910000081» har feil kontrollsiffer' }],
    },
    {
      name: 'eight digits',
      snapshot: withOrgnr('97476067'),
      findings: [
        { sheet: 'Programinfo', cell: 'B2', message: 'Organisasjonsnummeret «97476067» er ikke ni siffer', en: '«97476067» is not nine digits' },
      ],
    },
    { name: 'ten digits', snapshot: withOrgnr('9747606730'), findings: [{ sheet: 'Programinfo', cell: 'B2', message: 'er ikke ni siffer' }] },
    { name: 'letters (a VAT number)', snapshot: withOrgnr('NO974760673MVA'), findings: [{ sheet: 'Programinfo', cell: 'B2', message: 'er ikke ni siffer' }] },
    { name: 'words', snapshot: withOrgnr('kommer'), findings: [{ sheet: 'Programinfo', cell: 'B2', message: '«kommer» er ikke ni siffer' }] },
    {
      name: 'the value cell of the label wherever it stands',
      snapshot: workbook()
        .withSheet('Programinfo', [['Programinfo 2025'], [], ['organisasjonsnummer', '123456789']])
        .build(),
      findings: [{ sheet: 'Programinfo', cell: 'B3', message: '«123456789» har feil kontrollsiffer' }],
    },
  ],
});
