/** @jest-environment jsdom */
import './setup-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { webLightTheme } from '@fluentui/react-components';
import { validate } from '../../src/engine';
import type { Lang, Report } from '../../src/engine';
import { HostBlockedError } from '../../src/hosts/host-errors';
import { WorkbookReadError } from '../../src/hosts/xlsx/errors';
import { App } from '../../src/taskpane/components/App';
import { Pane } from '../../src/taskpane/components/Pane';
import { workbook } from '../helpers/builder';
import { BROWSER_LACKS, FakeHost } from './fake-host';

/**
 * A report with one error (Kjønn «Ukjent» in Deltakere!B3) and three warnings: «Relevant jobb»
 * missing (Deltakere!R3), mentee count (Mentorer!E2), and no expected number of meetings
 * (Programinfo!B11, which also makes pairsMeetingTargetRate impossible to compute).
 */
function problemSnapshot() {
  return workbook()
    .withInfo({ minMeetings: null })
    .withParticipants({}, { relevantJob: null, gender: 'Ukjent' })
    .build();
}

function renderPane(host: FakeHost, lang: Lang = 'nb') {
  return render(
    <App lang={lang} theme={webLightTheme}>
      <Pane host={host} lang={lang} />
    </App>,
  );
}

async function check(name = 'Kontroller rapport', heading = 'Resultat') {
  fireEvent.click(screen.getByRole('button', { name }));
  return screen.findByRole('heading', { name: heading });
}

const findingButton = (location: string) => screen.getByRole('button', { name: new RegExp(`^Gå til ${location.replace('!', '!')}:`) });

test('checking shows the counts by severity and the findings grouped by rule, each with its cell', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host);
  await check();

  expect(host.callsOf('readSnapshot')).toHaveLength(1);
  expect(screen.getByText('Rapporten har feil som må rettes før den kan leveres.')).toBeTruthy();
  const counts = screen.getByRole('list', { name: 'Resultat' });
  expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 feil', '3 advarsler', '0 info']);

  // One group per rule, with the roll-up line as its one count («…: 1 (1 funn)» counted twice),
  // in the report's own order (the HTML report's): by sheet in tab order, then rule.
  const expected = validate(problemSnapshot(), { lang: 'nb' });
  const groups = screen.getAllByRole('heading', { level: 3 });
  const ruleOrder = [...new Set(expected.findings.map((f) => f.rule))];
  expect(groups.map((h) => h.textContent)).toEqual(
    ruleOrder.map((rule) => {
      const summary = expected.rules.find((r) => r.rule === rule);
      return `${summary?.severity === 'error' ? 'feil' : 'advarsel'}${summary?.message}`;
    }),
  );
  expect(groups.some((h) => h.textContent?.includes('funn'))).toBe(false);

  for (const location of ['Deltakere!B3', 'Deltakere!R3', 'Mentorer!E2', 'Programinfo!B11']) {
    expect(findingButton(location).textContent).toContain(location);
  }
});

test('choosing a finding asks the host to select its sheet and cell', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host);
  await check();

  fireEvent.click(findingButton('Deltakere!R3'));
  await waitFor(() => expect(host.callsOf('selectCell')).toHaveLength(1));
  expect(host.callsOf('selectCell')[0].args).toEqual(['Deltakere', 'R3']);
  await waitFor(() => expect(findingButton('Deltakere!R3').getAttribute('aria-current')).toBe('true'));
  expect(findingButton('Mentorer!E2').getAttribute('aria-current')).toBeNull();
});

test('explaining a warning saves the explanation, checks again and shows the warning as explained', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host);
  await check();

  // Errors must be fixed; only warnings can be explained.
  expect(screen.queryByRole('button', { name: 'Forklar: Deltakere!B3' })).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Forklar: Deltakere!R3' }));
  const field = screen.getByRole('textbox', { name: 'Forklaring til advarselen' });
  expect(document.activeElement).toBe(field);
  fireEvent.change(field, { target: { value: '  Deltakeren ville ikke svare.  ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lagre forklaring' }));

  await screen.findByText('Forklaringen er lagret, og rapporten er kontrollert på nytt.');
  expect(host.callsOf('saveExplanations').map((c) => c.args[0])).toEqual([[
    { rule: 'job-relevance-missing', sheet: 'Deltakere', cell: 'R3', text: 'Deltakeren ville ikke svare.' },
  ]]);
  expect(host.callsOf('readSnapshot')).toHaveLength(2);
  expect(screen.getByText('1 av advarslene er forklart.')).toBeTruthy();
  const item = findingButton('Deltakere!R3').closest('li') as HTMLElement;
  expect(within(item).getByText('Forklart')).toBeTruthy();
  expect(within(item).getByText('Deltakeren ville ikke svare.')).toBeTruthy();
  // The form is gone and focus is back on the button that opened it.
  expect(screen.queryByRole('textbox')).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Endre forklaring: Deltakere!R3' }));
});

test('an empty explanation removes it; Escape closes the form without saving', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host);
  await check();

  fireEvent.click(screen.getByRole('button', { name: 'Forklar: Mentorer!E2' }));
  fireEvent.keyDown(screen.getByRole('textbox', { name: 'Forklaring til advarselen' }), { key: 'Escape' });
  expect(screen.queryByRole('textbox')).toBeNull();
  expect(host.callsOf('saveExplanations')).toHaveLength(0);

  fireEvent.click(screen.getByRole('button', { name: 'Forklar: Mentorer!E2' }));
  fireEvent.change(screen.getByRole('textbox'), { target: { value: 'To mentees byttet mentor.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lagre forklaring' }));
  await screen.findByText('1 av advarslene er forklart.');

  fireEvent.click(screen.getByRole('button', { name: 'Endre forklaring: Mentorer!E2' }));
  fireEvent.change(screen.getByRole('textbox'), { target: { value: '   ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lagre forklaring' }));
  await screen.findByText('Forklaringen er fjernet, og rapporten er kontrollert på nytt.');
  expect(host.callsOf('saveExplanations').map((c) => (c.args[0] as { text: string }[]).map((e) => e.text))).toEqual([['To mentees byttet mentor.'], ['']]);
  expect(screen.queryByText('Forklart')).toBeNull();
});

test('marks, key figures and the template go to the host, and the pane says what happened', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host);

  // Marking before any check checks first, then marks every finding.
  fireEvent.click(screen.getByRole('button', { name: 'Marker celler' }));
  await screen.findByText('Cellene med funn er markert. Verdiene dine er ikke endret.');
  const marked = host.callsOf('markFindings')[0].args[0] as Report['findings'];
  expect(marked.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(['Deltakere!B3', 'Deltakere!R3', 'Mentorer!E2', 'Programinfo!B11']);

  fireEvent.click(screen.getByRole('button', { name: 'Fjern markeringer' }));
  await screen.findByText('Markeringene er fjernet.');
  expect(host.callsOf('clearMarks')).toHaveLength(1);

  fireEvent.click(screen.getByRole('button', { name: 'Nøkkeltall' }));
  await screen.findByText('Nøkkeltallene er skrevet i arket «Nøkkeltall».');
  const written = host.callsOf('writeKeyFigures')[0].args[0] as Report;
  expect(written.metrics.participants.value).toBe(2);
  // Focus moves to the key figures, which show each rate with its basis.
  const heading = screen.getByRole('heading', { level: 2, name: 'Nøkkeltall' });
  expect(document.activeElement).toBe(heading);
  const row = (label: string) => screen.getByRole('rowheader', { name: new RegExp(`^${label}`) }).closest('tr') as HTMLElement;
  expect(within(row('Andel i arbeid ved programslutt')).getByRole('cell').textContent).toBe('100 % (2 av 2)');
  expect(within(row('Andel mentorpar som nådde møtemålet')).getByRole('cell').textContent).toBe('kan ikke beregnes');
  expect(within(row('Deltakere')).getByRole('cell').textContent).toBe('2');
  const goal = screen.getByRole('rowheader', { name: /^M1: / }).closest('tr') as HTMLElement;
  expect(within(goal).getAllByRole('cell').map((c) => c.textContent)).toEqual(['50 %', '100 % (2 av 2)', 'nådd']);

  fireEvent.click(screen.getByRole('button', { name: 'Sett inn mal' }));
  await screen.findByText('La til arkene: Mentorer. Disse arkene fantes fra før og ble ikke endret: Programinfo, Mål, Deltakere.');
  // The template comes in the pane's language.
  expect(host.callsOf('insertTemplate').map((c) => c.args)).toEqual([['nb']]);

  // Asked again with the figures already showing, focus goes back to them.
  const figuresButton = screen.getByRole('button', { name: 'Nøkkeltall' });
  act(() => figuresButton.focus());
  expect(document.activeElement).toBe(figuresButton);
  fireEvent.click(figuresButton);
  await waitFor(() => expect(host.callsOf('writeKeyFigures')).toHaveLength(2));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Nøkkeltall' })));
});

test('a failing host gives a message in plain words, and the pane keeps working', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host);

  const stack = new Error('The workbook is busy. Try again in a moment.\n    at Excel.run (office.js:1:1)');
  host.failNext('readSnapshot', stack);
  fireEvent.click(screen.getByRole('button', { name: 'Kontroller rapport' }));
  const message = await screen.findByText('Handlingen kunne ikke fullføres: The workbook is busy. Try again in a moment.');
  expect(message.textContent).not.toContain('office.js');
  expect(screen.getByText('Det gikk ikke')).toBeTruthy();

  await check();
  expect(screen.queryByText(/Handlingen kunne ikke fullføres/)).toBeNull();

  host.failNext('selectCell', { code: 'ItemNotFound', message: 'The requested resource does not exist.' });
  fireEvent.click(findingButton('Deltakere!R3'));
  await screen.findByText('Handlingen kunne ikke fullføres: The requested resource does not exist.');

  host.failNext('readSnapshot', new WorkbookReadError('encrypted'));
  fireEvent.click(screen.getByRole('button', { name: 'Kontroller rapport' }));
  await screen.findByText('filen er passordbeskyttet; fjern passordet og lagre på nytt');

  host.failNext('insertTemplate', 'nothing useful');
  fireEvent.click(screen.getByRole('button', { name: 'Sett inn mal' }));
  await screen.findByText('Handlingen kunne ikke fullføres: nothing useful');
  fireEvent.click(screen.getByRole('button', { name: 'Lukk' }));
  expect(screen.queryByText(/nothing useful/)).toBeNull();
});

test('marks and key figures never come from a stale check: the workbook is checked again before each write', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host);
  await check();
  expect(screen.getByText(/B3/)).toBeTruthy();
  // The user sorts the participants after the check: the unknown gender is now in row 2.
  host.change(workbook().withInfo({ minMeetings: null }).withParticipants({ relevantJob: null, gender: 'Ukjent' }, {}).build());
  fireEvent.click(screen.getByRole('button', { name: 'Marker celler' }));
  await screen.findByText('Cellene med funn er markert. Verdiene dine er ikke endret.');
  const marked = host.callsOf('markFindings')[0].args[0] as Report['findings'];
  expect(marked.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(['Deltakere!B2', 'Deltakere!R2', 'Mentorer!E2', 'Programinfo!B11']);
  // A participant was added: the key figures count three.
  host.change(workbook().withInfo({ minMeetings: null }).withParticipants({}, {}, {}).build());
  fireEvent.click(screen.getByRole('button', { name: 'Nøkkeltall' }));
  await screen.findByText('Nøkkeltallene er skrevet i arket «Nøkkeltall».');
  expect((host.callsOf('writeKeyFigures')[0].args[0] as Report).metrics.participants.value).toBe(3);
  expect(host.callsOf('readSnapshot')).toHaveLength(3);
});

test('protection and cell-edit mode: the pane says plainly what to do', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host);
  host.failNext('markFindings', new HostBlockedError('protected-sheets', ['Deltakere'], true));
  fireEvent.click(screen.getByRole('button', { name: 'Marker celler' }));
  await screen.findByText('Disse arkene er beskyttet og ble ikke endret: Deltakere. Velg Se gjennom → Opphev arkbeskyttelse på dem, og prøv igjen.');
  expect(screen.queryByText('Det gikk ikke')).toBeNull(); // a warning: the other sheets were marked

  host.failNext('insertTemplate', new HostBlockedError('protected-workbook'));
  fireEvent.click(screen.getByRole('button', { name: 'Sett inn mal' }));
  await screen.findByText(/Arbeidsboken har beskyttet struktur.*Se gjennom → Beskytt arbeidsbok/);

  host.failNext('writeKeyFigures', new HostBlockedError('cell-edit'));
  fireEvent.click(screen.getByRole('button', { name: 'Nøkkeltall' }));
  await screen.findByText('Excel er opptatt med å redigere en celle. Trykk Enter eller Esc i cellen, og prøv igjen.');
  expect(screen.getByText('Det gikk ikke')).toBeTruthy();
});

test('a render failure shows a message instead of a blank pane', () => {
  const Broken = (): never => {
    throw new Error('boom');
  };
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    render(
      <App lang="nb" theme={webLightTheme}>
        <Broken />
      </App>,
    );
  } finally {
    quiet.mockRestore();
  }
  expect(screen.getByText('Noe gikk galt i ruten')).toBeTruthy();
  expect(screen.getByText(/Arbeidsboken din er ikke endret/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Last inn på nytt' })).toBeTruthy();
  // The title stays, so the person knows which add-in this is.
  expect(screen.getByRole('heading', { level: 1, name: 'Rapportsjekk' })).toBeTruthy();
});

test('the pane speaks English when Office does', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host, 'en');
  expect(screen.getByRole('button', { name: 'Mark cells' })).toBeTruthy();
  await check('Check report', 'Result');
  expect(screen.getByRole('heading', { name: 'Findings by rule' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Explain: Deltakere!R3' })).toBeTruthy();
  expect(screen.getByRole('button', { name: /^Go to Deltakere!R3: The participant is employed/ })).toBeTruthy();
});

test('a host without marks, template, key-figures sheet or grid shows none of those controls and names a chosen finding', async () => {
  const host = new FakeHost(problemSnapshot(), { without: BROWSER_LACKS });
  render(
    <App lang="nb" theme={webLightTheme}>
      <Pane host={host} lang="nb" autoCheck />
    </App>,
  );
  await screen.findByRole('heading', { name: 'Resultat' });
  for (const name of ['Marker celler', 'Fjern markeringer', 'Sett inn mal']) expect(screen.queryByRole('button', { name })).toBeNull();
  // Key figures show at once: nothing is written anywhere.
  expect(screen.getByRole('heading', { level: 2, name: 'Nøkkeltall' })).toBeTruthy();

  // No grid to select in: the cell's value shows where the finding is listed.
  fireEvent.click(findingButton('Mentorer!E2'));
  await screen.findByRole('group', { name: 'Cellen Mentorer!E2 nå' });
  expect(findingButton('Mentorer!E2').getAttribute('aria-current')).toBe('true');
  // Pressing «Nøkkeltall» writes nothing and claims nothing was written.
  // Waits on the focus event itself (no polling deadline that a loaded machine can miss).
  const focusMoved = new Promise<EventTarget | null>((resolve) => document.addEventListener('focusin', (e) => resolve(e.target), { once: true }));
  fireEvent.click(screen.getByRole('button', { name: 'Nøkkeltall' }));
  const heading = screen.getByRole('heading', { level: 2, name: 'Nøkkeltall' });
  expect(await focusMoved).toBe(heading);
  expect(document.activeElement).toBe(heading);
  expect(screen.queryByText(/skrevet i arket/)).toBeNull();
  expect(host.calls.map((c) => c.method)).toEqual(['readSnapshot']);
  // Explaining is still offered: this host has that ability.
  expect(screen.getByRole('button', { name: 'Forklar: Mentorer!E2' })).toBeTruthy();
});

test('each control follows its own ability: marks without the template, and no explaining without a store', async () => {
  const host = new FakeHost(problemSnapshot(), { without: ['insertTemplate', 'saveExplanations'] });
  renderPane(host);
  await check();
  expect(screen.getByRole('button', { name: 'Marker celler' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Fjern markeringer' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Sett inn mal' })).toBeNull();
  expect(screen.queryByRole('button', { name: /^Forklar/ })).toBeNull();
  // Key figures are written to a sheet here, so the pane waits for the button to show them.
  expect(screen.queryByRole('heading', { level: 2, name: 'Nøkkeltall' })).toBeNull();
});

test('a clean report says it can be submitted', async () => {
  const host = new FakeHost(workbook().build());
  renderPane(host);
  await check();
  expect(screen.getByText('Rapporten har ingen feil og kan leveres.')).toBeTruthy();
  expect(screen.getByText('Ingen funn. Alt ser bra ut.')).toBeTruthy();
});

test('long lists show the first cells and the rest on request, and fold back', async () => {
  const many = Array.from({ length: 30 }, () => ({ relevantJob: null }));
  const host = new FakeHost(workbook().withParticipants(...many).withMentors({ menteeCount: 30 }).build());
  renderPane(host);
  await check();
  const group = () => screen.getAllByRole('button', { name: /^Gå til Deltakere!R\d+:/ });
  expect(group().map((b) => /R\d+/.exec(b.getAttribute('aria-label') ?? '')?.[0])).toEqual(['R2', 'R3', 'R4']);
  const showAll = screen.getByRole('button', { name: 'Vis alle (30)' });
  expect(showAll.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(showAll);
  expect(group()).toHaveLength(30);
  fireEvent.click(screen.getByRole('button', { name: 'Vis færre' }));
  expect(group()).toHaveLength(3);
});

test('a rule group folds away with its disclosure button', async () => {
  const host = new FakeHost(problemSnapshot());
  renderPane(host);
  await check();
  const group = findingButton('Deltakere!B3').closest('[data-rule]') as HTMLElement;
  const toggle = within(within(group).getByRole('heading', { level: 3 })).getByRole('button');
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(findingButton('Deltakere!B3')).toBeTruthy();
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(screen.queryByRole('button', { name: /^Gå til Deltakere!B3:/ })).toBeNull();
});

test('the pane has no accessibility violations, with findings, key figures and an open form', async () => {
  const host = new FakeHost(problemSnapshot());
  const { container } = renderPane(host);
  await check();
  fireEvent.click(screen.getByRole('button', { name: 'Nøkkeltall' }));
  await screen.findByText('Nøkkeltallene er skrevet i arket «Nøkkeltall».');
  fireEvent.click(screen.getByRole('button', { name: 'Forklar: Deltakere!R3' }));
  let results: Awaited<ReturnType<typeof axe>> | undefined;
  await act(async () => {
    results = await axe(container);
  });
  expect(results).toHaveNoViolations();
});
