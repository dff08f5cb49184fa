import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { idKey } from './helpers';

export default defineRule('mentor-unknown', 'error', (ctx) => {
  const { participants, mentors } = ctx.read;
  if (!mentors.present || mentors.columns.mentorId === undefined) return;
  const known = new Set(mentors.rows.map((r) => stringValue(r.cells.mentorId)).filter((id): id is string => id !== null).map(idKey));
  for (const row of participants.rows) {
    const mentorId = stringValue(row.cells.mentorId);
    if (mentorId === null || row.cells.mentorId === undefined || known.has(idKey(mentorId))) continue;
    ctx.report({ sheet: participants.sheetName, cell: row.cells.mentorId.address, row: row.rowNumber, data: { mentorId } });
  }
});
