import rule from '../../../src/engine/rules/value-required';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Programinfo (as built): label in A, value in B, rows in template order (Organisasjon B1 …
// E-post B10). Deltakere: A DeltakerID, B Kjønn, C Fødselsår, D Innvandrerkategori,
// G Utdanningsnivå, I Status ved oppstart, J Startdato, L Fullført. Mål: A MålID, B Mål.
// Mentorer: A MentorID … E Antall mentees. Data rows start in row 2.
ruleTester(rule, {
  valid: [
    { name: 'a Programinfo value holding #DIV/0! is formula-error’s, not empty', snapshot: workbook().withInfo({ grantAmount: { error: '#DIV/0!' } }).build() },
    { name: 'an Excel error is formula-error’s alone, not also an empty cell', snapshot: workbook().withParticipants({ startDate: { error: '#REF!' } }).build() },
    { name: 'a clean report', snapshot: workbook().build() },
    {
      name: 'optional cells empty (Landgruppe, Botid, Utdanning fra, Fellessamlinger, Egenvurdering, Kommentar)',
      snapshot: workbook()
        .withParticipants({ countryGroup: null, yearsInNorway: null, educationOrigin: '', gatheringsAttended: null, selfAssessment: null, comment: null })
        .withGoals({ comment: null })
        .build(),
    },
    {
      name: 'optional Programinfo rows absent (Forventet antall mentormøter, Oppfølging)',
      snapshot: workbook().withInfo({ minMeetings: undefined, followUpMonths: undefined }).build(),
    },
    {
      name: 'conditionally required cells empty are other rules’ (Sluttdato, MentorID, Oppnådd, Indikator)',
      snapshot: workbook()
        .withParticipants({ endDate: null, mentorId: null, meetings: null, statusAtEnd: null, employmentShare: null })
        .withGoals({ indicator: null, target: null, timepoint: null, achieved: null })
        .build(),
    },
    { name: 'a value that is wrong but present (value-code’s)', snapshot: workbook().withParticipants({ gender: 'Dame' }).build() },
    { name: 'a missing column is column-missing’s', snapshot: workbook().withoutColumn('Deltakere', 'gender').build() },
    { name: 'a missing Programinfo sheet is sheet-missing’s', snapshot: workbook().withoutSheet('Programinfo').build() },
    { name: 'zero is a value', snapshot: workbook().withMentors({ menteeCount: 0 }).withParticipants({ mentorId: null }).build() },
  ],
  invalid: [
    {
      name: 'Kjønn empty',
      snapshot: workbook().withParticipants({ gender: null }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'B2', message: '«Kjønn» er påkrevd, men cellen er tom', en: '«Kjønn» is required, but the cell is empty' }],
      summary: '1/-',
    },
    {
      name: 'a cell of only spaces is empty',
      snapshot: workbook().withParticipants({}, { participantId: '   ' }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'A3', message: '«DeltakerID»' }],
    },
    {
      name: 'several empty cells in one row, in column order; the row counts once',
      snapshot: workbook().withParticipants({ birthYear: null, educationLevel: null, completed: null }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'C2', message: '«Fødselsår»' },
        { sheet: 'Deltakere', cell: 'G2', message: '«Utdanningsnivå»' },
        { sheet: 'Deltakere', cell: 'L2', message: '«Fullført»' },
      ],
      summary: '1/-',
    },
    {
      name: 'Mål, Mentorer and Aktiviteter required cells',
      snapshot: workbook()
        .withGoals({ goalText: null })
        .withMentors({ menteeCount: null })
        .withActivities({ date: null })
        .build(),
      findings: [
        { sheet: 'Mål', cell: 'B2', message: '«Mål» er påkrevd' },
        { sheet: 'Mentorer', cell: 'E2', message: '«Antall mentees»' },
        { sheet: 'Aktiviteter', cell: 'A2', message: '«Dato»' },
      ],
    },
    {
      name: 'a Programinfo value empty: reported at its value cell in column B',
      snapshot: workbook().withInfo({ orgName: null, contactEmail: '  ' }).build(),
      findings: [
        { sheet: 'Programinfo', cell: 'B1', message: '«Organisasjon» er påkrevd' },
        { sheet: 'Programinfo', cell: 'B10', message: '«E-post» er påkrevd' },
      ],
    },
    {
      name: 'a required Programinfo label absent: Programinfo, cell null',
      snapshot: workbook().withInfo({ reportingYear: undefined }).build(),
      findings: [
        {
          sheet: 'Programinfo',
          cell: null,
          message: 'Raden «Rapporteringsår» mangler i arket Programinfo',
          en: 'The row «Rapporteringsår» is missing from the Programinfo sheet',
        },
      ],
    },
    {
      name: 'labels found below a title row and in another case; the sheet named as written',
      snapshot: workbook()
        .withSheet('programinfo', [
          ['Programinformasjon'],
          ['ORGANISASJON', 'Eksempel AS'],
          ['organisasjonsnummer', '974760673'],
          ['Programnavn', ''],
          ['Programtype', 'Mentorprogram'],
          ['Rapporteringsår', 2025],
          ['Tilskudd fra IMDi (kr)', 1000],
          ['Programstart', '01.01.2025'],
          ['Programslutt', '31.12.2025'],
          ['Kontaktperson', 'Kari'],
        ])
        .withoutSheet('Programinfo')
        .build(),
      // In the Report's one order (engine/order.ts): the whole-sheet finding before the cell.
      findings: [
        { sheet: 'programinfo', cell: null, message: 'Raden «E-post» mangler' },
        { sheet: 'programinfo', cell: 'B4', message: '«Programnavn»' },
      ],
      summary: '2/-',
    },
  ],
});
