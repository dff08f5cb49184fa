import rule from '../../../src/engine/rules/mentor-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: D1 in row 2; MentorID is column M.
const noMentor = { mentorId: null, meetings: null } as const;

ruleTester(rule, {
  valid: [
    { name: 'a mentor programme where everyone has a mentor', snapshot: workbook().build() },
    {
      name: 'a trainee programme needs no mentors',
      snapshot: workbook().withInfo({ programType: 'Traineeprogram' }).withParticipants({ ...noMentor }).build(),
    },
    {
      name: 'an invalid programme type (value-code’s): not known to be a mentor programme',
      snapshot: workbook().withInfo({ programType: 'Jobbprogram' }).withParticipants({ ...noMentor }).build(),
    },
    {
      name: 'no MentorID column: column-missing reports it',
      snapshot: workbook().withoutColumn('Deltakere', 'mentorId').build(),
    },
  ],
  invalid: [
    {
      name: 'a mentor programme, one participant without a mentor',
      snapshot: workbook().withParticipants({}, { ...noMentor }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'M3',
          message: 'Programtypen er «Mentorprogram», men MentorID er tom',
          en: 'The programme type is «Mentorprogram», but MentorID is empty',
        },
      ],
      summary: '1/2',
    },
    {
      name: 'a mentor and trainee programme is a mentor programme too (type matched loosely)',
      snapshot: workbook()
        .withInfo({ programType: 'mentor- og  traineeprogram' })
        .withParticipants({ ...noMentor }, {}, { mentorId: '  ' })
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'M2', message: '«Mentor- og traineeprogram»', en: '«Mentor- og traineeprogram»' },
        { sheet: 'Deltakere', cell: 'M4' },
      ],
      summary: '2/3',
    },
  ],
});
