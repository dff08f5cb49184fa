import rule from '../../../src/engine/rules/target-group-mismatch';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: D1 in row 2; Innvandrerkategori is column D.
ruleTester(rule, {
  valid: [
    { name: 'an immigrant', snapshot: workbook().build() },
    {
      name: 'born in Norway to immigrant parents is in the target group',
      snapshot: workbook().withParticipants({ immigrantCategory: 'Norskfødt med innvandrerforeldre' }).build(),
    },
    {
      name: 'empty or invalid category is value-required’s / value-code’s',
      snapshot: workbook().withParticipants({ immigrantCategory: null }, { immigrantCategory: 'Nordmann' }).build(),
    },
  ],
  invalid: [
    {
      name: 'no immigrant background',
      snapshot: workbook().withParticipants({}, { immigrantCategory: 'Ingen innvandrerbakgrunn' }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'D3',
          message: 'Innvandrerkategori er «Ingen innvandrerbakgrunn»',
          en: 'the scheme is for people with immigrant background',
        },
      ],
      summary: '1/2',
    },
    {
      name: 'the code matches loosely (case, spaces)',
      snapshot: workbook()
        .withParticipants({ immigrantCategory: 'ingen  innvandrerbakgrunn ' }, {}, { immigrantCategory: 'INGEN INNVANDRERBAKGRUNN' })
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'D2' },
        { sheet: 'Deltakere', cell: 'D4' },
      ],
      summary: '2/3',
    },
  ],
});
