/** ADDIN_URL and ADDIN_VERSION as build:prod reads them, and the manifest it writes (no build here). */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { InputError, parseAddinUrl, manifestVersion, productionManifest } = require('../../server/prod-manifest.js') as typeof import('../../server/prod-manifest.js');

const DEV = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');

test('the address becomes a folder address ending in /, host and path as given', () => {
  expect(parseAddinUrl('https://rapporter.example.no/rapportsjekk')).toBe('https://rapporter.example.no/rapportsjekk/');
  expect(parseAddinUrl(' https://rapporter.example.no/rapportsjekk/ ')).toBe('https://rapporter.example.no/rapportsjekk/');
  expect(parseAddinUrl('https://RAPPORTER.example.no')).toBe('https://rapporter.example.no/');
  expect(parseAddinUrl('https://imdi.example:8443/a b/')).toBe('https://imdi.example:8443/a%20b/');
  for (const bad of [undefined, '', 'ftp://x.no/', 'https://x.no/#top', 'http://localhost:3000/']) expect(() => parseAddinUrl(bad)).toThrow(InputError);
});

test('the version: ADDIN_VERSION when given, else package.json, padded to four parts', () => {
  expect(manifestVersion(undefined, '0.1.0')).toBe('0.1.0.0');
  expect(manifestVersion('', '0.1.0')).toBe('0.1.0.0');
  expect(manifestVersion('2', '0.1.0')).toBe('2.0.0.0');
  expect(manifestVersion('1.2.3.4', '0.1.0')).toBe('1.2.3.4');
  expect(() => manifestVersion('1.2.3.4.5', '0.1.0')).toThrow(/ADDIN_VERSION/);
  expect(() => manifestVersion('123456', '0.1.0')).toThrow(InputError);
  expect(() => manifestVersion(undefined, '1.0.0-beta.1')).toThrow(/package.json's version "1.0.0-beta.1"/);
});

test('the development manifest carries the package version, so a plain build:prod keeps it', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { version } = require('../../package.json') as { version: string };
  expect(/<Version>([^<]*)<\/Version>/.exec(DEV)?.[1]).toBe(manifestVersion(undefined, version));
});

test('every localhost address moves under the production folder, XML-escaped; the rest is unchanged', () => {
  const baseUrl = parseAddinUrl('https://x.example/a&b/');
  const xml = productionManifest(DEV, { baseUrl, version: '3.0.0.0', builtAt: new Date('2026-12-01T12:00:00Z') });
  expect(xml).not.toContain('localhost');
  expect(xml).toContain('<SourceLocation DefaultValue="https://x.example/a&amp;b/taskpane.html"/>');
  expect(xml).toContain('<Version>3.0.0.0</Version>');
  expect(xml).toContain('built by npm run build:prod on\n  2026-12-01 for https://x.example/a&b/');
  const strip = (text: string) => text.replace(/<!--[\s\S]*?-->/, '').replace(/<Version>[^<]*<\/Version>/, '');
  expect(strip(xml).split('https://x.example/a&amp;b/').join('https://localhost:3000/')).toBe(strip(DEV));
});

test('an address with "--" still gives a well-formed comment', () => {
  const xml = productionManifest(DEV, { baseUrl: parseAddinUrl('https://x.example/a--b/'), version: '1.0.0.0' });
  const comment = /<!--([\s\S]*?)-->/.exec(xml)?.[1] ?? '';
  expect(comment).not.toContain('--');
  expect(xml).toContain('<SourceLocation DefaultValue="https://x.example/a--b/taskpane.html"/>');
});
