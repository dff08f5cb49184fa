/**
 * Key figures of the contract. Every rate keeps its numerator and denominator; a rate over an
 * empty denominator is null ("cannot be computed"), never 0.
 */
import { EDUCATION_STATUS, GATHERING, isEmployedStatus, KNOWN_RELEVANCE, MetricKey, NO, NOT_FOLLOWED_UP, ONGOING, PARTICIPANTS, ParticipantKey, YES } from './template';
import type { ColumnDef } from './template';
import type { ParsedCell } from './reader';
import { dateValue, numberValue, Row, stringValue, WorkbookRead } from './reader';
import { addMonths } from './parse';

export type MetricKind = 'count' | 'rate' | 'mean' | 'amount';

export interface Metric {
  readonly key: MetricKey;
  readonly kind: MetricKind;
  /** Counts: the count. Rates: numerator / denominator. Means: sum / n. Amounts: kroner / n. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export type Metrics = Readonly<Record<MetricKey, Metric>>;

type P = Row<ParticipantKey>;

const count = (key: MetricKey, value: number): Metric => ({ key, kind: 'count', value, numerator: value, denominator: null });

function ratio(key: MetricKey, kind: MetricKind, sum: number | null, denominator: number): Metric {
  // A sum that overflows (two values of 1e308) cannot be computed: null everywhere, so the HTML
  // never shows «∞» where the JSON says null.
  const numerator = sum === null || Number.isFinite(sum) ? sum : null;
  const value = numerator === null || denominator === 0 ? null : numerator / denominator;
  return { key, kind, value: value === null || Number.isFinite(value) ? value : null, numerator, denominator };
}

export function isLeaver(row: P): boolean {
  const completed = stringValue(row.cells.completed);
  return completed === YES || completed === NO;
}

/**
 * Employed at the end, as the contract's `employedAtEnd` defines it: a leaver in one of the four
 * paid statuses. The rules use the same test, so "3 av 6 deltakere i arbeid" matches the key figure.
 */
export const employedAtEnd = (row: P): boolean => isLeaver(row) && isEmployedStatus(stringValue(row.cells.statusAtEnd));
/** A paid status at follow-up (whoever wrote one). */
export const employedAtFollowUp = (row: P): boolean => isEmployedStatus(stringValue(row.cells.statusFollowUp));

/** Sluttdato + follow-up months, when that is on or before the reference date; else null. */
export function followUpDueDate(row: P, read: WorkbookRead): Date | null {
  const end = dateValue(row.cells.endDate);
  if (end === null) return null;
  const due = addMonths(end, read.context.followUpMonths);
  return due.getTime() <= read.context.referenceDate.getTime() ? due : null;
}

/** The contract's `followUpDue`: a leaver whose follow-up date has passed by the reference date. */
export const isFollowUpDue = (row: P, read: WorkbookRead): boolean => isLeaver(row) && followUpDueDate(row, read) !== null;

const countWhere = <T>(items: readonly T[], test: (item: T) => boolean): number => items.reduce((n, item) => (test(item) ? n + 1 : n), 0);

/**
 * A participant's number as data for a key figure, or null. A value outside its column's fixed
 * range (an Egenvurdering of 50 on the 1–5 scale, 900 meetings) is a finding (value-range),
 * not data: it never enters a mean or a count, so one typo cannot make a goal look reached.
 */
/** Deltakere's columns by key: looked up per participant and key figure, so not with a find and a closure each time. */
const PARTICIPANT_COLUMNS: ReadonlyMap<string, ColumnDef> = new Map((PARTICIPANTS.columns as readonly ColumnDef[]).map((c) => [c.key, c]));

export function participantNumber(cell: ParsedCell | undefined, key: ParticipantKey): number | null {
  const value = numberValue(cell);
  if (value === null) return null;
  const column = PARTICIPANT_COLUMNS.get(key);
  const min = typeof column?.min === 'number' ? column.min : null;
  const max = typeof column?.max === 'number' ? column.max : null;
  if (min !== null && (column?.minExclusive === true ? value <= min : value < min)) return null;
  if (max !== null && value > max) return null;
  return value;
}

function mean(key: MetricKey, values: readonly (number | null)[]): Metric {
  const given = values.filter((v): v is number => v !== null);
  return ratio(key, 'mean', given.reduce((a, b) => a + b, 0), given.length);
}

export type GoalMetricKey = 'goals' | 'goalsClear' | 'goalsReached';
export type DataMetrics = Readonly<Record<Exclude<MetricKey, GoalMetricKey>, Metric>>;

export function goalMetrics(goals: number, clear: number, reached: number): Readonly<Record<GoalMetricKey, Metric>> {
  return { goals: count('goals', goals), goalsClear: count('goalsClear', clear), goalsReached: count('goalsReached', reached) };
}

/** Participant, mentor and activity figures; the goal counts follow from the goal assessment. */
export function computeDataMetrics(read: WorkbookRead): DataMetrics {
  const people = read.participants.rows;
  const leavers = people.filter(isLeaver);
  const employed = leavers.filter(employedAtEnd);
  const workOrEducation = countWhere(leavers, (r) => employedAtEnd(r) || stringValue(r.cells.statusAtEnd) === EDUCATION_STATUS);
  const due = leavers.filter((r) => isFollowUpDue(r, read));
  const pairs = people.filter((r) => stringValue(r.cells.mentorId) !== null);
  const minMeetings = read.context.minMeetings;
  const mentors = read.mentors.rows;
  const grant = read.context.grantAmount;
  const completed = countWhere(people, (r) => stringValue(r.cells.completed) === YES);
  const droppedOut = countWhere(people, (r) => stringValue(r.cells.completed) === NO);

  return {
    participants: count('participants', people.length),
    completed: count('completed', completed),
    droppedOut: count('droppedOut', droppedOut),
    ongoing: count('ongoing', countWhere(people, (r) => stringValue(r.cells.completed) === ONGOING)),
    leavers: count('leavers', leavers.length),
    completionRate: ratio('completionRate', 'rate', completed, leavers.length),
    employedAtEnd: count('employedAtEnd', employed.length),
    employmentRateAtEnd: ratio('employmentRateAtEnd', 'rate', employed.length, leavers.length),
    workOrEducationRateAtEnd: ratio('workOrEducationRateAtEnd', 'rate', workOrEducation, leavers.length),
    relevantEmploymentRateAtEnd: ratio(
      'relevantEmploymentRateAtEnd',
      'rate',
      countWhere(employed, (r) => stringValue(r.cells.relevantJob) === YES),
      leavers.length,
    ),
    jobRelevanceCoverage: ratio(
      'jobRelevanceCoverage',
      'rate',
      countWhere(employed, (r) => (KNOWN_RELEVANCE as readonly string[]).includes(stringValue(r.cells.relevantJob) ?? '')),
      employed.length,
    ),
    jobsAttributedToProgramme: count(
      'jobsAttributedToProgramme',
      countWhere(employed, (r) => stringValue(r.cells.attributedToProgramme) === YES),
    ),
    followUpDue: count('followUpDue', due.length),
    followUpCoverage: ratio(
      'followUpCoverage',
      'rate',
      countWhere(due, (r) => {
        const status = stringValue(r.cells.statusFollowUp);
        return status !== null && status !== NOT_FOLLOWED_UP;
      }),
      due.length,
    ),
    employmentRateFollowUp: ratio('employmentRateFollowUp', 'rate', countWhere(due, employedAtFollowUp), due.length),
    mentorPairs: count('mentorPairs', pairs.length),
    meanMeetingsPerPair: mean('meanMeetingsPerPair', pairs.map((r) => participantNumber(r.cells.meetings, 'meetings'))),
    // Without an expectation (or with one below 1, which value-range reports) the rate is
    // unknown, not 0: the numerator is null while the pairs stay visible as the denominator.
    // A pair that gives no number of meetings has not shown that it met the target.
    pairsMeetingTargetRate: ratio(
      'pairsMeetingTargetRate',
      'rate',
      minMeetings === null || minMeetings < 1 ? null : countWhere(pairs, (r) => (participantNumber(r.cells.meetings, 'meetings') ?? -1) >= minMeetings),
      pairs.length,
    ),
    mentors: count('mentors', mentors.length),
    mentorTrainingRate: ratio('mentorTrainingRate', 'rate', countWhere(mentors, (r) => stringValue(r.cells.trained) === YES), mentors.length),
    professionalMatchRate: ratio(
      'professionalMatchRate',
      'rate',
      countWhere(mentors, (r) => stringValue(r.cells.fieldMatch) === YES),
      mentors.length,
    ),
    selfAssessmentMean: mean('selfAssessmentMean', people.map((r) => participantNumber(r.cells.selfAssessment, 'selfAssessment'))),
    gatherings: count('gatherings', countWhere(read.activities.rows, (r) => stringValue(r.cells.activity) === GATHERING)),
    grantPerParticipant: ratio('grantPerParticipant', 'amount', grant, people.length),
    grantPerWorkOrEducation: ratio('grantPerWorkOrEducation', 'amount', grant, workOrEducation),
  };
}
