/**
 * The content of a filled-in report, by column key, for writers that produce report
 * workbooks from data (examples, test corpora). Headers come from the template definition.
 */
import type { ActivityKey, CellValue, GoalKey, MentorKey, ParticipantKey, ProgrammeInfoKey } from '../../engine';

export type RowValues<K extends string> = Partial<Record<K, CellValue>>;

export interface ReportContent {
  readonly info: RowValues<ProgrammeInfoKey>;
  readonly goals: readonly RowValues<GoalKey>[];
  readonly participants: readonly RowValues<ParticipantKey>[];
  readonly mentors: readonly RowValues<MentorKey>[];
  readonly activities?: readonly RowValues<ActivityKey>[];
}
