import rule from '../../../src/engine/rules/status-at-end-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: D1 in row 2; Status ved programslutt is column P.
ruleTester(rule, {
  valid: [
    { name: 'a completed participant with a status', snapshot: workbook().build() },
    {
      name: '«Ukjent» is a status (the honest answer), not a gap',
      snapshot: workbook().withParticipants({ statusAtEnd: 'Ukjent', employmentShare: null, relevantJob: null, attributedToProgramme: null }).build(),
    },
    {
      name: 'an ongoing participant has no status at the end yet',
      snapshot: workbook().withParticipants({ completed: 'Pågår', endDate: null, statusAtEnd: null }).build(),
    },
    {
      name: 'an invalid status code is value-code’s, not empty',
      snapshot: workbook().withParticipants({ statusAtEnd: 'Jobber litt' }).build(),
    },
    { name: 'no status column: column-missing reports it', snapshot: workbook().withoutColumn('Deltakere', 'statusAtEnd').build() },
  ],
  invalid: [
    {
      name: 'completed without a status',
      snapshot: workbook().withParticipants({ statusAtEnd: null }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'P2',
          message: 'Fullført er «Ja», men Status ved programslutt er tom',
          en: 'Fullført is «Ja», but Status ved programslutt is empty',
        },
      ],
      summary: '1/1',
    },
    {
      name: 'one of three leavers lacks a status; blanks count as empty, an error is formula-error’s',
      snapshot: workbook()
        .withParticipants({}, { completed: 'Nei', statusAtEnd: '  ' }, { completed: 'Pågår', endDate: null, statusAtEnd: null }, { statusAtEnd: { error: '#N/A' } })
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'P3', message: '«Nei»', en: '«Nei»' },
      ],
      summary: '1/3',
    },
  ],
});
