import rule from '../../../src/engine/rules/mentor-unknown';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: D1 in row 2; MentorID is column M. Mentorer: M1, M2, … from withMentors.
ruleTester(rule, {
  valid: [
    { name: 'the mentor exists', snapshot: workbook().build() },
    {
      name: 'IDs match like codes: case and spaces do not matter',
      snapshot: workbook().withMentors({ mentorId: 'Mentor 7', menteeCount: 2 }).withParticipants({ mentorId: 'mentor  7' }, { mentorId: ' MENTOR 7' }).build(),
    },
    {
      name: 'a number ID matches its text form',
      snapshot: workbook().withMentors({ mentorId: 101 }).withParticipants({ mentorId: '101' }).build(),
    },
    { name: 'no MentorID is mentor-missing’s', snapshot: workbook().withParticipants({ mentorId: null, meetings: null }).build() },
    { name: 'no Mentorer sheet: sheet-missing reports it', snapshot: workbook().withoutSheet('Mentorer').build() },
    { name: 'no MentorID column in Mentorer: column-missing reports it', snapshot: workbook().withoutColumn('Mentorer', 'mentorId').build() },
  ],
  invalid: [
    {
      name: 'a MentorID not in Mentorer',
      snapshot: workbook().withParticipants({}, { mentorId: 'M9' }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'M3',
          message: 'MentorID «M9» finnes ikke i arket Mentorer',
          en: 'MentorID «M9» is not in the Mentorer sheet',
        },
      ],
    },
    {
      name: 'Mentorer has no rows: every MentorID is unknown',
      snapshot: workbook().withMentors().withParticipants({}, { mentorId: 'M2' }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'M2', message: '«M1»' },
        { sheet: 'Deltakere', cell: 'M3', message: '«M2»', en: '«M2»' },
      ],
      summary: '2/-',
    },
  ],
});
