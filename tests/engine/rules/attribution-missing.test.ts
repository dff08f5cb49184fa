import rule from '../../../src/engine/rules/attribution-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: D1 in row 2. P = Status ved programslutt, S = Jobb som følge av programmet.
ruleTester(rule, {
  valid: [
    { name: 'employed with an answer', snapshot: workbook().build() },
    { name: '«Usikker» and «Nei» are answers', snapshot: workbook().withParticipants({ attributedToProgramme: 'Usikker' }, { attributedToProgramme: 'nei' }).build() },
    {
      name: 'unpaid practice is not employment: no answer needed',
      snapshot: workbook().withParticipants({ statusAtEnd: 'Praksis eller tiltak uten lønn', attributedToProgramme: null }).build(),
    },
    {
      name: 'an invalid answer is value-code’s',
      snapshot: workbook().withParticipants({ attributedToProgramme: 'Kanskje' }).build(),
    },
    {
      name: 'an ongoing participant is not yet employed at the end (as in the key figure employedAtEnd)',
      snapshot: workbook().withParticipants({ completed: 'Pågår', endDate: null, attributedToProgramme: null }).build(),
    },
    {
      name: 'no column: column-missing reports it',
      snapshot: workbook().withoutColumn('Deltakere', 'attributedToProgramme').build(),
    },
  ],
  invalid: [
    {
      name: 'employed at the end without an answer',
      snapshot: workbook().withParticipants({ attributedToProgramme: null }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'S2',
          message: 'Deltakeren er i arbeid (Fast ansatt), men «Jobb som følge av programmet» er tom',
          en: 'but «Jobb som følge av programmet» is empty',
        },
      ],
      summary: '1/1',
    },
    {
      name: 'one of three employed lacks it',
      snapshot: workbook()
        .withParticipants(
          {},
          { statusAtEnd: 'Utenfor arbeidsstyrken', attributedToProgramme: null },
          { statusAtEnd: 'Traineestilling med lønn', attributedToProgramme: ' ' },
          { statusAtEnd: 'Midlertidig ansatt', attributedToProgramme: 'Usikker' },
        )
        .build(),
      findings: [{ sheet: 'Deltakere', cell: 'S4', message: '(Traineestilling med lønn)', en: '(Traineestilling med lønn)' }],
      summary: '1/3',
    },
  ],
});
