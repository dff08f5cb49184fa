/** The explanation sheet's row format and upsert, owned by the engine and used by every host. */
import {
  ADDIN_SHEETS,
  EXPLANATION_HEADERS,
  explanationRows,
  MAX_EXPLANATION_LENGTH,
  readExplanations,
  upsertExplanation,
  validate,
  withExplanations,
} from '../../src/engine';
import { NOW, workbook } from '../helpers/builder';

const a1 = { rule: 'a', sheet: 'S', cell: 'A1', text: 'x' };
const a2 = { rule: 'b', sheet: 'S', cell: 'A2', text: 'y' };

test('saving again replaces the explanation at the end; the others keep their order', () => {
  expect(upsertExplanation([a1, a2], { rule: 'a', sheet: ' s ', cell: 'a1', text: 'z' })).toEqual([a2, { rule: 'a', sheet: ' s ', cell: 'A1', text: 'z' }]);
});

test('empty or blank text removes it; text is trimmed and cut to what an Excel cell holds', () => {
  expect(upsertExplanation([a1, a2], { ...a1, text: '   ' })).toEqual([a2]);
  expect(upsertExplanation([], { ...a1, text: '  forklart  ' })).toEqual([{ ...a1, text: 'forklart' }]);
  const long = upsertExplanation([], { ...a1, text: 'æ'.repeat(MAX_EXPLANATION_LENGTH + 1) });
  expect(long[0].text).toHaveLength(32_767);
});

test('the rows are the header and one text row per explanation, and read back the same', () => {
  const rows = explanationRows([a1, { ...a2, cell: 'a2' }]);
  expect(rows).toEqual([[...EXPLANATION_HEADERS], ['a', 'S', 'A1', 'x'], ['b', 'S', 'A2', 'y']]);
  const snapshot = withExplanations(workbook().build(), [a1, a2]);
  expect(snapshot.sheets[ADDIN_SHEETS.explanations]).toEqual(rows);
  expect(readExplanations(snapshot)).toEqual([a1, a2]);
  expect(Object.keys(withExplanations(snapshot, []).sheets)).not.toContain(ADDIN_SHEETS.explanations);
});

test('a warning whose explanation was upserted is reported as explained', () => {
  const snapshot = workbook().withParticipants({ relevantJob: null }).build();
  const saved = upsertExplanation(readExplanations(snapshot), { rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'r2', text: 'Ukjent.' });
  const report = validate(withExplanations(snapshot, saved), { now: NOW });
  expect(report.findings.find((f) => f.rule === 'job-relevance-missing')?.explanation).toBe('Ukjent.');
});
