import { defineRule } from '../rule';
import { isUnfilledCell } from '../reader';

/** An expectation written but unreadable (text, 0) is value-type's or value-range's. */
export default defineRule('meeting-expectation-missing', 'warning', (ctx) => {
  const { read } = ctx;
  const info = read.programmeInfo;
  if (!info.present || !read.context.isMentorProgramme) return;
  const cell = info.fields.minMeetings;
  if (cell !== undefined && !isUnfilledCell(cell)) return;
  ctx.report({ sheet: info.sheetName, cell: cell?.address ?? null, data: { programType: read.context.programType ?? '' } });
});
