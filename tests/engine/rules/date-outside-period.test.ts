import rule from '../../../src/engine/rules/date-outside-period';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

// The clean programme runs 01.01.2025–31.12.2025. Deltakere: J Startdato.
ruleTester(rule, {
  valid: [
    { name: 'a start inside the period', snapshot: workbook().build() },
    { name: 'a start on the Programslutt day', snapshot: workbook().withParticipants({ startDate: d('2025-12-31'), endDate: null, completed: 'Pågår' }).build() },
    {
      name: 'a start up to exactly 12 calendar months before Programstart (earlier cohort)',
      snapshot: workbook().withParticipants({ startDate: d('2024-01-01') }, { startDate: '15.06.24' }).build(),
    },
    {
      name: 'the 12 months are calendar months, the day clamped (29.02.2024 − 12 months = 28.02.2023)',
      snapshot: workbook().withInfo({ programStart: d('2024-02-29') }).withParticipants({ startDate: d('2023-02-28') }).build(),
    },
    {
      name: 'without programme dates there is no period to compare with',
      snapshot: workbook().withInfo({ programStart: null, programEnd: 'ukjent' }).withParticipants({ startDate: d('2010-01-01') }).build(),
    },
    { name: 'an unreadable Startdato is value-type’s', snapshot: workbook().withParticipants({ startDate: 'i fjor' }).build() },
    { name: 'an empty Startdato is value-required’s', snapshot: workbook().withParticipants({ startDate: null }).build() },
  ],
  invalid: [
    {
      name: 'a start after Programslutt',
      snapshot: workbook().withParticipants({ startDate: d('2026-01-05') }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'J2',
          message: 'Startdato 05.01.2026 er etter programslutt 31.12.2025',
          en: 'Start date 05.01.2026 is after the programme end 31.12.2025',
        },
      ],
      summary: '1/1',
    },
    {
      name: 'a start more than a year before Programstart',
      snapshot: workbook().withParticipants({}, { startDate: d('2023-12-31') }, { startDate: '01.01.2025' }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'J3',
          message: 'Startdato 31.12.2023 er mer enn ett år før programstart 01.01.2025',
          en: 'Start date 31.12.2023 is more than a year before the programme start 01.01.2025',
        },
      ],
      summary: '1/3',
    },
    {
      name: 'with only Programslutt known, a late start is still found',
      snapshot: workbook().withInfo({ programStart: null }).withParticipants({ startDate: '01.02.2026' }, { startDate: d('2015-01-01') }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'J2', message: 'er etter programslutt 31.12.2025' }],
    },
    {
      name: 'with only Programstart known, an early start is still found',
      snapshot: workbook().withInfo({ programEnd: undefined }).withParticipants({ startDate: d('2030-01-01') }, { startDate: d('2020-01-01') }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'J3', message: 'mer enn ett år før programstart 01.01.2025' }],
    },
    {
      name: 'the scope counts participants with a readable Startdato',
      snapshot: workbook()
        .withParticipants({ startDate: d('2026-02-01') }, { startDate: 'i fjor' }, { startDate: null }, { startDate: d('2023-01-01') }, {})
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'J2', message: 'etter programslutt' },
        { sheet: 'Deltakere', cell: 'J5', message: 'før programstart' },
      ],
      summary: '2/3',
    },
  ],
});
