/**
 * The requirement conditions table (engine/conditions.ts): every "required when" column on
 * Deltakere and Mål has a predicate the rules test with, and the template prompt says the same condition.
 */
import { CONDITIONS, GOALS, PARTICIPANTS, readWorkbook } from '../../src/engine';
import type { Condition } from '../../src/engine';
import { requirementText } from '../../src/hosts/template-text';
import { NOW, workbook } from '../helpers/builder';

const conditional = PARTICIPANTS.columns.flatMap((column) =>
  typeof column.required === 'object' ? [[column.header, column.required.when] as const] : [],
);

test.each(conditional)('%s: required when %s, with a predicate and the prompt in its words', (_header, when: Condition) => {
  expect(CONDITIONS[when].holds).not.toBeNull();
  expect(requirementText({ when }, 'nb')).toBe(`Påkrevd ${CONDITIONS[when].text.nb}.`);
  expect(requirementText({ when }, 'en')).toBe(`Required ${CONDITIONS[when].text.en}.`);
});

test('the predicates decide per row as the contract says', () => {
  const read = readWorkbook(
    workbook()
      .withParticipants(
        { completed: 'Ja', statusAtEnd: 'Fast ansatt' },
        { completed: 'Pågår', statusAtEnd: null, endDate: null, mentorId: null },
        { completed: 'Nei', statusAtEnd: 'Praksis eller tiltak uten lønn' },
      )
      .build(),
    { now: NOW },
  );
  const holds = (when: Condition): boolean[] => read.participants.rows.map((row) => CONDITIONS[when].holds?.(row, read) ?? false);
  expect(holds('leaver')).toEqual([true, false, true]);
  expect(holds('employedAtEnd')).toEqual([true, false, false]);
  expect(holds('mentorSet')).toEqual([true, false, true]);
});

test.each([
  [PARTICIPANTS, 'participants'],
  [GOALS, 'goals'],
] as const)('every condition a column of %s is required under decides on that sheet\'s rows', (sheet, rows) => {
  const conditions = sheet.columns.flatMap((column) => (typeof column.required === 'object' ? [column.required.when] : []));
  expect(conditions.length).toBeGreaterThan(0);
  for (const when of conditions) expect(CONDITIONS[when].sheet).toBe(rows);
});

test('the goal conditions decide per goal: every goal is to be clear; Oppnådd is required for «Annet» only', () => {
  const read = readWorkbook(
    workbook()
      .withGoals({}, { indicator: 'Annet', goalText: 'Minst 10 samlinger', target: 10, achieved: 12 }, { indicator: null })
      .build(),
    { now: NOW },
  );
  const goalHolds = (when: 'goalClarity' | 'otherGoal'): boolean[] => read.goals.rows.map((row) => CONDITIONS[when].holds(row));
  expect(goalHolds('goalClarity')).toEqual([true, true, true]);
  expect(goalHolds('otherGoal')).toEqual([false, true, false]);
});
