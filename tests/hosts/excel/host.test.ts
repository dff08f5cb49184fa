/// <reference types="office-js" />
/**
 * The task pane's view: one Host over a workbook, used the way the pane uses it. After every
 * step the user's sheets hold exactly what they held before.
 */
import { ADDIN_SHEETS, validate } from '../../../src/engine';
import { createExcelHost } from '../../../src/hosts/excel';
import { NOW, workbook } from '../../helpers/builder';
import { fakeOf } from './helpers';

test('check, jump, mark, clear, key figures and explain through the Host interface', async () => {
  const fake = fakeOf(workbook().withParticipants({}, { relevantJob: null }, { immigrantCategory: 'Ingen innvandrerbakgrunn' }).build());
  fake.edit('Deltakere', 'A1:W1', { fill: '#4472C4' });
  const userSheets = fake.sheetNames();
  const before = fake.describe(userSheets);
  const host = createExcelHost(fake.run);
  // Excel has every ability the pane can show a control for.
  expect(Object.keys(host).sort()).toEqual(['applyFixes', 'clearMarks', 'insertTemplate', 'markFindings', 'onWorkbookChanged', 'readSnapshot', 'saveExplanations', 'selectCell', 'undoFixes', 'writeKeyFigures']);

  const report = validate(await host.readSnapshot(), { now: NOW });
  const [first] = report.findings;
  expect(first).toMatchObject({ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R3' });

  await host.selectCell('Deltakere', 'R3');
  expect(fake.state.selection).toEqual({ sheetId: fake.state.sheet('Deltakere').id, address: 'R3' });

  await host.markFindings(report.findings);
  expect(fake.state.sheet('Deltakere').conditionalFormats.length).toBeGreaterThan(0);
  await host.clearMarks();
  await host.writeKeyFigures(report);
  await host.saveExplanations([{ rule: 'target-group-mismatch', sheet: 'Deltakere', cell: 'D4', text: 'Forklart.' }]);
  expect(await host.insertTemplate('nb')).toMatchObject({ added: ['Aktiviteter'] });

  const again = validate(await host.readSnapshot(), { now: NOW });
  expect(again.findings.find((f) => f.rule === 'target-group-mismatch')?.explanation).toBe('Forklart.');
  expect(fake.describe(userSheets)).toEqual(before);
  expect(fake.sheetNames()).toEqual(expect.arrayContaining([ADDIN_SHEETS.keyFigures, ADDIN_SHEETS.explanations]));
});
