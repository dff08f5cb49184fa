/** @jest-environment jsdom */
import './setup-dom';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { detectEnvironment, luminance, themeFromOffice } from '../../src/taskpane/environment';
import { fill, paneLang } from '../../src/taskpane/i18n';

type OfficeGlobal = { Office?: unknown };
const globals = globalThis as OfficeGlobal;

function fakeOffice(host: string | null, context: Record<string, unknown> = {}): void {
  globals.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: () => Promise.resolve({ host, platform: host ? 'OfficeOnline' : null }),
    context,
  };
}

afterEach(() => {
  delete globals.Office;
});

test('English only for display languages starting with "en"; Norwegian bokmål otherwise', () => {
  expect(paneLang('en-US')).toBe('en');
  expect(paneLang('EN-gb')).toBe('en');
  expect(paneLang('nb-NO')).toBe('nb');
  expect(paneLang('nn-NO')).toBe('nb');
  expect(paneLang('sv-SE')).toBe('nb');
  expect(paneLang(undefined)).toBe('nb');
});

test('fill replaces named placeholders and leaves unknown ones visible', () => {
  expect(fill('{a} av {b}', { a: 3, b: '6' })).toBe('3 av 6');
  expect(fill('{a} {missing}', { a: 1 })).toBe('1 {missing}');
});

test('the Office theme picks the Fluent theme: dark flag first, else the body background', () => {
  expect(themeFromOffice({ bodyBackgroundColor: '#ffffff', isDarkTheme: true })).toBe(webDarkTheme);
  expect(themeFromOffice({ bodyBackgroundColor: '#000000', isDarkTheme: false })).toBe(webLightTheme);
  expect(themeFromOffice({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme); // Black
  expect(themeFromOffice({ bodyBackgroundColor: '#666666' })).toBe(webDarkTheme); // Dark Gray
  expect(themeFromOffice({ bodyBackgroundColor: '#e6e6e6' })).toBe(webLightTheme); // Colorful
  expect(themeFromOffice({ bodyBackgroundColor: 'not a colour' })).toBe(webLightTheme);
  expect(themeFromOffice(undefined)).toBe(webLightTheme);
  expect(luminance('#ffffff')).toBeCloseTo(1);
  expect(luminance('#000000')).toBe(0);
});

test('without office.js the page is the browser page, in the browser language', async () => {
  const env = await detectEnvironment();
  expect(env.mode).toBe('browser');
  expect(env.lang).toBe(paneLang(navigator.language));
});

test('inside Excel the pane follows the display language and the Office theme', async () => {
  fakeOffice('Excel', { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#1f1f1f', isDarkTheme: true } });
  expect(await detectEnvironment()).toEqual({ mode: 'excel', lang: 'en', theme: webDarkTheme });

  fakeOffice('Excel', { displayLanguage: 'nb-NO', officeTheme: { bodyBackgroundColor: '#ffffff' } });
  expect(await detectEnvironment()).toEqual({ mode: 'excel', lang: 'nb', theme: webLightTheme });
});

test('office.js outside Office (no host) or in another Office program gives the browser page', async () => {
  fakeOffice(null);
  expect((await detectEnvironment()).mode).toBe('browser');
  fakeOffice('Word', { displayLanguage: 'en-US' });
  expect((await detectEnvironment()).mode).toBe('browser');
});

test('an Office.onReady that fails, or a context that throws, does not break the start', async () => {
  globals.Office = { HostType: { Excel: 'Excel' }, onReady: () => Promise.reject(new Error('blocked')) };
  expect((await detectEnvironment()).mode).toBe('browser');

  const context = {};
  Object.defineProperty(context, 'officeTheme', { get: () => { throw new Error('not supported'); } });
  Object.defineProperty(context, 'displayLanguage', { get: () => { throw new Error('not supported'); } });
  fakeOffice('Excel', context);
  expect(await detectEnvironment()).toEqual({ mode: 'excel', lang: 'nb', theme: webLightTheme });
});
