/** @jest-environment jsdom */
import './setup-dom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { createExcelHost } from '../../src/hosts/excel';
import { App } from '../../src/taskpane/components/App';
import { Pane } from '../../src/taskpane/components/Pane';
import { workbook } from '../helpers/builder';
import { FakeExcel, formatRect } from '../fakes/excel-fake';
import { BROWSER_LACKS, FakeHost } from './fake-host';

/** «Kontroller mens jeg skriver» over the strict fake Excel: real events, real reads. */

function fakeWithUnknownGender(): { fake: FakeExcel; address: string } {
  const snapshot = workbook().withParticipants({}, { gender: 'Ukjent' }).build();
  const fake = FakeExcel.withSheets(snapshot.sheets);
  const rows = fake.values('Deltakere');
  const r = rows.findIndex((row) => row.includes('Ukjent'));
  const c = rows[r].indexOf('Ukjent');
  return { fake, address: formatRect({ top: r, left: c, bottom: r, right: c }) };
}

const ukjent = () => screen.queryAllByText(/Ukjent/);

function renderExcelPane(fake: FakeExcel) {
  return render(
    <App lang="nb" theme={webLightTheme}>
      <Pane host={createExcelHost(fake.run)} lang="nb" />
    </App>,
  );
}

describe('live re-check in Excel', () => {
  it('re-checks after an edit, and the finding it fixed leaves the list', async () => {
    const { fake, address } = fakeWithUnknownGender();
    renderExcelPane(fake);
    fireEvent.click(screen.getByRole('button', { name: 'Kontroller rapport' }));
    await waitFor(() => expect(ukjent().length).toBeGreaterThan(0));

    fireEvent.click(screen.getByRole('switch', { name: 'Kontroller mens jeg skriver' }));
    await waitFor(() => expect(fake.changeHandlers.size).toBe(1));

    fake.edit('Deltakere', address, { value: 'Kvinne' });
    await waitFor(() => expect(ukjent()).toHaveLength(0), { timeout: 3000 });
    // A later edit brings it back: the list follows the workbook, not just the first change.
    fake.edit('Deltakere', address, { value: 'Ukjent' });
    await waitFor(() => expect(ukjent().length).toBeGreaterThan(0), { timeout: 3000 });
  });

  it('marks again after a live re-check when marks are on', async () => {
    const { fake, address } = fakeWithUnknownGender();
    renderExcelPane(fake);
    fireEvent.click(screen.getByRole('button', { name: 'Marker celler' }));
    await waitFor(() => expect(screen.getByText(/Cellene med funn er markert/)).toBeTruthy());
    const marked = () => JSON.stringify(fake.describe(['Deltakere']));
    const before = marked();
    expect(before).toContain('rapportsjekk:error');

    fireEvent.click(screen.getByRole('switch', { name: 'Kontroller mens jeg skriver' }));
    await waitFor(() => expect(fake.changeHandlers.size).toBe(1));
    fake.edit('Deltakere', address, { value: 'Kvinne' });
    await waitFor(() => expect(marked()).not.toContain('rapportsjekk:error'), { timeout: 3000 });
  });

  it('removes the handler when the pane unmounts and when the toggle is turned off', async () => {
    const { fake } = fakeWithUnknownGender();
    const view = renderExcelPane(fake);
    const toggle = screen.getByRole('switch', { name: 'Kontroller mens jeg skriver' });
    fireEvent.click(toggle);
    await waitFor(() => expect(fake.changeHandlers.size).toBe(1));
    fireEvent.click(toggle);
    await waitFor(() => expect(fake.changeHandlers.size).toBe(0));
    fireEvent.click(toggle);
    await waitFor(() => expect(fake.changeHandlers.size).toBe(1));
    view.unmount();
    await waitFor(() => expect(fake.changeHandlers.size).toBe(0));
  });

  it('one burst of edits makes one re-check (debounced)', async () => {
    const host = new FakeHost(workbook().withParticipants({}).build());
    render(
      <App lang="en" theme={webLightTheme}>
        <Pane host={host} lang="en" />
      </App>,
    );
    fireEvent.click(screen.getByRole('switch', { name: 'Check as I type' }));
    await waitFor(() => expect(host.changeListeners.size).toBe(1));
    const reads = () => host.calls.filter((c) => c.method === 'readSnapshot').length;
    const snapshot = workbook().withParticipants({}, {}).build();
    for (let i = 0; i < 5; i++) host.change(snapshot);
    await waitFor(() => expect(reads()).toBe(1), { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(reads()).toBe(1);
  });

  it('is not offered by a host without change events (the browser page)', () => {
    render(
      <App lang="nb" theme={webLightTheme}>
        <Pane host={new FakeHost(workbook().build(), { without: BROWSER_LACKS })} lang="nb" />
      </App>,
    );
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
