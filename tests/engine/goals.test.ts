/**
 * Goal attainment: status reached / not-reached / not-assessable, attainment = achieved / target
 * (rounded to 3 decimals), `Annet` taken from Oppnådd as written.
 */
import { GoalResult, validate, WorkbookSnapshot } from '../../src/engine';
import { NOW, workbook } from '../helpers/builder';

const goalsOf = (snapshot: WorkbookSnapshot): readonly GoalResult[] => validate(snapshot, { now: NOW }).goals;
const jobSeeker = { statusAtEnd: 'Arbeidssøker', relevantJob: null, employmentShare: null, attributedToProgramme: null } as const;
const ongoing = { completed: 'Pågår', endDate: null, statusAtEnd: null } as const;
const employment = { indicator: 'Andel i arbeid ved programslutt' } as const;

// Two leavers, one employed: employmentRateAtEnd = 1/2 = 0.5.
const halfEmployed = () => workbook().withParticipants({}, { ...jobSeeker });

describe('standard share indicators', () => {
  it('the contract example: target 0.6, achieved 1/2 = 0.5 → attainment 0.5/0.6 = 0.833, not reached', () => {
    const [goal] = goalsOf(halfEmployed().withGoals({ ...employment, target: 0.6 }).build());
    expect(goal).toMatchObject({
      id: 'M1',
      indicator: 'Andel i arbeid ved programslutt',
      kind: 'share',
      metric: 'employmentRateAtEnd',
      target: 0.6,
      achieved: 0.5,
      attainment: 0.833,
      status: 'not-reached',
      missing: [],
      numerator: 1,
      denominator: 2,
    });
  });

  it.each([
    ['0.6', 0.6],
    ['60', 60],
    ['«60 %»', '60 %'],
    ['«60%»', '60%'],
    ['«0,6»', '0,6'],
  ] as const)('a target written as %s is the share 0.6', (_name, target) => {
    expect(goalsOf(halfEmployed().withGoals({ ...employment, target }).build())[0]).toMatchObject({ target: 0.6, attainment: 0.833 });
  });

  it('achieved equal to the target is reached: 0.5 ≥ 0.5, attainment 1', () => {
    expect(goalsOf(halfEmployed().withGoals({ ...employment, target: '50 %' }).build())[0]).toMatchObject({ status: 'reached', attainment: 1 });
  });

  it('achieved above the target: 1/1 = 1 against 0.5 → attainment 2', () => {
    expect(goalsOf(workbook().build())[0]).toMatchObject({ achieved: 1, target: 0.5, status: 'reached', attainment: 2 });
  });

  it('attainment is rounded to 3 decimals: (1/3) / 0.7 = 0.476190… → 0.476', () => {
    const [goal] = goalsOf(workbook().withParticipants({}, { ...jobSeeker }, { ...jobSeeker }).withGoals({ ...employment, target: 70 }).build());
    expect(goal.achieved).toBeCloseTo(1 / 3, 12);
    expect(goal).toMatchObject({ attainment: 0.476, status: 'not-reached', numerator: 1, denominator: 3 });
  });

  it('a rate computed as exactly the target is reached despite floating point: 3/10 against 30 %', () => {
    const rows = [{}, {}, {}, ...Array.from({ length: 7 }, () => ({ ...jobSeeker }))];
    const [goal] = goalsOf(workbook().withParticipants(...rows).withGoals({ ...employment, target: '30 %' }).build());
    expect(goal).toMatchObject({ status: 'reached', attainment: 1, numerator: 3, denominator: 10 });
  });

  it('each share indicator reads its own metric', () => {
    // D1 employed with a relevant job, D2 in education, D3 job seeker; all completed, all due for follow-up.
    const snapshot = workbook()
      .withParticipants({}, { ...jobSeeker, statusAtEnd: 'Utdanning', statusFollowUp: 'Utdanning', relevantJobFollowUp: null }, { ...jobSeeker, completed: 'Nei', statusFollowUp: 'Fast ansatt' })
      .withGoals(
        { indicator: 'Andel i arbeid eller utdanning ved programslutt', target: 0.6 }, // 2/3
        { indicator: 'Andel i relevant arbeid ved programslutt', target: 0.6 }, // 1/3
        { indicator: 'Andel i arbeid 6 måneder etter programslutt', target: 0.6 }, // D1 + D3 = 2/3
        { indicator: 'Andel som fullførte programmet', target: 0.6 }, // 2/3
        { indicator: 'Andel mentorpar som nådde møtemålet', target: 0.6 }, // meetings 8,8,8 ≥ 6: 3/3
      )
      .build();
    expect(goalsOf(snapshot).map((g) => [g.metric, g.numerator, g.denominator, g.status])).toEqual([
      ['workOrEducationRateAtEnd', 2, 3, 'reached'],
      ['relevantEmploymentRateAtEnd', 1, 3, 'not-reached'],
      ['employmentRateFollowUp', 2, 3, 'reached'],
      ['completionRate', 2, 3, 'reached'],
      ['pairsMeetingTargetRate', 3, 3, 'reached'],
    ]);
  });
});

describe('counts and means', () => {
  it('a count target is taken as written: 2 participants against 4 → 0.5', () => {
    const [goal] = goalsOf(
      workbook().withParticipants({}, {}).withGoals({ indicator: 'Antall deltakere', goalText: 'Minst 4 deltakere', target: 4 }).build(),
    );
    expect(goal).toMatchObject({ kind: 'count', achieved: 2, target: 4, attainment: 0.5, status: 'not-reached', numerator: null, denominator: null });
  });

  it('jobs attributed to the programme', () => {
    const [goal] = goalsOf(
      workbook()
        .withParticipants({}, { attributedToProgramme: 'Usikker' }, {})
        .withGoals({ indicator: 'Antall i jobb som følge av programmet', goalText: 'Minst 2 i jobb', target: 2 })
        .build(),
    );
    expect(goal).toMatchObject({ achieved: 2, status: 'reached', attainment: 1 });
  });

  it('a mean: (4 + 5) / 2 = 4.5 against 4 → attainment 1.125', () => {
    const [goal] = goalsOf(
      workbook()
        .withParticipants({ selfAssessment: 4 }, { selfAssessment: 5 }, { selfAssessment: null })
        .withGoals({ indicator: 'Deltakernes egenvurdering (snitt 1–5)', goalText: 'Snitt minst 4', target: '4,0' })
        .build(),
    );
    expect(goal).toMatchObject({ kind: 'mean', achieved: 4.5, target: 4, attainment: 1.125, status: 'reached' });
  });

  it('a target of 0 is reached by anything ≥ 0, with no attainment (no division by zero)', () => {
    const [goal] = goalsOf(workbook().withGoals({ indicator: 'Antall i jobb som følge av programmet', goalText: 'Minst 0', target: 0 }).build());
    expect(goal).toMatchObject({ status: 'reached', attainment: null });
  });

  it('a negative target is not reached: it cannot be assessed, with no attainment', () => {
    const [goal] = goalsOf(workbook().withGoals({ indicator: 'Antall i jobb som følge av programmet', goalText: 'Minst -5', target: -5 }).build());
    expect(goal).toMatchObject({ status: 'not-assessable', attainment: null });
  });
});

describe('Annet uses Oppnådd as written', () => {
  const other = { indicator: 'Annet', goalText: 'Minst 20 fellessamlinger', target: 20 } as const;

  it('22 against 20 → attainment 1.1', () => {
    expect(goalsOf(workbook().withGoals({ ...other, achieved: 22 }).build())[0]).toMatchObject({
      kind: 'number',
      metric: null,
      achieved: 22,
      reported: 22,
      attainment: 1.1,
      status: 'reached',
    });
  });

  it('«60 %» is 60, not 0.6: 60 against a target of «75 %» (75) → 0.8', () => {
    const [goal] = goalsOf(workbook().withGoals({ ...other, goalText: 'Minst 75 % fornøyde', target: '75 %', achieved: '60 %' }).build());
    expect(goal).toMatchObject({ target: 75, achieved: 60, attainment: 0.8, status: 'not-reached' });
  });

  it('without Oppnådd the achievement is unknown: not assessable', () => {
    expect(goalsOf(workbook().withGoals({ ...other, achieved: null }).build())[0]).toMatchObject({
      achieved: null,
      attainment: null,
      status: 'not-assessable',
    });
  });

  it('with no number in the text the goal is unclear: not assessable', () => {
    expect(goalsOf(workbook().withGoals({ ...other, goalText: 'Mange samlinger', achieved: 22 }).build())[0]).toMatchObject({
      missing: ['number'],
      status: 'not-assessable',
      attainment: null,
    });
  });
});

describe('not assessable', () => {
  it.each([
    ['no indicator', { indicator: null }, ['indicator']],
    ['no target', { target: null }, ['target']],
    ['a target that is not a number', { target: 'høy' }, ['target']],
    ['no time point', { timepoint: null }, ['timepoint']],
    ['nothing but the text', { indicator: null, target: null, timepoint: null }, ['indicator', 'target', 'timepoint']],
  ] as const)('an unclear goal: %s', (_name, change, missing) => {
    const [goal] = goalsOf(workbook().withGoals({ ...change }).build());
    expect(goal).toMatchObject({ status: 'not-assessable', attainment: null, missing });
  });

  it('a rate over zero leavers has no achieved value', () => {
    const [goal] = goalsOf(workbook().withParticipants({ ...ongoing }).withGoals({ ...employment, target: 0.5, achieved: 0.5 }).build());
    expect(goal).toMatchObject({ achieved: null, reported: 0.5, attainment: null, status: 'not-assessable', numerator: 0, denominator: 0 });
  });

  it('pairs meeting the target, without an expected number of meetings', () => {
    const [goal] = goalsOf(
      workbook().withInfo({ minMeetings: null }).withGoals({ indicator: 'Andel mentorpar som nådde møtemålet', target: 0.8 }).build(),
    );
    expect(goal).toMatchObject({ achieved: null, status: 'not-assessable' });
  });

  it('the achieved value is still shown for an unclear goal whose metric is known', () => {
    const [goal] = goalsOf(workbook().withGoals({ timepoint: null }).build());
    expect(goal).toMatchObject({ achieved: 1, target: 0.5, status: 'not-assessable', attainment: null });
  });
});

it('each goal row is assessed in order, with its row and Mål cell', () => {
  const goals = goalsOf(workbook().withGoals({}, { goalId: null, indicator: 'andel i ARBEID ved programslutt' }).build());
  expect(goals.map((g) => [g.id, g.row, g.cell, g.indicator, g.status])).toEqual([
    ['M1', 2, 'B2', 'Andel i arbeid ved programslutt', 'reached'],
    [null, 3, 'B3', 'Andel i arbeid ved programslutt', 'reached'],
  ]);
});
