/** @jest-environment jsdom */
import './setup-dom';
import * as fs from 'fs';
import * as path from 'path';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
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
  expect(
    await screen.findByText(
      'Kunne ikke lese deltakere.csv: ikke en xlsx-fil. Åpne CSV-filen i Excel og lagre den som Excel-arbeidsbok (.xlsx) (Fil → Lagre som), og åpne .xlsx-filen her.',
    ),
  ).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'Resultat' })).toBeNull();
});

test('an opened report is read in the page and checked at once, with downloads offered', async () => {
  renderPage();
  const bytes = new Uint8Array(fs.readFileSync(path.join(EXAMPLES, 'rapport-med-feil.xlsx')));
  choose(fileFrom(bytes, 'rapport-med-feil.xlsx'));
  expect(await screen.findByRole('heading', { name: 'Resultat' }, { timeout: 20000 })).toBeTruthy();
  expect(screen.getByText('Kontrollert fil: rapport-med-feil.xlsx')).toBeTruthy();
  expect(screen.getAllByRole('button', { name: /^Gå til Deltakere!/ }).length).toBeGreaterThan(0);
  for (const name of ['Arbeidsbok med markeringer (xlsx)', 'Rapport (HTML)', 'Tom mal (xlsx)' /* beside «Åpne fil» */]) {
    expect(screen.getByRole('button', { name })).toBeTruthy();
  }
});

const example = (name: string) => new Uint8Array(fs.readFileSync(path.join(EXAMPLES, name)));
const goTo = () => screen.queryAllByRole('button', { name: /^Gå til / });

test('the first screen says what is checked and offers the empty template next to «Åpne fil»', () => {
  renderPage();
  expect(screen.getByText(/^Rapportsjekk ser om årsrapporten følger IMDis indikatormal/)).toBeTruthy();
  const buttons = screen.getAllByRole('button').map((b) => b.textContent);
  expect(buttons.slice(0, 2)).toEqual(['Åpne fil', 'Tom mal (xlsx)']);
});

describe('«Kontroller på nytt» with the File System Access API (a stubbed picker, real files)', () => {
  const scope = globalThis as { showOpenFilePicker?: unknown };
  let onDisk: () => Promise<File>;
  beforeEach(() => {
    onDisk = async () => fileFrom(example('rapport-med-feil.xlsx'), 'rapport.xlsx');
    scope.showOpenFilePicker = async () => [{ name: 'rapport.xlsx', getFile: () => onDisk() }];
  });
  afterEach(() => delete scope.showOpenFilePicker);

  test('reads the saved file again: fixed on disk, the findings go; unreadable, the old result is cleared', async () => {
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Åpne fil' }));
    await screen.findByRole('heading', { name: 'Resultat' }, { timeout: 20000 });
    const before = goTo().length;
    expect(before).toBeGreaterThan(0);

    onDisk = async () => fileFrom(example('rapport-ok.xlsx'), 'rapport.xlsx'); // saved over in Excel
    fireEvent.click(screen.getByRole('button', { name: 'Kontroller på nytt' }));
    await waitFor(
      () => {
        expect(screen.getByRole('heading', { name: 'Resultat' })).toBeTruthy();
        expect(screen.getByText('Rapporten har ingen feil og kan leveres.')).toBeTruthy();
      },
      { timeout: 20000 },
    );
    expect(goTo().length).toBeLessThan(before);

    onDisk = async () => {
      throw new DOMException('A requested file or directory could not be found.', 'NotFoundError');
    };
    fireEvent.click(screen.getByRole('button', { name: 'Kontroller på nytt' }));
    expect(await screen.findByText(/^Kunne ikke lese rapport.xlsx/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Resultat' })).toBeNull();
    expect(goTo()).toHaveLength(0);
  });
});

test('without the File System Access API, «Kontroller på nytt» asks to choose the file again', async () => {
  renderPage();
  choose(fileFrom(example('rapport-med-feil.xlsx'), 'rapport.xlsx'));
  await screen.findByRole('heading', { name: 'Resultat' }, { timeout: 20000 });
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  const picked = jest.spyOn(input, 'click');
  fireEvent.click(screen.getByRole('button', { name: 'Kontroller på nytt' }));
  expect(screen.getByText(/Velg filen på nytt etter at du har lagret den/)).toBeTruthy();
  expect(picked).toHaveBeenCalled();
});

test('a file that cannot be read after one that could: the earlier findings are gone', async () => {
  renderPage();
  choose(fileFrom(example('rapport-med-feil.xlsx'), 'rapport.xlsx'));
  await screen.findByRole('heading', { name: 'Resultat' }, { timeout: 20000 });
  choose(fileFrom(new TextEncoder().encode('ikke en arbeidsbok'), 'rapport.xlsx'));
  expect(await screen.findByText('Kunne ikke lese rapport.xlsx: ikke en xlsx-fil.')).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'Resultat' })).toBeNull();
});
