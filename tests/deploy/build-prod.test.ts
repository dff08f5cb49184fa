/**
 * npm run build:prod, run for real (server/build-prod.js, one production webpack build into a
 * temporary folder): the folder holds every file its manifest names, the manifest is valid
 * against the vendored XSDs and names only the given host, and the pages work from a sub-folder
 * of that host (served here from this machine, in Chromium). Bad ADDIN_URL or ADDIN_VERSION:
 * one line, exit 2, nothing written.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import type { Server } from 'http';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';

/* eslint-disable @typescript-eslint/no-require-imports */
const { validateManifest, hasNativeXmllint } = require('../../scripts/validate-manifest.js') as {
  validateManifest(file: string, options?: { tool?: 'xmllint' | 'xmllint-wasm' }): Promise<{ valid: boolean; errors: string[]; tool: string }>;
  hasNativeXmllint(): boolean;
};
const { createStaticServer, listen } = require('../../server/static-server.js') as typeof import('../../server/static-server.js');
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, '../..');
const BASE = 'https://rapporter.example.no/rapportsjekk/';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rs-prod-'));
/** Served as https://…/rapportsjekk/: the folder sits one level down, as on the real host. */
const OUT = path.join(tmp, 'www', 'rapportsjekk');

function buildProd(env: Record<string, string | undefined>, out = OUT) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'server', 'build-prod.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_URL: undefined, ADDIN_VERSION: undefined, ...env, RAPPORTSJEKK_PROD_DIR: out },
    timeout: 600_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let build: ReturnType<typeof buildProd>;
let manifestText: string;

/** The text of <name>…</name>, and every DefaultValue attribute (the manifest's own shapes). */
const element = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1].trim();
const defaultValues = (xml: string) => [...xml.matchAll(/\sDefaultValue="([^"]*)"/g)].map((m) => m[1]);

beforeAll(() => {
  build = buildProd({ ADDIN_URL: BASE, ADDIN_VERSION: '1.2.3' });
  manifestText = fs.readFileSync(path.join(OUT, 'manifest.xml'), 'utf8');
}, 600_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('the build succeeds and says where the pages will be', () => {
  expect(build.stderr).toBe('');
  expect(build.code).toBe(0);
  expect(build.stdout).toContain(`browser page    ${BASE}index.html`);
  expect(build.stdout).toContain(`task pane       ${BASE}taskpane.html`);
});

test('the manifest names only the given host, under its folder, and keeps the add-in Id; the version is ADDIN_VERSION', () => {
  const urls = [...manifestText.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi)].map((m) => m[0]);
  // XML namespaces are names, not addresses the add-in loads.
  const addresses = urls.filter((url) => !url.startsWith('http://schemas.microsoft.com/') && url !== 'http://www.w3.org/2001/XMLSchema-instance');
  expect(addresses.length).toBeGreaterThanOrEqual(9);
  for (const url of addresses) expect(url.startsWith(BASE)).toBe(true);
  expect(manifestText).not.toMatch(/localhost/);

  const dev = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  expect(element(manifestText, 'Id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(element(manifestText, 'Id')).toBe(element(dev, 'Id'));
  expect(element(manifestText, 'Version')).toBe('1.2.3.0');
  expect(manifestText).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
});

test('the folder holds every file the manifest names, and every script and icon the pages name', () => {
  const named = defaultValues(manifestText)
    .filter((value) => value.startsWith(BASE))
    .map((url) => url.slice(BASE.length));
  expect(named).toEqual(expect.arrayContaining(['taskpane.html', 'index.html', 'assets/icon-16.png', 'assets/icon-80.png', 'assets/icon-128.png']));
  for (const file of named) expect(fs.existsSync(path.join(OUT, file))).toBe(true);

  for (const page of ['index.html', 'taskpane.html']) {
    const html = fs.readFileSync(path.join(OUT, page), 'utf8');
    const local = [...html.matchAll(/\b(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]).filter((ref) => !/^https?:/.test(ref));
    expect(local.length).toBeGreaterThanOrEqual(2);
    for (const ref of local) expect(fs.existsSync(path.join(OUT, ref))).toBe(true);
  }
  expect(fs.existsSync(path.join(OUT, 'examples', 'rapport-med-feil.xlsx'))).toBe(true);
  // Only what a web server should hand out: no source maps, no sources.
  const all = fs.readdirSync(OUT, { recursive: true }).map(String);
  expect(all.filter((file) => /\.(map|ts|tsx)$/.test(file))).toEqual([]);
});

const TOOLS: ('xmllint' | 'xmllint-wasm')[] = ['xmllint-wasm', ...(hasNativeXmllint() ? (['xmllint'] as const) : [])];
test.each(TOOLS)('the manifest is valid against the vendored Office XSDs (%s)', async (tool) => {
  const result = await validateManifest(path.join(OUT, 'manifest.xml'), { tool });
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
});

test('served from a sub-folder, the browser page checks the example and asks no other host', async () => {
  const server: Server = createStaticServer(path.join(tmp, 'www'));
  const base = `http://127.0.0.1:${await listen(server, 0)}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ locale: 'nb-NO' });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${base}/rapportsjekk/index.html`);
    await page.getByRole('button', { name: 'Prøv med eksempel' }).click();
    await page.getByText('Kontrollert fil: rapport-med-feil.xlsx').waitFor({ timeout: 60_000 });
    expect(requests).toContain(`${base}/rapportsjekk/examples/rapport-med-feil.xlsx`);
    expect(requests.filter((url) => !url.startsWith(`${base}/rapportsjekk/`))).toEqual([]);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}, 120_000);

describe('bad input: one line, exit 2, nothing written', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['no ADDIN_URL', {}, /^build:prod: ADDIN_URL is not set: /],
    ['plain http', { ADDIN_URL: 'http://rapporter.example.no/rapportsjekk/' }, /must start with https:\/\//],
    ['not an address', { ADDIN_URL: 'rapporter.example.no/rapportsjekk' }, /is not a web address/],
    ['a query', { ADDIN_URL: 'https://rapporter.example.no/rapportsjekk/?x=1' }, /without \?query or #fragment/],
    ['a user name', { ADDIN_URL: 'https://ola:hemmelig@rapporter.example.no/' }, /must not hold a user name or password/],
    ['a bad version', { ADDIN_URL: BASE, ADDIN_VERSION: '1.2.3-beta' }, /^build:prod: ADDIN_VERSION must be one to four numbers/],
  ];
  test.each(cases)('%s', (_name, env, reason) => {
    const out = path.join(tmp, 'refused');
    const result = buildProd(env, out);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
    // The password is never echoed.
    expect(result.stderr).not.toContain('hemmelig');
    expect(fs.existsSync(out)).toBe(false);
  });
});
