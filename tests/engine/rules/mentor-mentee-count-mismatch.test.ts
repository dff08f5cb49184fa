import rule from '../../../src/engine/rules/mentor-mentee-count-mismatch';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Mentorer: header in row 1, M1 in row 2; Antall mentees is column E.
ruleTester(rule, {
  valid: [
    { name: 'one mentor, one mentee', snapshot: workbook().build() },
    {
      name: 'counts match, IDs compared loosely; a mentor with no mentees says 0',
      snapshot: workbook()
        .withMentors({ menteeCount: 2 }, { menteeCount: 0 })
        .withParticipants({ mentorId: 'm1' }, { mentorId: ' M1 ' })
        .build(),
    },
    {
      name: 'an empty or unreadable count is value-required’s / value-type’s',
      snapshot: workbook().withMentors({ menteeCount: null }, { menteeCount: 'to' }).build(),
    },
    {
      name: 'no MentorID column in Deltakere: nothing to count against',
      snapshot: workbook().withoutColumn('Deltakere', 'mentorId').build(),
    },
  ],
  invalid: [
    {
      name: 'a mentor states more mentees than name them',
      snapshot: workbook().withMentors({ menteeCount: 3 }).build(),
      findings: [
        {
          sheet: 'Mentorer',
          cell: 'E2',
          message: 'Mentor «M1» har Antall mentees 3, men antall deltakere med denne mentoren er 1',
          en: 'Mentor «M1» has Antall mentees 3, but the number of participants naming this mentor is 1',
        },
      ],
      summary: '1/1',
    },
    {
      name: 'fewer stated than named, and a mentor nobody names',
      snapshot: workbook()
        .withMentors({ menteeCount: 1 }, { menteeCount: 1 }, { menteeCount: 2 })
        .withParticipants({}, {}, { mentorId: 'M3' }, { mentorId: 'M3' })
        .build(),
      findings: [
        { sheet: 'Mentorer', cell: 'E2', message: 'Antall mentees 1, men antall deltakere med denne mentoren er 2' },
        { sheet: 'Mentorer', cell: 'E3', message: '«M2» har Antall mentees 1, men antall deltakere med denne mentoren er 0', en: 'naming this mentor is 0' },
      ],
      summary: '2/3',
    },
  ],
});
