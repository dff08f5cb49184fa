import { defineRule } from '../rule';
import { numberValue, stringValue } from '../reader';
import { idKey } from './helpers';

/** Needs the participants' MentorID column; without it every count would look wrong. */
export default defineRule('mentor-mentee-count-mismatch', 'warning', (ctx) => {
  const { participants, mentors } = ctx.read;
  if (!participants.present || participants.columns.mentorId === undefined) return;
  const named = new Map<string, number>();
  for (const row of participants.rows) {
    const id = stringValue(row.cells.mentorId);
    if (id === null) continue;
    const key = idKey(id);
    named.set(key, (named.get(key) ?? 0) + 1);
  }
  ctx.setScope(mentors.rows.length);
  for (const row of mentors.rows) {
    const mentorId = stringValue(row.cells.mentorId);
    const stated = numberValue(row.cells.menteeCount);
    if (mentorId === null || stated === null || row.cells.menteeCount === undefined) continue;
    const actual = named.get(idKey(mentorId)) ?? 0;
    if (actual !== stated) {
      ctx.report({ sheet: mentors.sheetName, cell: row.cells.menteeCount.address, row: row.rowNumber, data: { mentorId, stated, actual } });
    }
  }
});
