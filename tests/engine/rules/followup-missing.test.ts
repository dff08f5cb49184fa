import rule from '../../../src/engine/rules/followup-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
// Reporting year 2025 in the builder: reference date 31.12.2025, follow-up 6 months.
// Deltakere: D1 in row 2; K = Sluttdato, L = Fullført, U = Status 6 mnd etter.
const notFollowedUp = { statusFollowUp: null, relevantJobFollowUp: null } as const;

ruleTester(rule, {
  valid: [
    { name: 'due (31.05 + 6 = 30.11) and followed up', snapshot: workbook().build() },
    {
      name: '«Ikke fulgt opp» is an answer',
      snapshot: workbook().withParticipants({ statusFollowUp: 'Ikke fulgt opp', relevantJobFollowUp: null }).build(),
    },
    {
      name: 'not yet due: 01.07.2025 + 6 months = 01.01.2026, after 31.12.2025',
      snapshot: workbook().withParticipants({ endDate: d('2025-07-01'), ...notFollowedUp }).build(),
    },
    {
      name: 'not yet due: 31.08.2025 + 6 months = 28.02.2026',
      snapshot: workbook().withParticipants({ endDate: d('2025-08-31'), ...notFollowedUp }).build(),
    },
    {
      name: 'longer follow-up (12 months): 31.05.2025 + 12 is not due',
      snapshot: workbook().withInfo({ followUpMonths: 12 }).withParticipants({ ...notFollowedUp }).build(),
    },
    {
      name: 'no Sluttdato: the due date is unknown (end-date-missing says so)',
      snapshot: workbook().withParticipants({ endDate: null, ...notFollowedUp }).build(),
    },
    {
      name: 'an ongoing participant is not due for follow-up, even with a Sluttdato',
      snapshot: workbook().withParticipants({ completed: 'Pågår', ...notFollowedUp }).build(),
    },
    { name: 'no status column: column-missing reports it', snapshot: workbook().withoutColumn('Deltakere', 'statusFollowUp').build() },
  ],
  invalid: [
    {
      name: 'due and not followed up',
      snapshot: workbook().withParticipants({ ...notFollowedUp }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'U2',
          message: 'Oppfølging forfalt 30.11.2025 (Sluttdato 31.05.2025 + 6 mnd), men «Status 6 mnd etter» er tom',
          en: 'Follow-up was due 30.11.2025 (Sluttdato 31.05.2025 + 6 months), but «Status 6 mnd etter» is empty',
        },
      ],
      summary: '1/1',
    },
    {
      name: 'due exactly on the reference date: 31.08.2025 + 4 months = 31.12.2025 (on or before counts)',
      snapshot: workbook()
        .withInfo({ followUpMonths: 4 })
        .withParticipants({ endDate: d('2025-08-31'), ...notFollowedUp }, { endDate: d('2025-09-01'), ...notFollowedUp })
        .build(),
      findings: [{ sheet: 'Deltakere', cell: 'U2', message: 'Oppfølging forfalt 31.12.2025 (Sluttdato 31.08.2025 + 4 mnd)' }],
      summary: '1/1',
    },
    {
      name: 'day clamped to the month’s end: 31.08 + 6 = 28.02 (29.02 in a leap year)',
      snapshot: workbook()
        .withParticipants(
          { startDate: d('2024-01-15'), endDate: d('2024-08-31'), ...notFollowedUp },
          { startDate: d('2023-01-15'), endDate: d('2023-08-31'), ...notFollowedUp },
        )
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'U2', message: 'forfalt 28.02.2025', en: 'due 28.02.2025' },
        { sheet: 'Deltakere', cell: 'U3', message: 'forfalt 29.02.2024' },
      ],
      summary: '2/2',
    },
    {
      name: 'default 6 months when the Programinfo row is absent',
      snapshot: workbook().withInfo({ followUpMonths: undefined }).withParticipants({ endDate: d('2025-06-30'), ...notFollowedUp }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'U2', message: '(Sluttdato 30.06.2025 + 6 mnd)' }],
      summary: '1/1',
    },
    {
      name: 'default 6 months when the value is empty or out of range (value-range reports 30)',
      snapshot: workbook()
        .withInfo({ followUpMonths: 30 })
        .withParticipants({ endDate: d('2025-06-30'), ...notFollowedUp }, { endDate: d('2025-07-01'), ...notFollowedUp })
        .build(),
      findings: [{ sheet: 'Deltakere', cell: 'U2', message: '+ 6 mnd', en: '+ 6 months' }],
      summary: '1/1',
    },
    {
      name: 'a longer follow-up moves the due date: 12 months from 31.12.2024',
      snapshot: workbook()
        .withInfo({ followUpMonths: '12' })
        .withParticipants({ startDate: d('2024-02-01'), endDate: d('2024-12-31'), ...notFollowedUp })
        .build(),
      findings: [{ sheet: 'Deltakere', cell: 'U2', message: 'forfalt 31.12.2025 (Sluttdato 31.12.2024 + 12 mnd)' }],
      summary: '1/1',
    },
    {
      name: 'the scope is the leavers due for follow-up (dropped-out included); an error is formula-error’s, not missing',
      snapshot: workbook()
        .withParticipants(
          {},
          { completed: 'Nei', statusFollowUp: { error: '#N/A' } },
          { completed: 'Pågår', ...notFollowedUp },
          { endDate: d('2025-10-01'), ...notFollowedUp },
          { endDate: '15.03.2025', ...notFollowedUp },
        )
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'U6', message: 'forfalt 15.09.2025 (Sluttdato 15.03.2025' },
      ],
      summary: '1/3',
    },
  ],
});
