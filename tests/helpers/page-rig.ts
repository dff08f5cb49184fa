/**
 * What every end-to-end test of the browser page starts from: the built page (built first if
 * it is stale) served from 127.0.0.1 by the product's own static server, and Debian's Chromium,
 * headless (Playwright cannot download browsers here; `.ci/run` installs `chromium`).
 */
import * as fs from 'fs';
import type { Server } from 'http';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/* eslint-disable @typescript-eslint/no-require-imports */
const { buildIsCurrent, buildPane } = require('../../server/pane-build.js') as typeof import('../../server/pane-build.js');
const { PANE_DIR } = require('../../server/pane-state.js') as typeof import('../../server/pane-state.js');
const { createStaticServer, listen } = require('../../server/static-server.js') as typeof import('../../server/static-server.js');
/* eslint-enable @typescript-eslint/no-require-imports */

export { PANE_DIR };
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export interface PageRig {
  /** http://127.0.0.1:<port>, serving dist/pane. */
  readonly base: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

async function startPageRig(): Promise<PageRig> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (the CI script does)`);
  if (!buildIsCurrent()) await buildPane();
  const server: Server = createStaticServer(PANE_DIR);
  const base = `http://127.0.0.1:${await listen(server, 0)}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The rig for the calling test file: started before its tests (building the page if it is
 * stale), closed after them. Read `base` and `browser` inside tests and hooks, not at load.
 */
export function usePageRig(): PageRig {
  let started: PageRig | undefined;
  beforeAll(async () => {
    started = await startPageRig();
  }, 300_000);
  afterAll(async () => {
    await started?.close();
  });
  const live = (): PageRig => {
    if (started === undefined) throw new Error('the page rig is used before beforeAll started it');
    return started;
  };
  return {
    get base() {
      return live().base;
    },
    get browser() {
      return live().browser;
    },
    close: () => live().close(),
  };
}
