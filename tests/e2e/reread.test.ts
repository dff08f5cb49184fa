/**
 * The browser page reads the saved file again, in Chromium. The File System Access path uses a
 * real FileSystemFileHandle from the origin-private file system (Playwright cannot drive the
 * native picker, so `showOpenFilePicker` is stubbed to hand out that handle); the file behind it
 * is rewritten between checks as saving in Excel would. The input path (browsers without the API)
 * asks for the file again. Also: a failed read clears the result, a CSV gets its next step, and
 * screenshots at 350 × 800 and 1280 px (with the Excel pane's «Check as I type» toggle).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';

import { usePageRig } from '../helpers/page-rig';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const WITH_ERRORS = fs.readFileSync(path.join(EXAMPLES, 'rapport-med-feil.xlsx'));
const CLEAN = fs.readFileSync(path.join(EXAMPLES, 'rapport-ok.xlsx'));
const SHOTS = path.join(os.tmpdir(), 'rapportsjekk-reread');

const rig = usePageRig();

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
}, 300_000);

async function openPage(width: number, height: number, init?: () => void): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await rig.browser.newContext({ locale: 'nb-NO', acceptDownloads: true, viewport: { width, height } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${rig.base}/index.html`);
  await page.getByRole('button', { name: 'Åpne fil' }).waitFor({ timeout: 30_000 });
  return { page, problems, close: () => context.close() };
}

/** Writes bytes to rapport.xlsx in the origin-private file system: "saving the file". */
async function saveOnDisk(page: Page, bytes: Buffer): Promise<void> {
  await page.evaluate(async (data) => {
    const root = await navigator.storage.getDirectory();
    const handle = await root.getFileHandle('rapport.xlsx', { create: true });
    const writable = await handle.createWritable();
    await writable.write(new Uint8Array(data));
    await writable.close();
  }, [...bytes]);
}

/** The picker hands out the real handle of rapport.xlsx (what the person would choose). */
function stubPicker(): void {
  (window as unknown as { showOpenFilePicker: () => Promise<unknown[]> }).showOpenFilePicker = async () => {
    const root = await navigator.storage.getDirectory();
    return [await root.getFileHandle('rapport.xlsx')];
  };
}

const goTo = (page: Page) => page.getByRole('button', { name: /^Gå til / }).count();

test('File System Access: «Kontroller på nytt» sees the file as saved now; a file gone clears the result', async () => {
  const { page, problems, close } = await openPage(1280, 900, stubPicker);
  try {
    await saveOnDisk(page, WITH_ERRORS);
    await page.getByRole('button', { name: 'Åpne fil' }).click();
    await page.getByRole('heading', { name: 'Resultat' }).waitFor({ timeout: 30_000 });
    const before = await goTo(page);
    expect(before).toBeGreaterThan(0);
    expect(await page.evaluate(() => FileSystemFileHandle.prototype.getFile !== undefined)).toBe(true);

    await saveOnDisk(page, CLEAN);
    await page.getByRole('button', { name: 'Kontroller på nytt' }).click();
    await page.getByText('Rapporten har ingen feil og kan leveres.').first().waitFor({ timeout: 30_000 });
    expect(await goTo(page)).toBeLessThan(before);
    await page.screenshot({ path: path.join(SHOTS, 'reread-1280.png') });

    await page.evaluate(async () => (await navigator.storage.getDirectory()).removeEntry('rapport.xlsx'));
    await page.getByRole('button', { name: 'Kontroller på nytt' }).click();
    await page.getByText(/Kunne ikke lese rapport\.xlsx/).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { name: 'Resultat' }).count()).toBe(0);
    expect(await goTo(page)).toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('without the API: «Kontroller på nytt» asks for the file again, and the new pick is checked', async () => {
  const { page, problems, close } = await openPage(350, 800, () => {
    delete (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  try {
    const input = page.getByTestId('file-input');
    await input.setInputFiles({ name: 'rapport.xlsx', mimeType: 'application/octet-stream', buffer: WITH_ERRORS });
    await page.getByRole('heading', { name: 'Resultat' }).waitFor({ timeout: 30_000 });
    const before = await goTo(page);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Kontroller på nytt' }).click();
    await page.getByText(/Velg filen på nytt etter at du har lagret den/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'pick-again-350.png') });
    await (await chooser).setFiles({ name: 'rapport.xlsx', mimeType: 'application/octet-stream', buffer: CLEAN });
    await page.getByText('Rapporten har ingen feil og kan leveres.').first().waitFor({ timeout: 30_000 });
    expect(await goTo(page)).toBeLessThan(before);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test.each([
  [350, 800],
  [1280, 900],
])('at %i px: the first screen says what is checked, offers the template beside «Åpne fil»; a CSV gets its next step', async (width, height) => {
  const { page, close } = await openPage(width, height);
  try {
    await page.getByText(/^Rapportsjekk ser om årsrapporten følger IMDis indikatormal/).waitFor();
    const open = await page.getByRole('button', { name: 'Åpne fil' }).boundingBox();
    const template = await page.getByRole('button', { name: 'Tom mal (xlsx)' }).boundingBox();
    expect(open && template && Math.abs(open.y - template.y) < 2).toBe(true); // on one line
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `first-screen-${width}.png`) });

    await page.getByTestId('file-input').setInputFiles({ name: 'deltakere.csv', mimeType: 'text/csv', buffer: Buffer.from('Deltaker;Kjønn\nD1;Kvinne\n') });
    await page.getByText(/lagre den som Excel-arbeidsbok \(\.xlsx\)/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SHOTS, `csv-${width}.png`) });
  } finally {
    await close();
  }
});

test('the Excel pane at 350 × 800 shows «Check as I type»', async () => {
  const context = await rig.browser.newContext({ locale: 'nb-NO', viewport: { width: 350, height: 800 } });
  await context.route(/^https:\/\/appsforoffice\.microsoft\.com\//, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: `window.Office = { HostType: { Excel: 'Excel' }, onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }); },
        context: { displayLanguage: 'nb-NO', officeTheme: { bodyBackgroundColor: '#ffffff', isDarkTheme: false } } };`,
    }),
  );
  try {
    const page = await context.newPage();
    await page.goto(`${rig.base}/taskpane.html`);
    const toggle = page.getByRole('switch', { name: 'Kontroller mens jeg skriver' });
    await toggle.waitFor({ timeout: 30_000 });
    expect(await toggle.isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'excel-pane-350.png') });
  } finally {
    await context.close();
  }
});
