/**
 * The template's requirement conditions (`required: { when }` in template.ts) as a table of
 * named predicates: the "required when" rules test a Deltakere row with them, the goal
 * assessment and goal-achieved-missing a Mål row, and the template prompts say them in words
 * («Påkrevd når Fullført er Ja eller Nei»). One place for both, so a prompt cannot promise what
 * the rule does not check.
 */
import { Row, stringValue, WorkbookRead } from './reader';
import { OTHER_INDICATOR } from './template';
import type { Condition, GoalKey, ParticipantKey } from './template';
import type { Texts } from './side-by-side';
import { employedAtEnd, employedAtFollowUp, isFollowUpDue, isLeaver } from './metrics';

export type ParticipantRow = Row<ParticipantKey>;
export type GoalRow = Row<GoalKey>;

interface Said {
  /** How the template prompt says it, after «Påkrevd» / «Required». */
  readonly text: Texts;
}

/** A condition on a Deltakere row: the "required when" rules (rules/helpers.ts) test every row with it. */
export interface ParticipantCondition extends Said {
  readonly sheet: 'participants';
  readonly holds: (row: ParticipantRow, read: WorkbookRead) => boolean;
}

/** A condition on a Mål row: the goal assessment (goals.ts) and goal-achieved-missing test every goal with it. */
export interface GoalCondition extends Said {
  readonly sheet: 'goals';
  readonly holds: (row: GoalRow) => boolean;
}

export type ConditionDef = ParticipantCondition | GoalCondition;

export const CONDITIONS = {
  mentorProgramme: {
    sheet: 'participants',
    text: { nb: 'i mentorprogram', en: 'in mentor programmes' },
    holds: (_row, read) => read.context.isMentorProgramme,
  },
  leaver: {
    sheet: 'participants',
    text: { nb: 'når Fullført er Ja eller Nei', en: 'when Fullført is Ja or Nei' },
    holds: isLeaver,
  },
  mentorSet: {
    sheet: 'participants',
    text: { nb: 'når MentorID er fylt ut', en: 'when MentorID is filled in' },
    holds: (row) => stringValue(row.cells.mentorId) !== null,
  },
  employedAtEnd: {
    sheet: 'participants',
    text: { nb: 'når deltakeren er i arbeid ved programslutt', en: 'when the participant is employed at the end' },
    holds: employedAtEnd,
  },
  followUpDue: {
    sheet: 'participants',
    text: {
      nb: 'når oppfølgingen er forfalt innen 31.12. i rapporteringsåret',
      en: 'when follow-up falls due by 31 December of the reporting year',
    },
    holds: isFollowUpDue,
  },
  employedAtFollowUp: {
    sheet: 'participants',
    text: { nb: 'når deltakeren er i arbeid ved oppfølging', en: 'when the participant is employed at follow-up' },
    holds: employedAtFollowUp,
  },
  // Every goal is to be clear (goal-unclear): its clarity columns are required on every Mål row.
  goalClarity: { sheet: 'goals', text: { nb: 'for at målet skal være tydelig', en: 'for the goal to be clear' }, holds: (_row) => true },
  otherGoal: {
    sheet: 'goals',
    text: { nb: 'når Indikator er «Annet»', en: 'when Indikator is «Annet»' },
    holds: (row) => stringValue(row.cells.indicator) === OTHER_INDICATOR,
  },
} as const satisfies Readonly<Record<Condition, ConditionDef>>;
