/** @jest-environment jsdom */
/**
 * The findings list as it reads at 350 px: severity filters in the summary, groups by rule in
 * the report's order with the rule's fix advice and its first cells, «Vis alle», the selected
 * finding's cell and row, one «Forklar» for a whole rule, and goals that name what they lack.
 */
import './setup-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { ruleFix, validate } from '../../src/engine';
import { App } from '../../src/taskpane/components/App';
import { groupByRule } from '../../src/taskpane/components/Findings';
import { Pane } from '../../src/taskpane/components/Pane';
import { workbook } from '../helpers/builder';
import { BROWSER_LACKS, FakeHost } from './fake-host';

/**
 * Five participants in work without «Relevant jobb» (R2–R6, warnings of one rule), one with an
 * invalid Kjønn (B7, an error), and a goal with neither indicator, target nor time point.
 */
function snapshot() {
  const missing = Array.from({ length: 5 }, () => ({ relevantJob: null }));
  return workbook()
    .withParticipants(...missing, { gender: 'Ukjent' })
    .withMentors({ menteeCount: 6 })
    .withGoals({}, { goalText: 'Flere skal få jobb', indicator: null, target: null, timepoint: null })
    .build();
}

async function renderChecked(host: FakeHost) {
  render(
    <App lang="nb" theme={webLightTheme}>
      <Pane host={host} lang="nb" autoCheck />
    </App>,
  );
  await screen.findByRole('heading', { name: 'Resultat' });
}

const groupOf = (rule: string) => document.querySelector(`[data-rule="${rule}"]`) as HTMLElement;
const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '');

test('groups follow the report order, each with its fix advice and its first three cells', async () => {
  const expected = validate(snapshot(), { lang: 'nb' });
  await renderChecked(new FakeHost(snapshot()));
  const groups = groupByRule(expected);
  expect(groups.map((g) => g.summary.rule)).toEqual([...new Set(expected.findings.map((f) => f.rule))]);
  expect(document.querySelectorAll('[data-rule]')).toHaveLength(groups.length);
  for (const { summary } of groups) {
    const advice = ruleFix(summary.rule, 'nb');
    expect(advice.length).toBeGreaterThan(10);
    expect(within(groupOf(summary.rule)).getByText(advice)).toBeTruthy();
  }
  const relevance = groupOf('job-relevance-missing');
  expect(within(relevance).getAllByRole('button', { name: /^Gå til / })).toHaveLength(3);
  fireEvent.click(within(relevance).getByRole('button', { name: 'Vis alle (5)' }));
  expect(within(relevance).getAllByRole('button', { name: /^Gå til / }).map((b) => /R\d+/.exec(b.getAttribute('aria-label') ?? '')?.[0])).toEqual([
    'R2',
    'R3',
    'R4',
    'R5',
    'R6',
  ]);
});

test('a severity count filters the list; pressing it again shows everything', async () => {
  await renderChecked(new FakeHost(snapshot()));
  const all = headings();
  expect(all.some((h) => h.startsWith('advarsel'))).toBe(true);
  const errors = screen.getByRole('button', { name: '1 feil' });
  expect(errors.getAttribute('aria-pressed')).toBe('false');
  fireEvent.click(errors);
  expect(errors.getAttribute('aria-pressed')).toBe('true');
  expect(headings()).toEqual(all.filter((h) => h.startsWith('feil')));
  expect(screen.getByText('Viser bare feil.')).toBeTruthy();

  // Another severity replaces the filter; the same one again removes it.
  const warnings = screen.getByRole('button', { name: /advarsler$/ });
  fireEvent.click(warnings);
  expect(errors.getAttribute('aria-pressed')).toBe('false');
  expect(headings()).toEqual(all.filter((h) => h.startsWith('advarsel')));
  fireEvent.click(warnings);
  expect(headings()).toEqual(all);
  expect(screen.queryByText(/^Viser bare/)).toBeNull();
  // Nothing to show: the count cannot be pressed.
  expect(screen.getByRole('button', { name: '0 info' }).getAttribute('aria-disabled')).toBe('true');
});

test('a selected finding shows its cell value and its row’s ID and status fields beside it', async () => {
  const host = new FakeHost(snapshot(), { without: BROWSER_LACKS });
  await renderChecked(host);
  expect(screen.queryByTestId('cell-details')).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: /^Gå til Deltakere!B7:/ }));
  const details = await screen.findByRole('group', { name: 'Cellen Deltakere!B7 nå' });
  const terms = within(details).getAllByRole('term').map((t) => t.textContent);
  const values = within(details).getAllByRole('definition').map((d) => d.textContent);
  expect(terms).toEqual(['Verdi', 'Rad 7']);
  expect(values[0]).toBe('Ukjent');
  expect(values[1]).toBe('DeltakerID: D6 · Status ved oppstart: Arbeidsledig · Status ved programslutt: Fast ansatt · Status 6 mnd etter: Fast ansatt');
  // It sits inside the chosen finding's own list item.
  expect(screen.getByRole('button', { name: /^Gå til Deltakere!B7:/ }).closest('li')?.contains(details)).toBe(true);

  // Choosing another finding moves the details there; an empty cell says so.
  fireEvent.click(screen.getByRole('button', { name: /^Gå til Deltakere!R3:/ }));
  const next = await screen.findByRole('group', { name: 'Cellen Deltakere!R3 nå' });
  expect(within(next).getAllByRole('definition')[0].textContent).toBe('(tom)');
  expect(within(next).getAllByRole('definition')[1].textContent).toContain('DeltakerID: D2');
  expect(screen.getAllByTestId('cell-details')).toHaveLength(1);
});

test('one «Forklar» explains every warning of a rule at once, then checks once', async () => {
  const host = new FakeHost(snapshot());
  await renderChecked(host);
  const relevance = groupOf('job-relevance-missing');
  // One button for the rule, none per cell, none for errors.
  expect(screen.queryByRole('button', { name: /^Forklar: Deltakere!R/ })).toBeNull();
  expect(within(groupOf('value-code')).queryByRole('button', { name: /Forklar/ })).toBeNull();

  fireEvent.click(within(relevance).getByRole('button', { name: 'Forklar alle (5)' }));
  const field = screen.getByRole('textbox', { name: 'Forklaring til alle 5 advarslene' });
  expect(document.activeElement).toBe(field);
  fireEvent.change(field, { target: { value: 'Deltakerne ønsket ikke å svare.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lagre forklaring' }));

  await screen.findByText('5 advarsler er forklart, og rapporten er kontrollert på nytt.');
  // All five in one call: the host writes them in one batch (in Excel, a few syncs for any number).
  expect(host.callsOf('saveExplanations').map((c) => c.args[0])).toEqual([
    ['R2', 'R3', 'R4', 'R5', 'R6'].map((cell) => ({ rule: 'job-relevance-missing', sheet: 'Deltakere', cell, text: 'Deltakerne ønsket ikke å svare.' })),
  ]);
  expect(host.callsOf('readSnapshot')).toHaveLength(2);
  expect(screen.getByText('5 av advarslene er forklart.')).toBeTruthy();
  expect(within(groupOf('job-relevance-missing')).getByText('5 av 5 forklart')).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(within(groupOf('job-relevance-missing')).getByRole('button', { name: 'Forklar alle (5)' })));

  // Opened again, the form holds the shared text; emptied, it removes all five.
  fireEvent.click(within(groupOf('job-relevance-missing')).getByRole('button', { name: 'Forklar alle (5)' }));
  const again = screen.getByRole('textbox', { name: 'Forklaring til alle 5 advarslene' }) as HTMLTextAreaElement;
  expect(again.value).toBe('Deltakerne ønsket ikke å svare.');
  fireEvent.change(again, { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lagre forklaring' }));
  await screen.findByText('Forklaringene er fjernet, og rapporten er kontrollert på nytt.');
  expect(host.callsOf('saveExplanations').slice(1).map((c) => (c.args[0] as { text: string }[]).map((e) => e.text))).toEqual([['', '', '', '', '']]);
  expect(screen.queryByText(/av advarslene er forklart/)).toBeNull();
});

test('a goal that cannot be assessed names the parts it lacks', async () => {
  await renderChecked(new FakeHost(snapshot(), { without: BROWSER_LACKS }));
  const goal = screen.getByRole('rowheader', { name: /^M2: / }).closest('tr') as HTMLElement;
  const status = within(goal).getAllByRole('cell')[2];
  expect(status.textContent).toBe('kan ikke vurderesMangler indikator, tallfestet målverdi og måletidspunkt.');
});
