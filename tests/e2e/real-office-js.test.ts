/**
 * The task pane page with the REAL office.js (@microsoft/office-js from npm), served from this
 * machine in place of Microsoft's CDN, with the page's CSP exactly as deployed: the library
 * loads, Office.onReady answers outside Office (no host), and the pane shows without page
 * errors or CSP violations. Production still names the CDN (the page is not changed here; the
 * browser is only told where to find the CDN's files).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Server } from 'http';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/* eslint-disable @typescript-eslint/no-require-imports */
const { buildIsCurrent, buildPane } = require('../../server/pane-build.js') as typeof import('../../server/pane-build.js');
const { PANE_DIR } = require('../../server/pane-state.js') as typeof import('../../server/pane-state.js');
const { createStaticServer, listen } = require('../../server/static-server.js') as typeof import('../../server/static-server.js');
/* eslint-enable @typescript-eslint/no-require-imports */

const CHROMIUM = '/usr/bin/chromium';
const CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.+)$/;
const OFFICE_DIST = path.join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (the CI script does)`);
  if (!buildIsCurrent()) await buildPane();
  server = createStaticServer(PANE_DIR);
  base = `http://127.0.0.1:${await listen(server, 0)}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

test('the page loads the real office.js under its deployed CSP, reaches Office.onReady and shows the pane', async () => {
  const deployed = fs.readFileSync(path.join(PANE_DIR, 'taskpane.html'), 'utf8');
  expect(deployed).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js'); // production: the CDN

  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 350, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const served: string[] = [];
  const elsewhere: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    else if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
    const url = route.request().url();
    const file = CDN.exec(url)?.[1]?.split('?')[0];
    const local = file === undefined ? null : path.join(OFFICE_DIST, file);
    if (local !== null && local.startsWith(OFFICE_DIST) && fs.existsSync(local)) {
      served.push(file as string);
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(local) });
    } else {
      elsewhere.push(url);
      await route.abort('blockedbyclient');
    }
  });

  await page.goto(`${base}/taskpane.html`);
  const ready = await page.evaluate(async () => {
    const office = (window as unknown as { Office?: { onReady: () => Promise<{ host: unknown; platform: unknown }> } }).Office;
    if (office === undefined) return 'no Office';
    const info = await office.onReady();
    return { host: info.host ?? null, platform: info.platform ?? null };
  });
  expect(ready).toEqual({ host: null, platform: null }); // outside Office: ready, no host
  // The pane (the browser page outside Office) replaces «Laster …».
  await page.getByRole('button', { name: /Åpne fil/ }).first().waitFor({ timeout: 30_000 });
  expect(await page.locator('#root').textContent()).not.toContain('Laster');
  await page.screenshot({ path: path.join(PANE_DIR, '..', 'real-office-js-350.png') });

  expect(served).toContain('office.js');
  expect(elsewhere).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);
