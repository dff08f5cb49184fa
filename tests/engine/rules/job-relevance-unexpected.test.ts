import rule from '../../../src/engine/rules/job-relevance-unexpected';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: D1 in row 2. P/R = status and relevance at the end, U/V = at follow-up.
ruleTester(rule, {
  valid: [
    { name: 'employed with a relevance, at the end and at follow-up', snapshot: workbook().build() },
    {
      name: 'each paid status may carry a relevance',
      snapshot: workbook()
        .withParticipants(
          { statusAtEnd: 'Midlertidig ansatt', statusFollowUp: 'Selvstendig næringsdrivende' },
          { statusAtEnd: 'Traineestilling med lønn', statusFollowUp: 'Fast ansatt' },
        )
        .build(),
    },
    {
      name: 'not employed and no relevance',
      snapshot: workbook()
        .withParticipants({ statusAtEnd: 'Arbeidssøker', relevantJob: null, statusFollowUp: 'Ikke fulgt opp', relevantJobFollowUp: null })
        .build(),
    },
    {
      name: 'an invalid status code is value-code’s: relevance is not judged',
      snapshot: workbook().withParticipants({ statusAtEnd: 'I jobb' }).build(),
    },
    {
      name: 'no status columns: column-missing reports them, not every relevance',
      snapshot: workbook().withoutColumn('Deltakere', 'statusAtEnd').withoutColumn('Deltakere', 'statusFollowUp').build(),
    },
  ],
  invalid: [
    {
      name: 'unpaid practice is not employment',
      snapshot: workbook().withParticipants({ statusAtEnd: 'Praksis eller tiltak uten lønn', relevantJob: 'Ja' }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'R2',
          message: '«Relevant jobb» er fylt ut, men deltakeren er ikke i arbeid (Praksis eller tiltak uten lønn)',
          en: '«Relevant jobb» is filled in, but the participant is not employed (Praksis eller tiltak uten lønn)',
        },
      ],
    },
    {
      name: 'at follow-up: not followed up, yet a relevance',
      snapshot: workbook().withParticipants({}, { statusFollowUp: 'Ikke fulgt opp', relevantJobFollowUp: 'Delvis' }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'V3', message: '«Relevant jobb 6 mnd etter» er fylt ut', en: '(Ikke fulgt opp)' }],
      summary: '1/-',
    },
    {
      name: '«Ukjent» relevance for a student is still a value where none belongs',
      snapshot: workbook().withParticipants({ statusAtEnd: 'Utdanning', relevantJob: 'Ukjent' }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'R2', message: '(Utdanning)' }],
    },
    {
      name: 'an empty status (or an error in it) is named as empty',
      snapshot: workbook()
        .withParticipants({ completed: 'Pågår', endDate: null, statusAtEnd: null, statusFollowUp: { error: '#REF!' } })
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'R2', message: '«Relevant jobb» er fylt ut, men «Status ved programslutt» er tom', en: 'but «Status ved programslutt» is empty' },
        { sheet: 'Deltakere', cell: 'V2', message: '«Status 6 mnd etter» er tom' },
      ],
      summary: '1/-',
    },
  ],
});
