/** @jest-environment jsdom */
import './setup-dom';
import * as fs from 'fs';
import * as path from 'path';
import { fireEvent, render, screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { BrowserPage } from '../../src/taskpane/browser/BrowserPage';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

function fileFrom(bytes: Uint8Array, name: string): File {
  const file = new File([bytes as BlobPart], name);
  // jsdom's File lacks arrayBuffer(); browsers have it.
  if (typeof file.arrayBuffer !== 'function') {
    Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  }
  return file;
}

function renderPage() {
  return render(
    <App lang="nb" theme={webLightTheme}>
      <BrowserPage lang="nb" />
    </App>,
  );
}

function choose(file: File): void {
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
}

test('the start screen offers opening a file or the example, says nothing is uploaded, and has no axe violations', async () => {
  const { container } = renderPage();
  expect(screen.getByRole('button', { name: 'Åpne fil' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Prøv med eksempel' })).toBeTruthy();
  expect(screen.getByText('Filen leses bare i nettleseren din. Ingenting lastes opp eller sendes noe sted.')).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();
});

test('a file that is not a workbook is refused with the reason in plain words', async () => {
  renderPage();
  choose(fileFrom(new TextEncoder().encode('Deltaker;Kjønn\nD1;Kvinne\n'), 'deltakere.csv'));
  expect(await screen.findByText('Kunne ikke lese deltakere.csv: ikke en xlsx-fil.')).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'Resultat' })).toBeNull();
});

test('an opened report is read in the page and checked at once, with downloads offered', async () => {
  renderPage();
  const bytes = new Uint8Array(fs.readFileSync(path.join(EXAMPLES, 'rapport-med-feil.xlsx')));
  choose(fileFrom(bytes, 'rapport-med-feil.xlsx'));
  expect(await screen.findByRole('heading', { name: 'Resultat' }, { timeout: 20000 })).toBeTruthy();
  expect(screen.getByText('Kontrollert fil: rapport-med-feil.xlsx')).toBeTruthy();
  expect(screen.getAllByRole('button', { name: /^Gå til Deltakere!/ }).length).toBeGreaterThan(0);
  for (const name of ['Arbeidsbok med markeringer (xlsx)', 'Rapport (HTML)', 'Tom mal (xlsx)']) {
    expect(screen.getByRole('button', { name })).toBeTruthy();
  }
});
