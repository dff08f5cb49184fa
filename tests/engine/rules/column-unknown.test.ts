import rule from '../../../src/engine/rules/column-unknown';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere has 23 template columns (A–W), Mentorer 5 (A–E), Mål 7 (A–G): extras start after them.
ruleTester(rule, {
  valid: [
    { name: 'only template headers', snapshot: workbook().build() },
    {
      name: 'template headers in another case and spacing',
      snapshot: workbook().withSheet('Mentorer', [['MENTORID', ' sektor ', 'fagfelt  samsvarer', 'OPPLÆRING GJENNOMFØRT', 'antall mentees'], ['M1', 'Privat', 'Ja', 'Ja', 1]]).build(),
    },
    {
      name: 'an en dash or hyphen in «Egenvurdering (1–5)» is the same header',
      snapshot: workbook().withSheet('Deltakere', [['DeltakerID', 'Egenvurdering (1-5)'], ['D1', 4]]).build(),
    },
    {
      name: 'title rows above the header row are not headers',
      snapshot: workbook().withTitleRows('Deltakere', ['Deltakere i Mentorløftet 2025', null, 'Versjon 3'], []).build(),
    },
    {
      name: 'sheets outside the template are not read at all',
      snapshot: workbook().withSheet('Notater', [['Hva', 'Hvem'], ['Ringe IMDi', 'Kari']]).build(),
    },
    {
      name: 'an empty header cell over an unused column',
      snapshot: workbook().withExtraColumn('Deltakere', null, 'notat uten overskrift').build(),
    },
  ],
  invalid: [
    {
      name: 'an extra column in Deltakere is reported at its header cell',
      snapshot: workbook().withExtraColumn('Deltakere', 'Telefon', '99999999').build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'X1',
          message: 'Kolonnen «Telefon» finnes ikke i malen og blir ikke lest',
          en: 'The column «Telefon» is not in the template and is not read',
        },
      ],
    },
    {
      name: 'a misspelt header is unknown (and its column is not read)',
      snapshot: workbook().withSheet('Mentorer', [['MentorID', 'Sektorr'], ['M1', 'Privat']]).build(),
      findings: [{ sheet: 'Mentorer', cell: 'B1', message: '«Sektorr»' }],
    },
    {
      name: 'the header row below title rows: the address is in that row',
      snapshot: workbook().withTitleRows('Mentorer', ['Mentorer'], []).withExtraColumn('Mentorer', 'Bedrift', 'Equinor').build(),
      findings: [{ sheet: 'Mentorer', cell: 'F3', message: '«Bedrift»' }],
    },
    {
      name: 'a template header written twice: the second is reported as a duplicate',
      snapshot: workbook().withExtraColumn('Mål', 'målid', 'M9').build(),
      findings: [
        {
          sheet: 'Mål',
          cell: 'H1',
          message: 'Kolonnen «målid» står to ganger; bare den første blir lest',
          en: 'The column «målid» appears twice; only the first is read',
        },
      ],
    },
    {
      name: 'unknown headers in several sheets, including Aktiviteter, in sheet order',
      snapshot: workbook()
        .withActivities({})
        .withExtraColumn('Aktiviteter', 'Sted', 'Oslo')
        .withExtraColumn('Mål', 'Ansvarlig', 'Kari')
        .withExtraColumn('Mål', 2025, null)
        .build(),
      findings: [
        { sheet: 'Mål', cell: 'H1', message: '«Ansvarlig»' },
        { sheet: 'Mål', cell: 'I1', message: '«2025»' },
        { sheet: 'Aktiviteter', cell: 'E1', message: '«Sted»' },
      ],
      summary: '3/-',
    },
  ],
});
