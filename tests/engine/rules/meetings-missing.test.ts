import rule from '../../../src/engine/rules/meetings-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: D1 in row 2; M = MentorID, N = Antall mentormøter.
ruleTester(rule, {
  valid: [
    { name: 'a pair with its meetings', snapshot: workbook().build() },
    { name: '0 meetings is an answer', snapshot: workbook().withParticipants({ meetings: 0 }).build() },
    { name: 'no mentor, no meetings needed', snapshot: workbook().withParticipants({ mentorId: null, meetings: null }).build() },
    { name: 'a non-number is value-type’s', snapshot: workbook().withParticipants({ meetings: 'mange' }).build() },
    { name: 'no meetings column: column-missing reports it', snapshot: workbook().withoutColumn('Deltakere', 'meetings').build() },
  ],
  invalid: [
    {
      name: 'a mentor but no number of meetings',
      snapshot: workbook().withParticipants({ meetings: null }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'N2',
          message: 'Deltakeren har mentor «M1», men Antall mentormøter er tom',
          en: 'The participant has mentor «M1», but Antall mentormøter is empty',
        },
      ],
      summary: '1/1',
    },
    {
      name: 'the scope is the pairs (participants with a MentorID), in any programme type',
      snapshot: workbook()
        .withInfo({ programType: 'Traineeprogram' })
        .withMentors({}, {})
        .withParticipants({}, { mentorId: 'M2', meetings: { error: '#REF!' } }, { mentorId: null, meetings: null }, { mentorId: 'M9', meetings: null })
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'N5', message: '«M9»', en: '«M9»' },
      ],
      summary: '1/3',
    },
  ],
});
