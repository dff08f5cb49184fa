import { defineRule } from '../rule';
import { dateValue } from '../reader';
import { formatDate } from '../parse';
import { PARTICIPANTS, PROGRAMME_INFO } from '../template';

const header = (key: string): string =>
  [...PARTICIPANTS.columns, ...PROGRAMME_INFO.fields].find((c) => c.key === key)?.header ?? key;

export default defineRule('date-order', 'error', (ctx) => {
  const { programmeInfo: info, participants } = ctx.read;
  const programStart = dateValue(info.fields.programStart);
  const programEnd = dateValue(info.fields.programEnd);
  if (programStart !== null && programEnd !== null && programEnd < programStart && info.fields.programEnd) {
    ctx.report({
      sheet: info.sheetName,
      cell: info.fields.programEnd.address,
      data: { later: formatDate(programEnd), laterColumn: header('programEnd'), earlier: formatDate(programStart), earlierColumn: header('programStart') },
    });
  }
  for (const row of participants.rows) {
    const start = dateValue(row.cells.startDate);
    const end = dateValue(row.cells.endDate);
    if (start === null || end === null || end >= start || !row.cells.endDate) continue;
    ctx.report({
      sheet: participants.sheetName,
      cell: row.cells.endDate.address,
      row: row.rowNumber,
      data: { later: formatDate(end), laterColumn: header('endDate'), earlier: formatDate(start), earlierColumn: header('startDate') },
    });
  }
});
