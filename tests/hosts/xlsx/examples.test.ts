/**
 * The example files: regenerated in memory, written as xlsx, read back and checked by the
 * engine. The clean one has no findings; the problem one has exactly the planted problems,
 * each at its cell. The committed files must equal what the generator makes now.
 */
import { promises as fs } from 'fs';
import { join } from 'path';
import { Report, validate } from '../../../src/engine';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { buildExamples, OK_FILE, PROBLEM_FILE } from '../../../tools/make-examples';
import { cleanReport, EXAMPLES_NOW, PLANTED } from '../../../tools/example-reports';

const EXAMPLES_DIR = join(__dirname, '..', '..', '..', 'examples');

let files: Record<string, Uint8Array | string>;
const reports: Record<string, Report> = {};

beforeAll(async () => {
  files = await buildExamples();
  for (const name of [OK_FILE, PROBLEM_FILE]) {
    reports[name] = validate(await readXlsxBuffer(files[name] as Uint8Array), { lang: 'nb', now: EXAMPLES_NOW });
  }
});

describe(OK_FILE, () => {
  test('has no errors and no warnings (and no info either)', () => {
    const report = reports[OK_FILE];
    expect(report.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([]);
    expect(report.counts).toMatchObject({ error: 0, warning: 0, info: 0 });
    expect(report.passed).toBe(true);
  });

  test('is a realistic programme: 20+ participants, several mentors, 3-4 clear goals, activities', () => {
    const { metrics, goals } = reports[OK_FILE];
    expect(metrics.participants.value).toBeGreaterThanOrEqual(20);
    expect(metrics.mentors.value).toBeGreaterThanOrEqual(4);
    expect(goals.length).toBeGreaterThanOrEqual(3);
    expect(goals.length).toBeLessThanOrEqual(4);
    expect(metrics.goalsClear.value).toBe(goals.length);
    expect(metrics.gatherings.value).toBeGreaterThan(0);
  });

  test('the reported Oppnådd values are the ones the data gives (counted by hand in the source)', () => {
    const byId = Object.fromEntries(reports[OK_FILE].goals.map((g) => [g.id, g]));
    expect(byId.M1).toMatchObject({ achieved: 0.7, numerator: 14, denominator: 20, status: 'reached' });
    expect(byId.M2).toMatchObject({ achieved: 0.45, numerator: 9, denominator: 20, status: 'reached' });
    expect(byId.M3).toMatchObject({ achieved: 0.75, numerator: 18, denominator: 24, status: 'not-reached' });
    expect(byId.M4).toMatchObject({ achieved: 5, status: 'reached' });
    for (const goal of cleanReport().goals) expect(byId[String(goal.goalId)].achieved).toBe(goal.achieved);
  });
});

describe(PROBLEM_FILE, () => {
  test.each(PLANTED.map((p) => ({ ...p, at: `${p.sheet}!${p.cell}` })))('$rule is found at $at', ({ rule, sheet, cell }) => {
    const found = reports[PROBLEM_FILE].findings.filter((f) => f.rule === rule);
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toContain(`${sheet}!${cell}`);
  });

  test('has no findings besides the planted ones (so README.md lists them all)', () => {
    const planted = PLANTED.map((p) => `${p.rule} ${p.sheet}!${p.cell}`).sort();
    const found = reports[PROBLEM_FILE].findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort();
    expect(found).toEqual(planted);
  });

  test('fails, with errors and warnings both', () => {
    const report = reports[PROBLEM_FILE];
    expect(report.passed).toBe(false);
    expect(report.counts.error).toBeGreaterThan(0);
    expect(report.counts.warning).toBeGreaterThan(0);
  });

  test('never shows the planted national identity number in full', () => {
    const finding = reports[PROBLEM_FILE].findings.find((f) => f.rule === 'personal-id-in-sheet');
    expect(finding?.message).toMatch(/\d{6}\*{5}/);
  });
});

test('the README lists every planted problem with its cell and rule', () => {
  const text = files['README.md'] as string;
  for (const p of PLANTED) expect(text).toContain(`| ${p.sheet}!${p.cell} | \`${p.rule}\` |`);
});

test('the committed examples are up to date (run `npm run examples` after changing the template or the examples)', async () => {
  for (const [name, content] of Object.entries(files)) {
    const committed = await fs.readFile(join(EXAMPLES_DIR, name));
    const expected = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    expect({ name, upToDate: committed.equals(expected) }).toEqual({ name, upToDate: true });
  }
});

test('generating twice gives the same bytes', async () => {
  const again = await buildExamples();
  expect(Buffer.from(again[OK_FILE] as Uint8Array).equals(Buffer.from(files[OK_FILE] as Uint8Array))).toBe(true);
});
