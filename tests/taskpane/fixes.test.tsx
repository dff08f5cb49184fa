/** @jest-environment jsdom */
/**
 * «Rett automatisk» in the pane: the preview lists every fix with its cell, proposals start
 * unticked, applying writes the ticked ones through the host (or downloads a fixed copy where
 * the host cannot write), the findings update, and «Angre rettelser» puts the values back.
 */
import './setup-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { webLightTheme } from '@fluentui/react-components';
import type { CellFix, Lang } from '../../src/engine';
import { App } from '../../src/taskpane/components/App';
import { Pane } from '../../src/taskpane/components/Pane';
import { SYNTHETIC_PERSONAL_ID } from '../../tools/example-reports';
import { workbook } from '../helpers/builder';
import { BROWSER_LACKS, FakeHost } from './fake-host';

/** A typo in Kjønn (an error), a personal ID in a comment (an error) and a goal written only as text. */
function fixable() {
  return workbook()
    .withParticipants({ gender: 'Kvnne', comment: `fnr ${SYNTHETIC_PERSONAL_ID}` })
    .withGoals({ goalText: 'Minst 60 % av deltakerne skal være i jobb seks måneder etter avsluttet program', indicator: null, target: null, timepoint: null })
    .build();
}

function renderPane(host: FakeHost, lang: Lang = 'nb', fixedCopy?: (fixes: readonly CellFix[]) => Promise<string>) {
  return render(
    <App lang={lang} theme={webLightTheme}>
      <Pane host={host} lang={lang} fixedCopy={fixedCopy} />
    </App>,
  );
}

async function checkAndOpenFixes(button = 'Kontroller rapport', fix = 'Rett automatisk') {
  fireEvent.click(screen.getByRole('button', { name: button }));
  fireEvent.click(await screen.findByRole('button', { name: fix }));
  return screen.findByRole('region', { name: /^(Rettelser|Fixes)/ });
}

test('the preview lists each fix with its cell; goal proposals start unticked', async () => {
  const { container } = renderPane(new FakeHost(fixable()));
  const panel = await checkAndOpenFixes();
  const boxes = within(panel).getAllByRole('checkbox');
  const labels = boxes.map((box) => `${(box as HTMLInputElement).checked ? '☑' : '☐'} ${box.closest('li')?.textContent ?? ''}`);
  expect(labels).toHaveLength(5);
  expect(labels[0]).toMatch(/^☑ Deltakere!W2: Fødselsnummeret \(018170\*{5}\) tas ut/);
  expect(labels[1]).toMatch(/^☑ Deltakere!B2 \(Forslag\): «Kvnne» er ikke en gyldig verdi for «Kjønn»; nærmeste kode er «Kvinne»\./);
  expect(labels.slice(2).every((l) => l.startsWith('☐ Mål!'))).toBe(true);
  expect(panel.textContent).not.toContain(SYNTHETIC_PERSONAL_ID);
  expect(within(panel).getByRole('button', { name: 'Rett valgte celler (2)' })).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();
});

test('applying writes the ticked fixes through the host, re-checks, and undo puts them back', async () => {
  const host = new FakeHost(fixable());
  renderPane(host);
  const panel = await checkAndOpenFixes();
  const before = screen.getAllByRole('heading', { level: 3 }).length;
  fireEvent.click(within(panel).getAllByRole('checkbox')[2]); // accept the indicator proposal
  fireEvent.click(within(panel).getByRole('button', { name: 'Rett valgte celler (3)' }));
  await screen.findByText(/^3 celler er rettet og rapporten kontrollert på nytt/);
  const written = host.callsOf('applyFixes')[0].args[0] as CellFix[];
  expect(written.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Deltakere!W2', 'Deltakere!B2', 'Mål!C2']);
  expect(screen.getAllByRole('heading', { level: 3 }).length).toBeLessThan(before);
  expect(screen.queryByRole('region', { name: /^Rettelser/ })).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Angre rettelser' }));
  await screen.findByText('3 celler har fått tilbake verdiene de hadde.');
  expect(host.callsOf('undoFixes')).toHaveLength(1);
  expect(screen.getAllByRole('heading', { level: 3 }).length).toBe(before);
  expect(screen.queryByRole('button', { name: 'Angre rettelser' })).toBeNull();
});

test('where the host cannot write (browser page), applying downloads a fixed copy', async () => {
  const host = new FakeHost(fixable(), { without: BROWSER_LACKS });
  const fixedCopy = jest.fn(async (fixes: readonly CellFix[]) => `rapport-rettet.xlsx (${fixes.length})`);
  renderPane(host, 'en', fixedCopy);
  const panel = await checkAndOpenFixes('Check report', 'Fix automatically');
  fireEvent.click(within(panel).getByRole('button', { name: 'Download fixed copy (2)' }));
  await waitFor(() => expect(fixedCopy).toHaveBeenCalledTimes(1));
  await screen.findByText(/^rapport-rettet\.xlsx \(2\) is downloaded with 2 fixed cells\. Your file is unchanged/);
  expect(host.callsOf('applyFixes')).toHaveLength(0);
  expect(screen.queryByRole('button', { name: 'Undo fixes' })).toBeNull();
});

test('no fixes, no button; a host without fixes and no copy offers none', async () => {
  renderPane(new FakeHost(workbook().build()));
  fireEvent.click(screen.getByRole('button', { name: 'Kontroller rapport' }));
  await screen.findByRole('heading', { name: 'Resultat' });
  expect(screen.queryByRole('button', { name: 'Rett automatisk' })).toBeNull();
});
