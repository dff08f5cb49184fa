import rule from '../../../src/engine/rules/date-order';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

// Deltakere: J Startdato, K Sluttdato. Programinfo: B7 Programstart, B8 Programslutt.
ruleTester(rule, {
  valid: [
    { name: 'a clean report', snapshot: workbook().build() },
    { name: 'Sluttdato on the Startdato day', snapshot: workbook().withParticipants({ startDate: d('2025-03-01'), endDate: d('2025-03-01') }).build() },
    { name: 'Programslutt on the Programstart day', snapshot: workbook().withInfo({ programStart: d('2025-06-01'), programEnd: d('2025-06-01') }).build() },
    {
      name: 'no Sluttdato yet (Pågår)',
      snapshot: workbook().withParticipants({ completed: 'Pågår', endDate: null, statusAtEnd: null, statusFollowUp: null }).build(),
    },
    {
      name: 'an unreadable date is value-type’s, not compared',
      snapshot: workbook().withParticipants({ startDate: 'snart', endDate: d('2024-01-01') }).withInfo({ programEnd: 'desember' }).build(),
    },
    {
      name: 'dates as text and serials in any accepted form compare as dates',
      snapshot: workbook().withParticipants({ startDate: '15.01.25', endDate: '2025-01-16' }, { startDate: 45672, endDate: '31.12.2025' }).build(),
    },
    { name: 'no Startdato column', snapshot: workbook().withoutColumn('Deltakere', 'startDate').build() },
  ],
  invalid: [
    {
      name: 'Sluttdato before Startdato: reported at Sluttdato',
      snapshot: workbook().withParticipants({ startDate: d('2025-01-15'), endDate: d('2025-01-14') }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'K2',
          message: '«Sluttdato» 14.01.2025 er før «Startdato» 15.01.2025',
          en: '«Sluttdato» 14.01.2025 is before «Startdato» 15.01.2025',
        },
      ],
      summary: '1/-',
    },
    {
      name: 'written as text (31.12.24 before 2025-01-15)',
      snapshot: workbook().withParticipants({}, { startDate: '2025-01-15', endDate: '31.12.24' }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'K3', message: '«Sluttdato» 31.12.2024 er før «Startdato» 15.01.2025' }],
    },
    {
      name: 'Programslutt before Programstart: reported at Programslutt’s value cell',
      snapshot: workbook().withInfo({ programStart: d('2025-12-31'), programEnd: d('2025-01-01') }).build(),
      findings: [{ sheet: 'Programinfo', cell: 'B8', message: '«Programslutt» 01.01.2025 er før «Programstart» 31.12.2025' }],
    },
    {
      name: 'both, Programinfo first; every participant row',
      snapshot: workbook()
        .withInfo({ programStart: '01.07.2025', programEnd: '30.06.2025' })
        .withParticipants({ startDate: d('2025-08-01'), endDate: d('2025-07-31') }, {}, { startDate: d('2025-09-01'), endDate: d('2025-02-01') })
        .build(),
      findings: [
        { sheet: 'Programinfo', cell: 'B8', message: '«Programslutt» 30.06.2025' },
        { sheet: 'Deltakere', cell: 'K2', message: '31.07.2025' },
        { sheet: 'Deltakere', cell: 'K4', message: '01.02.2025' },
      ],
      summary: '3/-',
    },
  ],
});
