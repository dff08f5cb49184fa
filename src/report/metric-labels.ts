/**
 * What each key figure is called, in both languages. Rates name their denominator in the
 * label ("av dem som har sluttet"), because the choice of denominator changes the result and a
 * reader must never have to guess it. Reused by the reporters, the task pane and batch mode.
 */
import type { Both, Lang, MetricKey } from '../engine';

export interface MetricLabel {
  /** Short name for a table row. */
  readonly label: string;
  /** What the denominator is, for rates and means; null for counts. */
  readonly denominator: string | null;
}

/**
 * What rates and means are over, each named once: several key figures share a denominator,
 * and a reader comparing them must see the same words.
 */
const OVER = {
  leavers: ['deltakere som har sluttet', 'leavers'],
  employedAtEnd: ['deltakere i arbeid ved programslutt', 'leavers employed at the end'],
  workOrEducationAtEnd: ['deltakere i arbeid eller utdanning ved programslutt', 'leavers in work or education at the end'],
  followUpDue: ['deltakere med forfalt oppfølging', 'participants due for follow-up'],
  participants: ['deltakere', 'participants'],
  answered: ['deltakere som har svart', 'participants who answered'],
  pairs: ['mentorpar', 'mentor pairs'],
  pairsWithMeetings: ['mentorpar som oppgir antall møter', 'pairs that give the number of meetings'],
  mentors: ['mentorer', 'mentors'],
} as const satisfies Record<string, Both<string>>;

/** A key figure's name in both languages, and what it is over (none for counts). */
function labels([nb, en]: Both<string>, over?: Both<string>): Readonly<Record<Lang, MetricLabel>> {
  return { nb: { label: nb, denominator: over?.[0] ?? null }, en: { label: en, denominator: over?.[1] ?? null } };
}

export const METRIC_LABELS: Readonly<Record<MetricKey, Readonly<Record<Lang, MetricLabel>>>> = {
  participants: labels(['Deltakere', 'Participants']),
  completed: labels(['Fullførte', 'Completed']),
  droppedOut: labels(['Avbrøt', 'Dropped out']),
  ongoing: labels(['Pågår', 'Ongoing']),
  leavers: labels(['Har sluttet (fullført eller avbrutt)', 'Leavers (completed or dropped out)']),
  completionRate: labels(['Andel som fullførte', 'Completion rate'], OVER.leavers),
  employedAtEnd: labels(['I arbeid ved programslutt', 'Employed at the end']),
  employmentRateAtEnd: labels(['Andel i arbeid ved programslutt', 'Employment rate at the end'], OVER.leavers),
  workOrEducationRateAtEnd: labels(['Andel i arbeid eller utdanning ved programslutt', 'Work or education rate at the end'], OVER.leavers),
  relevantEmploymentRateAtEnd: labels(['Andel i relevant arbeid ved programslutt', 'Relevant employment rate at the end'], OVER.leavers),
  jobRelevanceCoverage: labels(['Andel i arbeid med kjent jobbrelevans', 'Employed with known job relevance'], OVER.employedAtEnd),
  jobsAttributedToProgramme: labels(['I jobb som følge av programmet', 'Jobs attributed to the programme']),
  followUpDue: labels(['Oppfølging forfalt', 'Follow-up due']),
  followUpCoverage: labels(['Andel fulgt opp etter programslutt', 'Followed up after the end'], OVER.followUpDue),
  employmentRateFollowUp: labels(['Andel i arbeid ved oppfølging', 'Employment rate at follow-up'], OVER.followUpDue),
  mentorPairs: labels(['Mentorpar', 'Mentor pairs']),
  meanMeetingsPerPair: labels(['Mentormøter per par (snitt)', 'Mentor meetings per pair (mean)'], OVER.pairsWithMeetings),
  pairsMeetingTargetRate: labels(['Andel mentorpar som nådde møtemålet', 'Mentor pairs that met the meeting target'], OVER.pairs),
  mentors: labels(['Mentorer', 'Mentors']),
  mentorTrainingRate: labels(['Andel mentorer med opplæring', 'Mentors trained before the start'], OVER.mentors),
  professionalMatchRate: labels(['Andel mentorer med samsvarende fagfelt', "Mentors whose field matches the mentee's"], OVER.mentors),
  selfAssessmentMean: labels(['Deltakernes egenvurdering (snitt 1–5)', "Participants' self-assessment (mean 1–5)"], OVER.answered),
  gatherings: labels(['Fellessamlinger', 'Joint gatherings']),
  grantPerParticipant: labels(['Tilskudd per deltaker (kr)', 'Grant per participant (NOK)'], OVER.participants),
  grantPerWorkOrEducation: labels(['Tilskudd per deltaker i arbeid eller utdanning (kr)', 'Grant per participant in work or education (NOK)'], OVER.workOrEducationAtEnd),
  goals: labels(['Mål', 'Goals']),
  goalsClear: labels(['Tydelige mål', 'Clear goals']),
  goalsReached: labels(['Nådde mål', 'Goals reached']),
};

export function metricLabel(key: MetricKey, lang: Lang): string {
  return METRIC_LABELS[key][lang].label;
}
