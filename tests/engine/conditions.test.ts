/**
 * The requirement conditions table (engine/conditions.ts): every "required when" column on
 * Deltakere has a predicate the rules test with, and the template prompt says the same condition.
 */
import { CONDITIONS, PARTICIPANTS, readWorkbook } from '../../src/engine';
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
