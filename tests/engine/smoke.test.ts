import { validate } from '../../src/engine';
import { NOW, workbook } from '../helpers/builder';

test('the clean builder report passes with no findings at all', () => {
  const report = validate(workbook().build(), { now: NOW });
  expect(report.findings).toEqual([]);
  expect(report.passed).toBe(true);
  expect(report.metrics.participants.value).toBe(1);
  expect(report.goals[0]).toMatchObject({ id: 'M1', target: 0.5, achieved: 1, status: 'reached', attainment: 2 });
});
