import rule from '../../../src/engine/rules/goal-reported-mismatch';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Four leavers, three employed: employmentRateAtEnd = 3/4 = 0.75.
// Self-assessments 4, 4, 5, 5: selfAssessmentMean = 18/4 = 4.5. Participants = 4.
// Mål: first goal in row 2; F = Oppnådd.
const data = () =>
  workbook().withParticipants(
    { selfAssessment: 4 },
    { selfAssessment: 4 },
    { selfAssessment: 5 },
    { selfAssessment: 5, statusAtEnd: 'Arbeidssøker', relevantJob: null, employmentShare: null, attributedToProgramme: null },
  );
const share = { indicator: 'Andel i arbeid ved programslutt' } as const;
const mean = { indicator: 'Deltakernes egenvurdering (snitt 1–5)', goalText: 'Snitt minst 4', target: 4 } as const;
const count = { indicator: 'Antall deltakere', goalText: 'Minst 4 deltakere', target: 4 } as const;

ruleTester(rule, {
  valid: [
    {
      name: 'share: 0.75, 75, «75 %», «0,76» and exactly 1 percentage point off (74, 76)',
      snapshot: data()
        .withGoals({ ...share, achieved: 0.75 }, { ...share, achieved: 75 }, { ...share, achieved: '75 %' }, { ...share, achieved: '0,76' }, { ...share, achieved: 74 }, { ...share, achieved: 76 })
        .build(),
    },
    {
      name: 'mean: within 0.05 (4.45 and 4.55 against 4.5)',
      snapshot: data().withGoals({ ...mean, achieved: 4.45 }, { ...mean, achieved: '4,55' }, { ...mean, achieved: 4.5 }).build(),
    },
    { name: 'count: exactly equal', snapshot: data().withGoals({ ...count, achieved: 4 }).build() },
    { name: 'no Oppnådd: nothing to compare', snapshot: data().withGoals({ ...share, achieved: null }).build() },
    {
      name: '«Annet» uses Oppnådd itself: nothing to compare with',
      snapshot: data().withGoals({ indicator: 'Annet', goalText: 'Minst 20 samlinger', target: 20, achieved: 3 }).build(),
    },
    {
      name: 'no computed value (a rate over zero leavers) is not compared',
      snapshot: workbook()
        .withParticipants({ completed: 'Pågår', endDate: null, statusAtEnd: null })
        .withGoals({ ...share, achieved: 0.5 })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'share more than 1 percentage point off: the message shows the computed rate with its numerator and denominator',
      snapshot: data().withGoals({ ...share, achieved: 0.7 }).build(),
      findings: [
        {
          sheet: 'Mål',
          cell: 'F2',
          message: 'Oppnådd er 70 %, men beregnet verdi er 75 % (3 av 4).',
          en: 'Oppnådd is 70%, but the computed value is 75% (3 of 4).',
        },
      ],
    },
    {
      name: 'share: 1.5 and 1.1 percentage points off, in every spelling',
      snapshot: data().withGoals({ ...share, achieved: '76,5 %' }, { ...share, achieved: 73.9 }, { ...share, achieved: 0.761 }).build(),
      findings: [
        { sheet: 'Mål', cell: 'F2', message: 'Oppnådd er 76,5 %' },
        { sheet: 'Mål', cell: 'F3', message: 'Oppnådd er 73,9 %', en: 'Oppnådd is 73.9%' },
        { sheet: 'Mål', cell: 'F4', message: 'Oppnådd er 76,1 %' },
      ],
      summary: '3/-',
    },
    {
      name: 'mean more than 0.05 off',
      snapshot: data().withGoals({ ...mean, achieved: 4.56 }, { ...mean, achieved: 4.4 }).build(),
      findings: [
        { sheet: 'Mål', cell: 'F2', message: 'Oppnådd er 4,56, men beregnet verdi er 4,5.', en: 'Oppnådd is 4.56, but the computed value is 4.5.' },
        { sheet: 'Mål', cell: 'F3', message: 'Oppnådd er 4,4' },
      ],
    },
    {
      name: 'count: any difference',
      snapshot: data()
        .withGoals({ ...count, achieved: 5 }, { indicator: 'Antall i jobb som følge av programmet', goalText: 'Minst 2 i jobb', target: 2, achieved: 3 })
        .build(),
      findings: [{ sheet: 'Mål', cell: 'F2', message: 'Oppnådd er 5, men beregnet verdi er 4.', en: 'Oppnådd is 5, but the computed value is 4.' }],
    },
    {
      name: 'compared even when the goal is otherwise unclear (no time point)',
      snapshot: data().withGoals({ ...share, timepoint: null, achieved: 0.5 }).build(),
      findings: [{ sheet: 'Mål', cell: 'F2', message: '50 %' }],
    },
  ],
});
