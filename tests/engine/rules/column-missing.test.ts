import rule from '../../../src/engine/rules/column-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

const trainee = () => workbook().withInfo({ programType: 'Traineeprogram' });

ruleTester(rule, {
  valid: [
    { name: 'every template column present', snapshot: workbook().build() },
    {
      name: 'optional columns left out (Landgruppe, Botid, Utdanning fra, Fellessamlinger, Egenvurdering, Kommentar)',
      snapshot: workbook()
        .withoutColumn('Deltakere', 'countryGroup')
        .withoutColumn('Deltakere', 'yearsInNorway')
        .withoutColumn('Deltakere', 'educationOrigin')
        .withoutColumn('Deltakere', 'gatheringsAttended')
        .withoutColumn('Deltakere', 'selfAssessment')
        .withoutColumn('Deltakere', 'comment')
        .withoutColumn('Mål', 'comment')
        .build(),
    },
    {
      name: 'headers in another case, spacing and order, below title rows',
      snapshot: workbook()
        .withSheet('Mentorer', [
          ['Mentorer i programmet'],
          [],
          ['antall MENTEES', '  sektor', 'Opplæring   gjennomført', 'MENTORID', 'fagfelt samsvarer'],
          [1, 'Privat', 'Ja', 'M1', 'Ja'],
        ])
        .build(),
    },
    {
      name: 'trainee programme without MentorID and Antall mentormøter',
      snapshot: trainee().withoutColumn('Deltakere', 'mentorId').withoutColumn('Deltakere', 'meetings').build(),
    },
    {
      name: 'a missing sheet is sheet-missing’s, not a list of missing columns',
      snapshot: workbook().withoutSheet('Deltakere').withoutSheet('Mål').build(),
    },
    {
      name: 'Aktiviteter absent, or present with only Dato and Aktivitet',
      snapshot: workbook()
        .withActivities({})
        .withoutColumn('Aktiviteter', 'attendees')
        .withoutColumn('Aktiviteter', 'description')
        .build(),
    },
  ],
  invalid: [
    {
      name: 'a required column (Kjønn) missing',
      snapshot: workbook().withoutColumn('Deltakere', 'gender').build(),
      findings: [
        { sheet: 'Deltakere', cell: null, message: 'Kolonnen «Kjønn» mangler i arket Deltakere', en: 'The column «Kjønn» is missing from the sheet Deltakere' },
      ],
    },
    {
      name: 'a conditionally required column (Sluttdato, Status ved programslutt) missing',
      snapshot: workbook().withoutColumn('Deltakere', 'endDate').withoutColumn('Deltakere', 'statusAtEnd').build(),
      findings: [
        { sheet: 'Deltakere', cell: null, message: '«Sluttdato»' },
        { sheet: 'Deltakere', cell: null, message: '«Status ved programslutt»' },
      ],
      summary: '2/-', // each missing column counts, though none has a cell
    },
    {
      name: 'MentorID and Antall mentormøter missing in a mentor programme',
      snapshot: workbook().withoutColumn('Deltakere', 'mentorId').withoutColumn('Deltakere', 'meetings').build(),
      findings: [
        { sheet: 'Deltakere', cell: null, message: '«MentorID»' },
        { sheet: 'Deltakere', cell: null, message: '«Antall mentormøter»' },
      ],
    },
    {
      name: 'a trainee programme that keeps MentorID still needs Antall mentormøter',
      snapshot: trainee().withoutColumn('Deltakere', 'meetings').build(),
      findings: [{ sheet: 'Deltakere', cell: null, message: '«Antall mentormøter»' }],
    },
    {
      name: 'goal columns needed for clarity (Indikator, Målverdi, Måletidspunkt) and Oppnådd',
      snapshot: workbook()
        .withoutColumn('Mål', 'indicator')
        .withoutColumn('Mål', 'target')
        .withoutColumn('Mål', 'timepoint')
        .withoutColumn('Mål', 'achieved')
        .build(),
      findings: [
        { sheet: 'Mål', cell: null, message: '«Indikator» mangler i arket Mål' },
        { sheet: 'Mål', cell: null, message: '«Målverdi»' },
        { sheet: 'Mål', cell: null, message: '«Måletidspunkt»' },
        { sheet: 'Mål', cell: null, message: '«Oppnådd»' },
      ],
    },
    {
      name: 'a misspelt header does not count, and the sheet is named as written',
      snapshot: workbook()
        .withSheetRenamed('Mentorer', 'MENTORER')
        .withSheet('MENTORER', [['MentorID', 'Sektorr', 'Fagfelt samsvarer', 'Opplæring gjennomført', 'Antall mentees'], ['M1', 'Privat', 'Ja', 'Ja', 1]])
        .build(),
      findings: [{ sheet: 'MENTORER', cell: null, message: 'Kolonnen «Sektor» mangler i arket MENTORER' }],
    },
    {
      name: 'Aktiviteter present without Dato',
      snapshot: workbook().withActivities({}).withoutColumn('Aktiviteter', 'date').build(),
      findings: [{ sheet: 'Aktiviteter', cell: null, message: '«Dato»' }],
    },
    {
      name: 'no header row in the first 10 rows: every required column is missing',
      snapshot: workbook()
        .withSheet('Mentorer', [...Array.from({ length: 10 }, () => ['tittel']), ['MentorID', 'Sektor', 'Fagfelt samsvarer', 'Opplæring gjennomført', 'Antall mentees']])
        .build(),
      findings: ['MentorID', 'Sektor', 'Fagfelt samsvarer', 'Opplæring gjennomført', 'Antall mentees'].map((column) => ({
        sheet: 'Mentorer',
        cell: null,
        message: `«${column}»`,
      })),
    },
  ],
});
