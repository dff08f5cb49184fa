/**
 * The old-webview insurance of taskpane.html: a small script (legacy/old-webview.js) that must
 * parse as ES5, be allowed by the page's CSP without 'unsafe-inline' (it is served from 'self'),
 * show a clear message in Norwegian and English under Trident and EdgeHTML, and leave a current
 * browser alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as acorn from 'acorn';

/**
 * taskpane.html as the build renders it: the one page template with `inExcel`, through lodash's
 * template, the one html-webpack-plugin uses (resolved from the plugin, so it is that copy).
 */
type Template = (text: string) => (data: { inExcel: boolean }) => string;
const lodashTemplate = createRequire(require.resolve('html-webpack-plugin'))('lodash/template') as Template;
const pageTemplate = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'page.html'), 'utf8');
const html = lodashTemplate(pageTemplate)({ inExcel: true });
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const script = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'legacy', 'old-webview.js'), 'utf8');
const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';

/** Runs the script against a minimal old-browser DOM; returns what #root holds afterwards. */
function run(userAgent: string, modern = true): string {
  const root = { innerHTML: '<p>Laster … / Loading …</p>' };
  const sandbox: Record<string, unknown> = {
    navigator: { userAgent },
    document: { getElementById: (id: string) => (id === 'root' ? root : null) },
    location: { protocol: 'https:', host: 'localhost:3000' },
    Object: modern ? Object : { ...Object, assign: undefined },
    Promise: modern ? Promise : undefined,
  };
  runInNewContext(script, sandbox);
  return root.innerHTML;
}

test('the script is ES5, loaded by the page after #root, and the CSP allows it without unsafe-inline', () => {
  expect(() => acorn.parse(script, { ecmaVersion: 5 })).not.toThrow();
  expect(inline).toEqual([]);
  expect(html.indexOf('<script src="legacy/old-webview.js"></script>')).toBeGreaterThan(html.indexOf('id="root"'));
  expect(scriptSrc).toMatch(/^script-src 'self' /);
  expect(csp).not.toContain('unsafe-inline\'; script');
  expect(scriptSrc).not.toContain('unsafe-inline');
});

test.each([
  ['Trident (Internet Explorer 11 webview)', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko'],
  ['EdgeHTML (Edge Legacy webview)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041'],
])('%s: a message in Norwegian and English instead of «Laster …»', (_, userAgent) => {
  const shown = run(userAgent);
  expect(shown).not.toContain('Laster');
  expect(shown).toContain('Rapportsjekk virker ikke i denne versjonen av Excel.');
  expect(shown).toContain('Rapportsjekk does not work in this version of Excel.');
  expect(shown).toContain('https://localhost:3000/');
  expect(shown).toContain('role="alert"');
});

test('only the pane Excel opens loads the script; the browser page has none of its own', () => {
  const page = lodashTemplate(pageTemplate)({ inExcel: false });
  expect(page).toContain('id="root"');
  expect(page).not.toContain('<script');
});

test('a browser without Promise is treated as old too; a current browser is left alone', () => {
  expect(run('Mozilla/5.0 Unknown', false)).toContain('virker ikke');
  expect(run('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0')).toBe('<p>Laster … / Loading …</p>');
});
