/**
 * «Rett automatisk» on the built browser page in Chromium, at task-pane width (350 × 800) and at
 * 1280 px: the preview lists the problem example's two unambiguous fixes, axe finds nothing,
 * and the downloaded …-rettet.xlsx checks with exactly those findings fewer while every other
 * cell reads back as before. Screenshots go to the temp folder for a person to look at.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validate } from '../../src/engine';
import { readXlsxBuffer } from '../../src/hosts/xlsx/read';
import { axeViolations } from './axe';

import { usePageRig } from '../helpers/page-rig';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'rapport-med-feil.xlsx');
const FIXED = new Set(['Deltakere!B6', 'Deltakere!W10']);

const rig = usePageRig();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rs-e2e-fix-'));

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test.each([
  [350, 800],
  [1280, 900],
])('at %i px: preview, axe, and a fixed copy that changes only the fixed cells', async (width, height) => {
  const context = await rig.browser.newContext({ locale: 'nb-NO', acceptDownloads: true, viewport: { width, height } });
  await context.route(/^https:\/\/appsforoffice\.microsoft\.com\//, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    await page.goto(`${rig.base}/taskpane.html`);
    await page.locator('[data-testid=file-input]').setInputFiles(EXAMPLE);
    await page.getByRole('heading', { name: 'Resultat' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Rett automatisk' }).click();
    const panel = page.getByRole('region', { name: 'Rettelser (2)' });
    await panel.waitFor();
    const items = await panel.getByRole('listitem').allTextContents();
    expect(items.map((text) => text.split(/[ :]/)[0]).sort()).toEqual([...FIXED].sort());
    expect(items.join(' ')).not.toMatch(/\d{11}/);

    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    // Nothing spills sideways at pane width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(os.tmpdir(), `rapportsjekk-fixes-${width}.png`) });

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Last ned rettet kopi (2)' }).click()]);
    expect(download.suggestedFilename()).toBe('rapport-med-feil-rettet.xlsx');
    const saved = path.join(tmp, `${width}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    await page.getByText(/^rapport-med-feil-rettet\.xlsx er lastet ned med 2 rettede celler\./).waitFor();

    const original = await readXlsxBuffer(fs.readFileSync(EXAMPLE));
    const fixed = await readXlsxBuffer(fs.readFileSync(saved));
    const before = validate(original, { lang: 'nb' }).findings;
    const after = validate(fixed, { lang: 'nb' }).findings;
    expect(after.length).toBe(before.length - 2);
    expect(after.some((f) => FIXED.has(`${f.sheet}!${f.cell}`))).toBe(false);
    expect(Object.keys(fixed.sheets)).toEqual(Object.keys(original.sheets));
    for (const [name, grid] of Object.entries(original.sheets)) {
      grid.forEach((line, r) =>
        line?.forEach((value, c) => {
          const address = `${name}!${String.fromCharCode(65 + c)}${r + 1}`;
          if (!FIXED.has(address)) expect([address, fixed.sheets[name][r]?.[c]]).toEqual([address, value]);
        }),
      );
    }
    expect(fixed.sheets.Deltakere[5]?.[1]).toBe('Kvinne');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
