import { ADDIN_SHEETS, validate, withExplanations } from '../../src/engine';
import { BrowserHost } from '../../src/taskpane/browser/browser-host';
import type { Host } from '../../src/hosts/host';
import { NOW, workbook } from '../helpers/builder';

/** One warning: «Relevant jobb» missing at Deltakere!R2. */
const snapshot = () => workbook().withParticipants({ relevantJob: null }).build();

test('an explanation saved on the browser page is read back by the engine as explained', async () => {
  const host = new BrowserHost(snapshot());
  expect(validate(await host.readSnapshot(), { now: NOW }).counts.explained).toBe(0);

  await host.saveExplanations([{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'r2', text: ' Ukjent for oss. ' }]);
  const report = validate(await host.readSnapshot(), { now: NOW });
  expect(report.findings).toEqual([expect.objectContaining({ rule: 'job-relevance-missing', cell: 'R2', explanation: 'Ukjent for oss.' })]);
  expect(report.counts.explained).toBe(1);
  expect(host.storedExplanations).toEqual([{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R2', text: 'Ukjent for oss.' }]);
});

test('saving again replaces the explanation, and empty text removes it', async () => {
  const host = new BrowserHost(snapshot());
  const at = { rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R2' };
  await host.saveExplanations([{ ...at, text: 'Første' }]);
  await host.saveExplanations([{ ...at, sheet: 'DELTAKERE', text: 'Andre' }]);
  expect(host.storedExplanations.map((e) => e.text)).toEqual(['Andre']);
  await host.saveExplanations([{ ...at, text: '  ' }]);
  expect(host.storedExplanations).toEqual([]);
  expect(Object.keys((await host.readSnapshot()).sheets)).not.toContain(ADDIN_SHEETS.explanations);
});

test('explanations already in the opened file are kept and can be changed', async () => {
  const opened = workbook()
    .withParticipants({ relevantJob: null })
    .withExplanations(['job-relevance-missing', 'Deltakere', 'R2', 'Fra før'], ['email-invalid', 'Programinfo', 'B11', 'Annen'])
    .build();
  const host = new BrowserHost(opened);
  expect(validate(await host.readSnapshot(), { now: NOW }).findings[0].explanation).toBe('Fra før');

  await host.saveExplanations([{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R2', text: 'Ny' }]);
  const sheet = (await host.readSnapshot()).sheets[ADDIN_SHEETS.explanations];
  expect(sheet).toEqual([
    ['Regel', 'Ark', 'Celle', 'Forklaring'],
    ['email-invalid', 'Programinfo', 'B11', 'Annen'],
    ['job-relevance-missing', 'Deltakere', 'R2', 'Ny'],
  ]);
  // The opened snapshot itself is never changed.
  expect(opened.sheets[ADDIN_SHEETS.explanations]?.[1]).toEqual(['job-relevance-missing', 'Deltakere', 'R2', 'Fra før']);
});

test('withExplanations keeps every other sheet as it was, in order', () => {
  const original = snapshot();
  const result = withExplanations(original, [{ rule: 'r', sheet: 'Deltakere', cell: 'A1', text: 't' }]);
  const names = Object.keys(original.sheets);
  expect(Object.keys(result.sheets)).toEqual([...names, ADDIN_SHEETS.explanations]);
  for (const name of names) expect(result.sheets[name]).toBe(original.sheets[name]);
});

test('the browser page offers reading and explanations only: no grid, and nothing written into the opened file', () => {
  const host: Host = new BrowserHost(snapshot());
  const offered = (['selectCell', 'markFindings', 'clearMarks', 'writeKeyFigures', 'insertTemplate', 'saveExplanations'] as const).filter(
    (ability) => host[ability] !== undefined,
  );
  expect(offered).toEqual(['saveExplanations']);
});

test('a re-read of the file keeps the explanations written in the page, over the file’s own', async () => {
  const fromFile = withExplanations(snapshot(), [{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R2', text: 'Gammel tekst.' }]);
  const first = new BrowserHost(fromFile);
  await first.saveExplanations([{ rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R2', text: 'Ny tekst fra siden.' }]);

  const reread = new BrowserHost(fromFile, first.storedExplanations);
  const report = validate(await reread.readSnapshot(), { now: NOW });
  expect(report.findings).toEqual([expect.objectContaining({ rule: 'job-relevance-missing', explanation: 'Ny tekst fra siden.' })]);
  expect(reread.storedExplanations).toHaveLength(1);
});
