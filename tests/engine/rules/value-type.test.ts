import rule from '../../../src/engine/rules/value-type';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

// Deltakere: C Fødselsår, F Botid, J Startdato, K Sluttdato, N Antall mentormøter,
// Q Stillingsprosent, T Egenvurdering. Programinfo: B5 Rapporteringsår, B6 Tilskudd,
// B7 Programstart, B8 Programslutt. Mål: D Målverdi, F Oppnådd. Mentorer: E Antall mentees.
ruleTester(rule, {
  valid: [
    { name: 'a clean report', snapshot: workbook().build() },
    {
      name: 'Norwegian number text: 1 234,5, 1234.5, 60 %, kr 500.000,-',
      snapshot: workbook()
        .withInfo({ grantAmount: 'kr 500.000,-', reportingYear: '2025' })
        .withParticipants({ yearsInNorway: '6,5', employmentShare: '60 %', birthYear: ' 1988 ', meetings: '8' })
        .withGoals({ target: '60 %', achieved: '0,5' })
        .build(),
    },
    {
      name: 'date text 31.12.2025, 31.12.25, 2025-12-31 and Excel serials',
      snapshot: workbook()
        .withInfo({ programStart: '01.01.2025', programEnd: '2025-12-31' })
        .withParticipants({ startDate: '15.01.25', endDate: 45808 }, { startDate: '2025-01-15', endDate: '31/05/2025' })
        .build(),
    },
    { name: 'whole numbers written 8,0 are whole', snapshot: workbook().withParticipants({ meetings: '8,0' }).build() },
    {
      name: 'empty cells are value-required’s',
      snapshot: workbook().withParticipants({ yearsInNorway: null, selfAssessment: '' }).build(),
    },
    {
      name: 'an Excel error is formula-error’s',
      snapshot: workbook().withParticipants({ birthYear: { error: '#VALUE!' } }).withInfo({ programStart: { error: '#REF!' } }).build(),
    },
    {
      name: 'text columns take anything (DeltakerID as a number, Kommentar as a date)',
      snapshot: workbook().withParticipants({ participantId: 17, comment: d('2025-03-01') }).build(),
    },
    {
      name: 'Måletidspunkt may be text or a date',
      snapshot: workbook().withGoals({ timepoint: d('2025-12-31') }, { timepoint: '6 måneder etter programslutt' }).build(),
    },
    { name: 'a wrong code is value-code’s', snapshot: workbook().withParticipants({ gender: 'Dame' }).build() },
  ],
  invalid: [
    {
      name: 'Fødselsår with decimals',
      snapshot: workbook().withParticipants({ birthYear: '1988,5' }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'C2', message: '«1988,5» i «Fødselsår» er ikke et helt tall', en: '«1988,5» in «Fødselsår» is not a whole number' },
      ],
    },
    {
      name: 'a number column holding words',
      snapshot: workbook().withParticipants({ yearsInNorway: 'lenge', employmentShare: 'full' }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'F2', message: '«lenge» i «Botid (år)» er ikke et tall', en: 'is not a number' },
        { sheet: 'Deltakere', cell: 'Q2', message: '«full» i «Stillingsprosent» er ikke et tall' },
      ],
      summary: '1/-',
    },
    {
      name: 'dates that are not dates (words, 29.02 in a common year, day-month-year with dashes)',
      snapshot: workbook()
        .withParticipants({ startDate: 'snart' }, { endDate: '29.02.2025' }, { startDate: '15-01-2025' })
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'J2', message: '«snart» i «Startdato» er ikke en dato (skriv f.eks. 31.12.2025)', en: 'is not a date (write e.g. 31.12.2025)' },
        { sheet: 'Deltakere', cell: 'K3', message: '«29.02.2025» i «Sluttdato» er ikke en dato' },
        { sheet: 'Deltakere', cell: 'J4', message: '«15-01-2025»' },
      ],
      summary: '3/-',
    },
    {
      name: 'a real date where a number is expected (Excel turned 1.5 into a date)',
      snapshot: workbook().withParticipants({ meetings: d('2025-05-01') }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'N2', message: '«01.05.2025» i «Antall mentormøter» er ikke et helt tall' }],
    },
    {
      name: 'TRUE in a number column',
      snapshot: workbook().withParticipants({ selfAssessment: true }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'T2', message: '«Egenvurdering (1–5)»' }],
    },
    {
      name: 'Programinfo values: reported at the value cell in column B',
      snapshot: workbook().withInfo({ reportingYear: 'i fjor', grantAmount: 'ca. 500 000', programStart: 'januar', programEnd: '31.12' }).build(),
      findings: [
        { sheet: 'Programinfo', cell: 'B5', message: '«i fjor» i «Rapporteringsår» er ikke et helt tall' },
        { sheet: 'Programinfo', cell: 'B6', message: '«ca. 500 000» i «Tilskudd fra IMDi (kr)» er ikke et tall' },
        { sheet: 'Programinfo', cell: 'B7', message: '«januar» i «Programstart» er ikke en dato' },
        { sheet: 'Programinfo', cell: 'B8', message: '«31.12» i «Programslutt»' },
      ],
    },
    {
      name: 'goal values, mentee counts and activity dates',
      snapshot: workbook()
        .withGoals({ target: 'høy', achieved: 'ja' })
        .withMentors({ menteeCount: '1,5' })
        .withActivities({ date: 'vår 2025', attendees: 'mange' })
        .build(),
      findings: [
        { sheet: 'Mål', cell: 'D2', message: '«høy» i «Målverdi» er ikke et tall' },
        { sheet: 'Mål', cell: 'F2', message: '«ja» i «Oppnådd»' },
        { sheet: 'Mentorer', cell: 'E2', message: '«1,5» i «Antall mentees» er ikke et helt tall' },
        { sheet: 'Aktiviteter', cell: 'A2', message: '«vår 2025» i «Dato» er ikke en dato' },
        { sheet: 'Aktiviteter', cell: 'C2', message: '«mange» i «Antall deltakere»' },
      ],
    },
  ],
});
