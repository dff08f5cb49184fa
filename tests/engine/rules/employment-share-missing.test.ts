import rule from '../../../src/engine/rules/employment-share-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: D1 in row 2. P = Status ved programslutt, Q = Stillingsprosent.
ruleTester(rule, {
  valid: [
    { name: 'employed with a percentage', snapshot: workbook().build() },
    {
      name: 'unpaid practice is not employment: no percentage needed',
      snapshot: workbook().withParticipants({ statusAtEnd: 'Praksis eller tiltak uten lønn', employmentShare: null, relevantJob: null }).build(),
    },
    {
      name: 'not employed, no percentage',
      snapshot: workbook().withParticipants({ statusAtEnd: 'Utdanning', employmentShare: null }, { statusAtEnd: null, employmentShare: null }).build(),
    },
    {
      name: 'a percentage out of range is value-range’s, not missing',
      snapshot: workbook().withParticipants({ employmentShare: 0.8 }, { employmentShare: '80 %' }).build(),
    },
    {
      name: 'an ongoing participant is not yet employed at the end (as in the key figure employedAtEnd)',
      snapshot: workbook().withParticipants({ completed: 'Pågår', endDate: null, employmentShare: null }).build(),
    },
    { name: 'no Stillingsprosent column: column-missing reports it', snapshot: workbook().withoutColumn('Deltakere', 'employmentShare').build() },
  ],
  invalid: [
    {
      name: 'employed at the end without a percentage',
      snapshot: workbook().withParticipants({ employmentShare: null }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'Q2',
          message: 'Deltakeren er i arbeid (Fast ansatt), men Stillingsprosent er tom',
          en: 'The participant is employed (Fast ansatt), but Stillingsprosent is empty',
        },
      ],
      summary: '1/1',
    },
    {
      name: 'two of four employed lack it; the unpaid and the job seeker are out of scope',
      snapshot: workbook()
        .withParticipants(
          { statusAtEnd: 'Selvstendig næringsdrivende', employmentShare: null },
          { statusAtEnd: 'Midlertidig ansatt' },
          { statusAtEnd: 'Praksis eller tiltak uten lønn', employmentShare: null },
          { statusAtEnd: 'Traineestilling med lønn', employmentShare: { error: '#DIV/0!' } },
          { statusAtEnd: 'Arbeidssøker', employmentShare: null },
          {},
        )
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'Q2', message: '(Selvstendig næringsdrivende)' },
      ],
      summary: '1/4',
    },
  ],
});
