/**
 * The template's requirement conditions (`required: { when }` in template.ts) as a table of
 * named predicates: the "required when" rules test a Deltakere row with them, and the template
 * prompts say them in words («Påkrevd når Fullført er Ja eller Nei»). One place for both, so a
 * prompt cannot promise what the rule does not check.
 */
import { Row, stringValue, WorkbookRead } from './reader';
import type { Lang } from './rule-ids';
import type { Condition, ParticipantKey } from './template';
import { employedAtEnd, employedAtFollowUp, isFollowUpDue, isLeaver } from './metrics';

export type ParticipantRow = Row<ParticipantKey>;

export interface ConditionDef {
  /** How the template prompt says it, after «Påkrevd» / «Required». */
  readonly text: Readonly<Record<Lang, string>>;
  /**
   * Whether the condition holds for a Deltakere row. Null for the goal conditions, which
   * goals.ts assesses per goal (goal-unclear, goal-achieved-missing).
   */
  readonly holds: ((row: ParticipantRow, read: WorkbookRead) => boolean) | null;
}

export const CONDITIONS: Readonly<Record<Condition, ConditionDef>> = {
  mentorProgramme: {
    text: { nb: 'i mentorprogram', en: 'in mentor programmes' },
    holds: (_row, read) => read.context.isMentorProgramme,
  },
  leaver: {
    text: { nb: 'når Fullført er Ja eller Nei', en: 'when Fullført is Ja or Nei' },
    holds: isLeaver,
  },
  mentorSet: {
    text: { nb: 'når MentorID er fylt ut', en: 'when MentorID is filled in' },
    holds: (row) => stringValue(row.cells.mentorId) !== null,
  },
  employedAtEnd: {
    text: { nb: 'når deltakeren er i arbeid ved programslutt', en: 'when the participant is employed at the end' },
    holds: employedAtEnd,
  },
  followUpDue: {
    text: {
      nb: 'når oppfølgingen er forfalt innen 31.12. i rapporteringsåret',
      en: 'when follow-up falls due by 31 December of the reporting year',
    },
    holds: isFollowUpDue,
  },
  employedAtFollowUp: {
    text: { nb: 'når deltakeren er i arbeid ved oppfølging', en: 'when the participant is employed at follow-up' },
    holds: employedAtFollowUp,
  },
  goalClarity: { text: { nb: 'for at målet skal være tydelig', en: 'for the goal to be clear' }, holds: null },
  otherGoal: { text: { nb: 'når Indikator er «Annet»', en: 'when Indikator is «Annet»' }, holds: null },
};
