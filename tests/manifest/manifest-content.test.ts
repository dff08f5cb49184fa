/** @jest-environment jsdom */
/**
 * What the issue asks of the manifest beyond the schema: an Excel task pane with read/write
 * access, Norwegian by default with English overrides, a "Rapportsjekk" button on the Home tab
 * that opens the pane, and icons that exist in assets/ at the sizes the manifest claims.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const xml = new DOMParser().parseFromString(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), 'application/xml');
const all = (name: string): Element[] => Array.from(xml.getElementsByTagName(name));
const one = (name: string): Element => {
  const [element] = all(name);
  if (!element) throw new Error(`no <${name}>`);
  return element;
};
const text = (name: string): string => one(name).textContent?.trim() ?? '';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

test('an Excel task-pane add-in with a fixed id that may read and write the workbook', () => {
  expect(xml.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  expect(text('Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(all('Host').filter((h) => h.parentElement?.parentElement === xml.documentElement).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
  expect(text('Permissions')).toBe('ReadWriteDocument');
  expect(one('SourceLocation').getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
  expect(all('AppDomains')).toEqual([]);
});

test('Norwegian by default, English overrides for the name and the description', () => {
  expect(text('DefaultLocale')).toBe('nb-NO');
  for (const name of ['DisplayName', 'Description']) {
    const element = one(name);
    expect(element.getAttribute('DefaultValue')).toBeTruthy();
    const override = element.getElementsByTagName('Override')[0];
    expect(override.getAttribute('Locale')).toBe('en-US');
    expect(override.getAttribute('Value')).not.toBe(element.getAttribute('DefaultValue'));
  }
});

test('a Rapportsjekk button on the Home tab shows the task pane', () => {
  const tab = one('OfficeTab');
  expect(tab.getAttribute('id')).toBe('TabHome');
  const button = Array.from(tab.getElementsByTagName('Control')).find((c) => c.getAttribute('xsi:type') === 'Button');
  expect(button).toBeDefined();
  const labelId = button?.getElementsByTagName('Label')[0].getAttribute('resid');
  const label = all('bt:String').find((s) => s.getAttribute('id') === labelId);
  expect(label?.getAttribute('DefaultValue')).toBe('Rapportsjekk');
  const action = button?.getElementsByTagName('Action')[0];
  expect(action?.getAttribute('xsi:type')).toBe('ShowTaskpane');
  const urlId = action?.getElementsByTagName('SourceLocation')[0].getAttribute('resid');
  expect(all('bt:Url').find((u) => u.getAttribute('id') === urlId)?.getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
});

test('every icon the manifest names exists in assets/ at its size', () => {
  const icons = [
    ...all('bt:Image').filter((i) => i.getAttribute('DefaultValue')),
    one('IconUrl'),
    one('HighResolutionIconUrl'),
  ].map((element) => element.getAttribute('DefaultValue') as string);
  expect(icons).toHaveLength(5);
  for (const url of icons) {
    const match = /^https:\/\/localhost:3000\/assets\/icon-(\d+)\.png$/.exec(url);
    expect(match).not.toBeNull();
    const size = Number(match?.[1]);
    expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  }
  expect(all('bt:Image').filter((i) => i.getAttribute('id')).map((i) => i.getAttribute('id'))).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
});
