/**
 * The browser page (built, in Debian's Chromium) given every unreadable bad file, the bombs
 * included: it says "could not read <file>: <reason>" with the same reason as the command line,
 * in the page's language, with no page error, and stays usable for the next file. A readable bad
 * file gives a result.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/engine';
import { describeReadFailure } from '../../src/hosts/xlsx/errors';
import { PANE_TEXT, fill } from '../../src/taskpane/i18n';
import { BAD_FILES, BadFile, BUILT_AT_TEST_TIME, FIXTURE_DIR } from '../../tools/make-bad-files';
import { ROOT } from './run-cli';

import { usePageRig } from '../helpers/page-rig';

const LOCALES: Readonly<Record<Lang, string>> = { nb: 'nb-NO', en: 'en-GB' };

const rig = usePageRig();
const bombDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapportsjekk-browser-bombs-'));

beforeAll(async () => {
  for (const bomb of BUILT_AT_TEST_TIME) fs.writeFileSync(path.join(bombDir, bomb.file), await bomb.make());
}, 300_000);

afterAll(async () => {
  fs.rmSync(bombDir, { recursive: true, force: true });
});

async function openPage(lang: Lang): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await rig.browser.newContext({ locale: LOCALES[lang], viewport: { width: 460, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${rig.base}/index.html`);
  return { page, problems, close: () => context.close() };
}

const unreadable = [
  ...BAD_FILES.filter((b) => b.expected.outcome === 'unreadable').map((bad) => ({ bad, dir: path.join(ROOT, FIXTURE_DIR) })),
  ...BUILT_AT_TEST_TIME.map((bad) => ({ bad, dir: bombDir })),
];

function reasonLine(bad: BadFile, lang: Lang): string {
  if (bad.expected.outcome !== 'unreadable') throw new Error(`${bad.file} is readable`);
  return fill(PANE_TEXT[lang].readFailed, { file: bad.file, reason: describeReadFailure(bad.expected.reason, lang) });
}

describe.each(['nb', 'en'] as const)('the browser page in %s', (lang) => {
  test('shows the command line’s reason for every unreadable file, one after another', async () => {
    const { page, problems, close } = await openPage(lang);
    try {
      for (const { bad, dir } of unreadable) {
        await page.locator('[data-testid=file-input]').setInputFiles(path.join(dir, bad.file));
        // The message sits under a title ("Det gikk ikke"), so the line is matched as part of its text.
        await page.getByText(reasonLine(bad, lang)).waitFor({ timeout: 60_000 });
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

test('a readable bad file (a value on row 1 048 576) gives a result', async () => {
  const { page, problems, close } = await openPage('nb');
  try {
    await page.locator('[data-testid=file-input]').setInputFiles(path.join(ROOT, FIXTURE_DIR, 'used-range-to-last-row.xlsx'));
    await page.getByRole('heading', { name: 'Resultat' }).waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);
