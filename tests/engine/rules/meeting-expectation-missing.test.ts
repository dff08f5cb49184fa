import rule from '../../../src/engine/rules/meeting-expectation-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Programinfo: one row per label in template order, so «Forventet antall mentormøter per par»
// (the 11th field) has its value in B11.
ruleTester(rule, {
  valid: [
    { name: 'an Excel error is formula-error’s, not a missing expectation', snapshot: workbook().withInfo({ minMeetings: { error: '#NAME?' } }).build() },
    { name: 'a mentor programme with an expectation', snapshot: workbook().build() },
    {
      name: 'a trainee programme needs none',
      snapshot: workbook().withInfo({ programType: 'Traineeprogram', minMeetings: undefined }).build(),
    },
    {
      name: 'an unreadable or out-of-range expectation is value-type’s / value-range’s',
      snapshot: workbook().withInfo({ minMeetings: 'ofte' }).build(),
    },
    { name: 'no Programinfo sheet: sheet-missing reports it', snapshot: workbook().withoutSheet('Programinfo').build() },
  ],
  invalid: [
    {
      name: 'a mentor programme with the value cell empty',
      snapshot: workbook().withInfo({ minMeetings: null }).build(),
      findings: [
        {
          sheet: 'Programinfo',
          cell: 'B11',
          message: 'Programtypen er «Mentorprogram», men «Forventet antall mentormøter per par» er tom',
          en: 'The programme type is «Mentorprogram», but «Forventet antall mentormøter per par» is empty',
        },
      ],
    },
    {
      name: 'the row is absent: reported at the sheet',
      snapshot: workbook().withInfo({ programType: 'Mentor- og traineeprogram', minMeetings: undefined }).build(),
      findings: [{ sheet: 'Programinfo', cell: null, message: '«Mentor- og traineeprogram»', en: '«Mentor- og traineeprogram»' }],
      summary: '1/-',
    },
  ],
});
