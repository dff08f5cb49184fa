/**
 * The old-webview insurance in taskpane.html: a small inline script that must parse as ES5,
 * be allowed by the page's CSP by its hash (no 'unsafe-inline'), show a clear message in
 * Norwegian and English under Trident and EdgeHTML, and leave a current browser alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as acorn from 'acorn';

const html = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
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
  runInNewContext(inline[0], sandbox);
  return root.innerHTML;
}

test('exactly one inline script, ES5, allowed by its hash and not by unsafe-inline', () => {
  expect(inline).toHaveLength(1);
  expect(() => acorn.parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
  const hash = createHash('sha256').update(inline[0], 'utf8').digest('base64');
  expect(scriptSrc).toContain(`'sha256-${hash}'`);
  expect(csp).not.toContain("script-src 'unsafe-inline'");
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

test('a browser without Promise is treated as old too; a current browser is left alone', () => {
  expect(run('Mozilla/5.0 Unknown', false)).toContain('virker ikke');
  expect(run('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0')).toBe('<p>Laster … / Loading …</p>');
});
