import rule from '../../../src/engine/rules/id-duplicate';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// IDs are column A in Deltakere, Mentorer and Mål; data rows start in row 2.
ruleTester(rule, {
  valid: [
    { name: 'unique IDs', snapshot: workbook().withParticipants({}, {}, {}).build() },
    { name: 'IDs that only look alike (D1, D10, D-1)', snapshot: workbook().withParticipants({ participantId: 'D1' }, { participantId: 'D10' }, { participantId: 'D-1' }).build() },
    { name: 'the same ID in different sheets (MålID M1 and MentorID M1)', snapshot: workbook().build() },
    {
      name: 'the MentorID repeating in Deltakere is a mentor with several mentees',
      snapshot: workbook().withParticipants({}, {}).withMentors({ menteeCount: 2 }).build(),
    },
    {
      name: 'empty IDs are value-required’s, not duplicates',
      snapshot: workbook().withParticipants({ participantId: null }, { participantId: '' }, { participantId: { error: '#REF!' } }).build(),
    },
  ],
  invalid: [
    {
      name: 'a DeltakerID twice: the repeat is reported and names the first',
      snapshot: workbook().withParticipants({ participantId: 'D1' }, { participantId: 'D1' }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'A3', message: '«D1» i «DeltakerID» står allerede i A2', en: '«D1» in «DeltakerID» already appears in A2' },
      ],
    },
    {
      name: 'every repeat after the first, each pointing at the first',
      snapshot: workbook()
        .withParticipants({ participantId: 'D1' }, { participantId: 'D2' }, { participantId: 'D1' }, { participantId: 'D2' }, { participantId: 'D1' })
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'A4', message: '«D1» i «DeltakerID» står allerede i A2' },
        { sheet: 'Deltakere', cell: 'A5', message: '«D2» i «DeltakerID» står allerede i A3' },
        { sheet: 'Deltakere', cell: 'A6', message: 'står allerede i A2' },
      ],
      summary: '3/-',
    },
    {
      name: 'case and spaces do not make IDs different',
      snapshot: workbook().withParticipants({ participantId: 'Ab 1' }, { participantId: ' ab   1 ' }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'A3', message: '«ab   1» i «DeltakerID» står allerede i A2' }],
    },
    {
      name: 'a number and the same number as text',
      snapshot: workbook().withParticipants({ participantId: 17 }, { participantId: '17' }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'A3', message: '«17» i «DeltakerID»' }],
    },
    {
      name: 'MentorID repeated in Mentorer',
      snapshot: workbook().withMentors({ mentorId: 'M1' }, { mentorId: 'M1', menteeCount: 0 }).build(),
      findings: [{ sheet: 'Mentorer', cell: 'A3', message: '«M1» i «MentorID» står allerede i A2' }],
    },
    {
      name: 'MålID repeated in Mål, below a title row',
      snapshot: workbook().withTitleRows('Mål', ['Programmets mål']).withGoals({ goalId: 'M1' }, { goalId: 'm1' }).build(),
      findings: [{ sheet: 'Mål', cell: 'A4', message: '«m1» i «MålID» står allerede i A3' }],
    },
  ],
});
