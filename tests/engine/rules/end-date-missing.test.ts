import rule from '../../../src/engine/rules/end-date-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: header in row 1, D1 in row 2; Sluttdato is column K.
ruleTester(rule, {
  valid: [
    { name: 'a Sluttdato holding an Excel error is formula-error’s, not missing', snapshot: workbook().withParticipants({ endDate: { error: '#REF!' } }).build() },
    { name: 'a completed participant with a Sluttdato', snapshot: workbook().build() },
    {
      name: 'an ongoing participant (Pågår) without Sluttdato',
      snapshot: workbook().withParticipants({ completed: 'Pågår', endDate: null, statusAtEnd: null, statusFollowUp: null }).build(),
    },
    {
      name: 'Sluttdato written as text is a date',
      snapshot: workbook().withParticipants({ endDate: '31.05.2025' }).build(),
    },
    {
      name: 'an unreadable Sluttdato is value-type’s, not empty',
      snapshot: workbook().withParticipants({ endDate: 'snart' }).build(),
    },
    {
      name: 'no Sluttdato column: column-missing reports it, not every row',
      snapshot: workbook().withoutColumn('Deltakere', 'endDate').build(),
    },
    {
      name: 'Fullført empty or invalid: not known to have left',
      snapshot: workbook().withParticipants({ completed: null, endDate: null }, { completed: 'Kanskje', endDate: null }).build(),
    },
  ],
  invalid: [
    {
      name: 'completed (Ja) without Sluttdato',
      snapshot: workbook().withParticipants({ endDate: null }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'K2', message: 'Fullført er «Ja», men Sluttdato er tom', en: 'Fullført is «Ja», but Sluttdato is empty' }],
      summary: '1/1',
    },
    {
      name: 'dropped out (Nei) without Sluttdato; ongoing rows are out of scope',
      snapshot: workbook()
        .withParticipants({}, { completed: 'Nei', endDate: null }, { completed: 'Pågår', endDate: null }, { completed: 'nei ', endDate: '' })
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'K3', message: '«Nei»' },
        { sheet: 'Deltakere', cell: 'K5', message: '«Nei»', en: '«Nei»' },
      ],
      summary: '2/3',
    },
  ],
});
