/**
 * Every key figure of the contract, hand-computed on one small programme (arithmetic in the
 * comments), then each rate over an empty denominator: null, never 0.
 */
import { Metric, MetricKey, validate, WorkbookSnapshot } from '../../src/engine';
import { NOW, workbook } from '../helpers/builder';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const metricsOf = (snapshot: WorkbookSnapshot): Readonly<Record<MetricKey, Metric>> => validate(snapshot, { now: NOW }).metrics;

// Reporting year 2025 (reference date 31.12.2025), follow-up 6 months, expectation 6 meetings.
// Ten participants; «due» = Sluttdato + 6 months ≤ 31.12.2025.
const none = { relevantJob: null, employmentShare: null, attributedToProgramme: null, relevantJobFollowUp: null } as const;
const ongoing = { completed: 'Pågår', endDate: null, statusAtEnd: null, statusFollowUp: null, ...none } as const;
const programme = () =>
  workbook()
    .withInfo({ grantAmount: 600000, minMeetings: 6 })
    .withParticipants(
      // D1: completed, permanent, relevant, attributed; due 30.11, employed at follow-up.
      { endDate: d('2025-05-31'), statusAtEnd: 'Fast ansatt', relevantJob: 'Ja', attributedToProgramme: 'Ja', statusFollowUp: 'Fast ansatt', mentorId: 'M1', meetings: 8, selfAssessment: 4 },
      // D2: completed, temporary, partly relevant; due 30.12; not followed up.
      { ...none, endDate: d('2025-06-30'), statusAtEnd: 'Midlertidig ansatt', relevantJob: 'Delvis', attributedToProgramme: 'Nei', statusFollowUp: 'Ikke fulgt opp', mentorId: 'M1', meetings: 6, selfAssessment: 5 },
      // D3: completed, self-employed, relevance «Ukjent»; due 15.02.2026: not due.
      { ...none, endDate: d('2025-08-15'), statusAtEnd: 'Selvstendig næringsdrivende', relevantJob: 'Ukjent', attributedToProgramme: 'Usikker', statusFollowUp: null, mentorId: 'M2', meetings: 3, selfAssessment: 3 },
      // D4: dropped out into unpaid practice (NOT employed); due 30.09; job seeker at follow-up.
      { ...none, completed: 'Nei', endDate: d('2025-03-31'), statusAtEnd: 'Praksis eller tiltak uten lønn', statusFollowUp: 'Arbeidssøker', mentorId: 'M2', meetings: null, selfAssessment: null },
      // D5: dropped out into education; due 30.10; education at follow-up; no mentor.
      { ...none, completed: 'Nei', endDate: d('2025-04-30'), statusAtEnd: 'Utdanning', statusFollowUp: 'Utdanning', mentorId: null, meetings: null, selfAssessment: 2 },
      // D6: completed, paid trainee post, relevant, attributed; due 31.07; temporary at follow-up.
      { endDate: d('2025-01-31'), statusAtEnd: 'Traineestilling med lønn', relevantJob: 'Ja', attributedToProgramme: 'Ja', statusFollowUp: 'Midlertidig ansatt', relevantJobFollowUp: 'Ja', mentorId: 'M3', meetings: 12, selfAssessment: 5 },
      // D7, D8: ongoing.
      { ...ongoing, mentorId: 'M3', meetings: 2, selfAssessment: null },
      { ...ongoing, mentorId: 'M1', meetings: 0, selfAssessment: 4 },
      // D9: completed, job seeker; due 31.03.2026: not due.
      { ...none, endDate: d('2025-09-30'), statusAtEnd: 'Arbeidssøker', statusFollowUp: null, mentorId: null, meetings: null, selfAssessment: null },
      // D10: dropped out, status unknown; due 31.01.2026: not due.
      { ...none, completed: 'Nei', endDate: d('2025-07-31'), statusAtEnd: 'Ukjent', statusFollowUp: null, mentorId: null, meetings: null, selfAssessment: 1 },
    )
    .withMentors(
      { trained: 'Ja', fieldMatch: 'Ja', menteeCount: 3 },
      { trained: 'Ja', fieldMatch: 'Delvis', menteeCount: 2 },
      { trained: 'Nei', fieldMatch: 'Nei', menteeCount: 2 },
      { trained: 'Ja', fieldMatch: 'Ja', menteeCount: 0 },
    )
    .withActivities(
      { activity: 'Fellessamling' },
      { activity: 'Nettverksmøte' },
      { activity: 'fellessamling ' },
      { activity: 'Opplæring av mentorer' },
      { activity: 'Fellessamling' },
    );

describe('key figures of one hand-computed programme', () => {
  const m = metricsOf(programme().build());

  const counts: [MetricKey, number, string][] = [
    ['participants', 10, 'ten data rows in Deltakere'],
    ['completed', 5, 'Fullført Ja: D1 D2 D3 D6 D9'],
    ['droppedOut', 3, 'Fullført Nei: D4 D5 D10'],
    ['ongoing', 2, 'Fullført Pågår: D7 D8'],
    ['leavers', 8, '5 completed + 3 dropped out'],
    ['employedAtEnd', 4, 'paid statuses among leavers: D1 D2 D3 D6 (D4 is unpaid practice)'],
    ['jobsAttributedToProgramme', 2, 'employed leavers with «Ja»: D1 D6 (D2 Nei, D3 Usikker)'],
    ['followUpDue', 5, 'leavers due by 31.12.2025: D1 D2 D4 D5 D6 (D3 D9 D10 fall in 2026)'],
    ['mentorPairs', 7, 'participants with a MentorID: D1 D2 D3 D4 D6 D7 D8'],
    ['mentors', 4, 'four rows in Mentorer'],
    ['gatherings', 3, 'three Fellessamling rows (one written loosely) of five activities'],
  ];
  it.each(counts)('%s = %d (%s)', (key, value) => {
    expect(m[key]).toEqual({ key, kind: 'count', value, numerator: value, denominator: null });
  });

  const rates: [MetricKey, number, number, string][] = [
    ['completionRate', 5, 8, 'completed / leavers = 5/8 = 0.625'],
    ['employmentRateAtEnd', 4, 8, 'employedAtEnd / leavers = 4/8 = 0.5'],
    ['workOrEducationRateAtEnd', 5, 8, '(4 employed + D5 in Utdanning) / 8 = 0.625'],
    ['relevantEmploymentRateAtEnd', 2, 8, 'employed with Relevant jobb Ja (D1 D6) / leavers = 2/8 = 0.25'],
    ['jobRelevanceCoverage', 3, 4, 'employed with Ja/Delvis/Nei (D1 D2 D6; D3 «Ukjent» is not) / 4 employed = 0.75'],
    ['followUpCoverage', 4, 5, 'due with a status other than «Ikke fulgt opp» (D1 D4 D5 D6; D2 not) / 5 = 0.8'],
    ['employmentRateFollowUp', 2, 5, 'due and employed at follow-up (D1 D6) / 5 due = 0.4'],
    ['pairsMeetingTargetRate', 3, 7, 'pairs with ≥ 6 meetings (D1 8, D2 6, D6 12) / 7 pairs; D4 gives none = 3/7'],
    ['mentorTrainingRate', 3, 4, 'mentors trained Ja (M1 M2 M4) / 4 = 0.75'],
    ['professionalMatchRate', 2, 4, 'mentors with Fagfelt samsvarer Ja (M1 M4; Delvis is not) / 4 = 0.5'],
  ];
  it.each(rates)('%s = %d/%d (%s)', (key, numerator, denominator) => {
    expect(m[key]).toMatchObject({ key, kind: 'rate', numerator, denominator });
    expect(m[key].value).toBeCloseTo(numerator / denominator, 12);
  });

  it('meanMeetingsPerPair = 31/6 over the pairs that give a number (8+6+3+12+2+0; D4 gives none)', () => {
    expect(m.meanMeetingsPerPair).toMatchObject({ kind: 'mean', numerator: 31, denominator: 6 });
    expect(m.meanMeetingsPerPair.value).toBeCloseTo(5.1667, 4);
  });

  it('selfAssessmentMean = 24/7 over those who answered (4+5+3+2+5+4+1)', () => {
    expect(m.selfAssessmentMean).toMatchObject({ kind: 'mean', numerator: 24, denominator: 7 });
    expect(m.selfAssessmentMean.value).toBeCloseTo(3.4286, 4);
  });

  it('grantPerParticipant = 600 000 / 10 = 60 000 kr', () => {
    expect(m.grantPerParticipant).toEqual({ key: 'grantPerParticipant', kind: 'amount', value: 60000, numerator: 600000, denominator: 10 });
  });

  it('grantPerWorkOrEducation = 600 000 / 5 in work or education at the end = 120 000 kr', () => {
    expect(m.grantPerWorkOrEducation).toEqual({ key: 'grantPerWorkOrEducation', kind: 'amount', value: 120000, numerator: 600000, denominator: 5 });
  });
});

describe('employed is paid work only', () => {
  it.each([
    ['Fast ansatt', 1],
    ['Midlertidig ansatt', 1],
    ['Selvstendig næringsdrivende', 1],
    ['Traineestilling med lønn', 1],
    ['Praksis eller tiltak uten lønn', 0],
    ['Utdanning', 0],
    ['Arbeidssøker', 0],
    ['Utenfor arbeidsstyrken', 0],
    ['Ukjent', 0],
  ] as const)('%s counts %d as employed at the end', (statusAtEnd, employed) => {
    const m = metricsOf(workbook().withParticipants({ statusAtEnd }).build());
    expect(m.employedAtEnd.value).toBe(employed);
    expect(m.employmentRateAtEnd).toMatchObject({ numerator: employed, denominator: 1, value: employed });
  });

  it('an ongoing participant with a paid status at the end is not counted: only leavers are', () => {
    const m = metricsOf(workbook().withParticipants({}, { completed: 'Pågår' }).build());
    expect(m.employedAtEnd.value).toBe(1);
    expect(m.employmentRateAtEnd).toMatchObject({ numerator: 1, denominator: 1 });
  });
});

describe('follow-up due: Sluttdato + follow-up months ≤ 31.12 of the reporting year', () => {
  const due = (endDate: Date, followUpMonths?: number | null) =>
    metricsOf(workbook().withInfo({ followUpMonths }).withParticipants({ endDate }).build())
      .followUpDue.value;

  it.each([
    ['30.06 + 6 = 30.12: due', d('2025-06-30'), 6, 1],
    ['01.07 + 6 = 01.01.2026: not due', d('2025-07-01'), 6, 0],
    ['31.08 + 6 = 28.02.2026 (clamped): not due', d('2025-08-31'), 6, 0],
    ['31.08 + 4 = 31.12: due on the reference date itself', d('2025-08-31'), 4, 1],
    ['31.12.2024 + 12 = 31.12.2025: due', d('2024-12-31'), 12, 1],
    ['default 6 when the row is absent', d('2025-06-30'), undefined, 1],
    ['default 6 when the row is absent: 01.07 not due', d('2025-07-01'), undefined, 0],
    ['default 6 when the value is empty', d('2025-07-01'), null, 0],
  ] as const)('%s', (_name, endDate, months, expected) => {
    expect(due(endDate, months)).toBe(expected);
  });

  it('the reporting year sets the reference date, not today', () => {
    const m = metricsOf(workbook().withInfo({ reportingYear: 2026 }).withParticipants({ endDate: d('2025-08-31') }).build());
    // 31.08.2025 + 6 = 28.02.2026 ≤ 31.12.2026
    expect(m.followUpDue.value).toBe(1);
  });
});

describe('a rate over an empty denominator is null, never 0', () => {
  const allOngoing = workbook().withParticipants({ ...ongoing }, { ...ongoing }).build();

  it.each([
    'completionRate',
    'employmentRateAtEnd',
    'workOrEducationRateAtEnd',
    'relevantEmploymentRateAtEnd',
  ] as const)('%s with no leavers', (key) => {
    expect(metricsOf(allOngoing)[key]).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it('jobRelevanceCoverage with no one employed', () => {
    const m = metricsOf(workbook().withParticipants({ ...none, statusAtEnd: 'Arbeidssøker' }).build());
    expect(m.jobRelevanceCoverage).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(m.employmentRateAtEnd).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
  });

  it('followUpCoverage and employmentRateFollowUp with no follow-up due', () => {
    const m = metricsOf(workbook().withParticipants({ endDate: d('2025-10-01') }).build());
    expect(m.followUpDue.value).toBe(0);
    expect(m.followUpCoverage).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(m.employmentRateFollowUp).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it('mentor rates with no mentors', () => {
    const m = metricsOf(workbook().withMentors().build());
    expect(m.mentors.value).toBe(0);
    expect(m.mentorTrainingRate).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(m.professionalMatchRate).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it('pair figures with no pairs', () => {
    const m = metricsOf(workbook().withInfo({ programType: 'Traineeprogram' }).withParticipants({ mentorId: null, meetings: null }).build());
    expect(m.mentorPairs.value).toBe(0);
    expect(m.meanMeetingsPerPair).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(m.pairsMeetingTargetRate).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it('selfAssessmentMean when nobody answered', () => {
    expect(metricsOf(workbook().withParticipants({ selfAssessment: null }).build()).selfAssessmentMean).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });

  it('grant figures with no participants, and with no one in work or education', () => {
    const empty = metricsOf(workbook().withRawParticipants().build());
    expect(empty.participants.value).toBe(0);
    expect(empty.grantPerParticipant).toMatchObject({ value: null, numerator: 500000, denominator: 0 });
    const noOutcome = metricsOf(workbook().withParticipants({ ...none, statusAtEnd: 'Arbeidssøker' }).build());
    expect(noOutcome.grantPerWorkOrEducation).toMatchObject({ value: null, numerator: 500000, denominator: 0 });
    expect(noOutcome.grantPerParticipant).toMatchObject({ value: 500000, numerator: 500000, denominator: 1 });
  });

  it('grant figures without a grant amount', () => {
    const m = metricsOf(workbook().withInfo({ grantAmount: null }).build());
    expect(m.grantPerParticipant).toMatchObject({ value: null, numerator: null, denominator: 1 });
  });
});

describe('pairsMeetingTargetRate needs an expectation', () => {
  it.each([
    ['the row is absent', undefined],
    ['the value is empty', null],
    ['the value is not a whole number (value-type)', 'ofte'],
    ['the value is below 1 (value-range)', 0],
  ] as const)('null when %s, with the pairs still as denominator', (_name, minMeetings) => {
    const m = metricsOf(workbook().withInfo({ minMeetings }).withParticipants({ meetings: 8 }, { meetings: 2 }).build());
    expect(m.pairsMeetingTargetRate).toMatchObject({ value: null, numerator: null, denominator: 2 });
  });

  it('meetings ≥ the expectation meet it; a pair without a number does not', () => {
    // expectation 6: 6 and 8 meet it, 5 and (no number) do not → 2/4
    const m = metricsOf(workbook().withParticipants({ meetings: 6 }, { meetings: 8 }, { meetings: 5 }, { meetings: null }).build());
    expect(m.pairsMeetingTargetRate).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
    expect(m.meanMeetingsPerPair).toMatchObject({ numerator: 19, denominator: 3 });
  });
});

describe('goal counts', () => {
  it('goals, goalsClear and goalsReached', () => {
    // M1 reached (1/1 employed ≥ 0.5); M2 not reached (1 participant < 5); M3 unclear (no time point).
    const m = metricsOf(
      workbook()
        .withGoals({}, { indicator: 'Antall deltakere', goalText: 'Minst 5 deltakere', target: 5 }, { timepoint: null })
        .build(),
    );
    expect(m.goals.value).toBe(3);
    expect(m.goalsClear.value).toBe(2);
    expect(m.goalsReached.value).toBe(1);
  });

  it('goalsClear does not depend on which rules were run', () => {
    const snapshot = workbook().withGoals({}, { indicator: null }).build();
    const all = validate(snapshot, { now: NOW });
    const none = validate(snapshot, { now: NOW, rules: [] });
    expect(all.metrics.goalsClear.value).toBe(1);
    expect(none.metrics.goalsClear.value).toBe(1);
  });
});

it('every metric key of the contract is present', () => {
  const m = metricsOf(programme().build());
  for (const [key, metric] of Object.entries(m)) expect(metric.key).toBe(key);
  expect(Object.keys(m).sort()).toEqual(
    [
      'participants', 'completed', 'droppedOut', 'ongoing', 'leavers', 'completionRate', 'employedAtEnd', 'employmentRateAtEnd',
      'workOrEducationRateAtEnd', 'relevantEmploymentRateAtEnd', 'jobRelevanceCoverage', 'jobsAttributedToProgramme', 'followUpDue',
      'followUpCoverage', 'employmentRateFollowUp', 'mentorPairs', 'meanMeetingsPerPair', 'pairsMeetingTargetRate', 'mentors',
      'mentorTrainingRate', 'professionalMatchRate', 'selfAssessmentMean', 'gatherings', 'grantPerParticipant', 'grantPerWorkOrEducation',
      'goals', 'goalsClear', 'goalsReached',
    ].sort(),
  );
});

describe('values outside their range are findings, not data', () => {
  // One Egenvurdering of 50 on the 1–5 scale would give a mean of 20 and a goal «snitt minst 4» reached.
  const snapshot = workbook()
    .withParticipants({ selfAssessment: 3 }, { selfAssessment: 50 }, { selfAssessment: 0 }, { meetings: 9000 })
    .withGoals({ indicator: 'Deltakernes egenvurdering (snitt 1–5)', goalText: 'Snitt minst 4', target: 4, timepoint: 'Ved programslutt' })
    .build();
  const report = validate(snapshot, { now: NOW });

  it('the mean is over the values on the scale only, and the goal is not reached', () => {
    // 3 and the builder's clean 4 (the fourth participant); 50 and 0 are left out.
    expect(report.metrics.selfAssessmentMean).toMatchObject({ numerator: 7, denominator: 2, value: 3.5 });
    expect(report.goals[0]).toMatchObject({ status: 'not-reached', achieved: 3.5 });
    expect(report.metrics.meanMeetingsPerPair.numerator).toBeLessThan(9000);
  });

  it('each is reported as a finding', () => {
    const rows = report.findings.filter((f) => f.rule === 'value-range').map((f) => f.cell);
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });
});

it('a figure past the largest number is «cannot be computed» (null), never Infinity', () => {
  const report = validate(
    workbook()
      .withInfo({ grantAmount: 1.7e308 })
      .withParticipants({ meetings: 150 }, { meetings: 150 })
      .withGoals({ indicator: 'Antall i jobb som følge av programmet', goalText: 'Minst litt', target: 1e-320 })
      .build(),
    { now: NOW },
  );
  for (const metric of Object.values(report.metrics)) {
    for (const n of [metric.value, metric.numerator, metric.denominator]) expect(n === null || Number.isFinite(n)).toBe(true);
  }
  // 1 / 1e-320 overflows: no attainment rather than Infinity (which JSON would print as null and HTML as ∞).
  expect(report.goals[0]).toMatchObject({ status: 'reached', attainment: null });
});
