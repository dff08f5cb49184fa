import rule from '../../../src/engine/rules/formula-error';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: C Fødselsår, W Kommentar. Programinfo: B6 Tilskudd. Mål: F Oppnådd.
ruleTester(rule, {
  valid: [
    { name: 'a clean report', snapshot: workbook().build() },
    { name: 'text that looks like an error is text', snapshot: workbook().withParticipants({ comment: '#REF! i gammel fil' }).build() },
    {
      name: 'an error outside the template’s cells is not read (an extra column, a title row, a label’s neighbour)',
      snapshot: workbook()
        .withExtraColumn('Deltakere', 'Hjelpekolonne', { error: '#DIV/0!' })
        .withTitleRows('Mentorer', [{ error: '#NAME?' }])
        .withSheet('Notater', [[{ error: '#REF!' }]])
        .build(),
    },
    { name: 'Veiledning!B2 as an error is template-version-missing’s', snapshot: workbook().withVersion({ error: '#REF!' }).build() },
  ],
  invalid: [
    {
      name: '#REF! in Fødselsår',
      snapshot: workbook().withParticipants({ birthYear: { error: '#REF!' } }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'C2', message: '«Fødselsår» inneholder feilverdien #REF!', en: '«Fødselsår» holds the error value #REF!' },
      ],
    },
    {
      name: 'every kind of Excel error, in any template column, optional ones too',
      snapshot: workbook()
        .withParticipants(
          { birthYear: { error: '#DIV/0!' } },
          { gender: { error: '#N/A' } },
          { startDate: { error: '#VALUE!' } },
          { comment: { error: '#NAME?' } },
          { employmentShare: { error: '#NUM!' } },
          { relevantJob: { error: '#NULL!' } },
          { participantId: { error: '#SPILL!' } },
        )
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'C2', message: '#DIV/0!' },
        { sheet: 'Deltakere', cell: 'B3', message: '«Kjønn» inneholder feilverdien #N/A' },
        { sheet: 'Deltakere', cell: 'J4', message: '#VALUE!' },
        { sheet: 'Deltakere', cell: 'W5', message: '«Kommentar» inneholder feilverdien #NAME?' },
        { sheet: 'Deltakere', cell: 'Q6', message: '#NUM!' },
        { sheet: 'Deltakere', cell: 'R7', message: '#NULL!' },
        { sheet: 'Deltakere', cell: 'A8', message: '#SPILL!' },
      ],
      summary: '7/-',
    },
    {
      name: 'a Programinfo value cell and a goal’s Oppnådd',
      snapshot: workbook().withInfo({ grantAmount: { error: '#DIV/0!' } }).withGoals({ achieved: { error: '#N/A' } }).build(),
      findings: [
        { sheet: 'Programinfo', cell: 'B6', message: '«Tilskudd fra IMDi (kr)» inneholder feilverdien #DIV/0!' },
        { sheet: 'Mål', cell: 'F2', message: '«Oppnådd»' },
      ],
    },
    {
      name: 'a row holding nothing but an error is still a data row',
      snapshot: workbook().withRawParticipants({ participantId: 'D1', gender: 'Mann' }, { completed: { error: '#REF!' } }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'L3', message: '«Fullført»' }],
    },
  ],
});
