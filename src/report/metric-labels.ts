/**
 * What each key figure is called, in both languages. Rates name their denominator in the
 * label ("av dem som har sluttet"), because the choice of denominator changes the result and a
 * reader must never have to guess it. Reused by the reporters, the task pane and batch mode.
 */
import type { Lang, MetricKey } from '../engine';

export interface MetricLabel {
  /** Short name for a table row. */
  readonly label: string;
  /** What the denominator is, for rates and means; null for counts. */
  readonly denominator: string | null;
}

const l = (label: string, denominator: string | null = null): MetricLabel => ({ label, denominator });

export const METRIC_LABELS: Readonly<Record<MetricKey, Readonly<Record<Lang, MetricLabel>>>> = {
  participants: { nb: l('Deltakere'), en: l('Participants') },
  completed: { nb: l('Fullførte'), en: l('Completed') },
  droppedOut: { nb: l('Avbrøt'), en: l('Dropped out') },
  ongoing: { nb: l('Pågår'), en: l('Ongoing') },
  leavers: { nb: l('Har sluttet (fullført eller avbrutt)'), en: l('Leavers (completed or dropped out)') },
  completionRate: {
    nb: l('Andel som fullførte', 'deltakere som har sluttet'),
    en: l('Completion rate', 'leavers'),
  },
  employedAtEnd: { nb: l('I arbeid ved programslutt'), en: l('Employed at the end') },
  employmentRateAtEnd: {
    nb: l('Andel i arbeid ved programslutt', 'deltakere som har sluttet'),
    en: l('Employment rate at the end', 'leavers'),
  },
  workOrEducationRateAtEnd: {
    nb: l('Andel i arbeid eller utdanning ved programslutt', 'deltakere som har sluttet'),
    en: l('Work or education rate at the end', 'leavers'),
  },
  relevantEmploymentRateAtEnd: {
    nb: l('Andel i relevant arbeid ved programslutt', 'deltakere som har sluttet'),
    en: l('Relevant employment rate at the end', 'leavers'),
  },
  jobRelevanceCoverage: {
    nb: l('Andel i arbeid med kjent jobbrelevans', 'deltakere i arbeid ved programslutt'),
    en: l('Employed with known job relevance', 'leavers employed at the end'),
  },
  jobsAttributedToProgramme: { nb: l('I jobb som følge av programmet'), en: l('Jobs attributed to the programme') },
  followUpDue: { nb: l('Oppfølging forfalt'), en: l('Follow-up due') },
  followUpCoverage: {
    nb: l('Andel fulgt opp etter programslutt', 'deltakere med forfalt oppfølging'),
    en: l('Followed up after the end', 'participants due for follow-up'),
  },
  employmentRateFollowUp: {
    nb: l('Andel i arbeid ved oppfølging', 'deltakere med forfalt oppfølging'),
    en: l('Employment rate at follow-up', 'participants due for follow-up'),
  },
  mentorPairs: { nb: l('Mentorpar'), en: l('Mentor pairs') },
  meanMeetingsPerPair: {
    nb: l('Mentormøter per par (snitt)', 'mentorpar som oppgir antall møter'),
    en: l('Mentor meetings per pair (mean)', 'pairs that give the number of meetings'),
  },
  pairsMeetingTargetRate: {
    nb: l('Andel mentorpar som nådde møtemålet', 'mentorpar'),
    en: l('Mentor pairs that met the meeting target', 'mentor pairs'),
  },
  mentors: { nb: l('Mentorer'), en: l('Mentors') },
  mentorTrainingRate: {
    nb: l('Andel mentorer med opplæring', 'mentorer'),
    en: l('Mentors trained before the start', 'mentors'),
  },
  professionalMatchRate: {
    nb: l('Andel mentorer med samsvarende fagfelt', 'mentorer'),
    en: l("Mentors whose field matches the mentee's", 'mentors'),
  },
  selfAssessmentMean: {
    nb: l('Deltakernes egenvurdering (snitt 1–5)', 'deltakere som har svart'),
    en: l("Participants' self-assessment (mean 1–5)", 'participants who answered'),
  },
  gatherings: { nb: l('Fellessamlinger'), en: l('Joint gatherings') },
  grantPerParticipant: {
    nb: l('Tilskudd per deltaker (kr)', 'deltakere'),
    en: l('Grant per participant (NOK)', 'participants'),
  },
  grantPerWorkOrEducation: {
    nb: l('Tilskudd per deltaker i arbeid eller utdanning (kr)', 'deltakere i arbeid eller utdanning ved programslutt'),
    en: l('Grant per participant in work or education (NOK)', 'leavers in work or education at the end'),
  },
  goals: { nb: l('Mål'), en: l('Goals') },
  goalsClear: { nb: l('Tydelige mål'), en: l('Clear goals') },
  goalsReached: { nb: l('Nådde mål'), en: l('Goals reached') },
};

export function metricLabel(key: MetricKey, lang: Lang): string {
  return METRIC_LABELS[key][lang].label;
}
