/**
 * Every bad file (tests/fixtures/bad/, and the bombs made here in a temporary directory) goes
 * through the real command line, in bokmål and English: it answers with a report (exit 0/1) or
 * with exit 2 and exactly one line naming the file and the reason; never a stack trace, never a
 * hang, never more than 1.5 GB of memory, and the input file is left as it was.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Lang } from '../../src/engine';
import { describeReadFailure } from '../../src/hosts/xlsx/errors';
import { readXlsxBuffer } from '../../src/hosts/xlsx/read';
import { BAD_FILES, BadFile, BUILT_AT_TEST_TIME, FIXTURE_DIR } from '../../tools/make-bad-files';
import { CliRun, ensureBuilt, ROOT, runCli } from './run-cli';

const FIXTURES = path.join(ROOT, FIXTURE_DIR);
const PEAK_LIMIT_KB = 1.5 * 1024 * 1024;
const LANGS: readonly Lang[] = ['nb', 'en'];
/** The example programme's reporting year is 2025; checked as in March 2026. */
const NOW = '2026-03-01';

let bombDir: string;
const measured: { file: string; lang: Lang; ms: number; maxRssKb: number | null; status: number | null }[] = [];

beforeAll(async () => {
  ensureBuilt();
  bombDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapportsjekk-bombs-'));
  for (const bomb of BUILT_AT_TEST_TIME) fs.writeFileSync(path.join(bombDir, bomb.file), await bomb.make());
}, 120_000);

afterAll(() => {
  if (bombDir !== undefined) fs.rmSync(bombDir, { recursive: true, force: true });
  const lines = measured.map((m) => `${m.file} (${m.lang}): exit ${m.status}, ${m.ms.toFixed(0)} ms, peak ${m.maxRssKb === null ? '?' : (m.maxRssKb / 1024).toFixed(0)} MB`);
  console.info(`Bad files through the CLI:\n${lines.join('\n')}`);
});

const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function check(dir: string, bad: BadFile, lang: Lang): CliRun {
  const file = path.join(dir, bad.file);
  const before = sha256(file);
  const run = runCli(['validate', bad.file, '--format', 'json', '--lang', lang, '--now', NOW], dir);
  measured.push({ file: bad.file, lang, ms: run.ms, maxRssKb: run.maxRssKb, status: run.status });

  // Finished on its own, within bounded memory, without a stack trace, the input untouched.
  expect(run.signal).toBeNull();
  expect(run.maxRssKb).not.toBeNull();
  expect(run.maxRssKb as number).toBeLessThan(PEAK_LIMIT_KB);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).not.toMatch(/\n\s+at /);
  expect(sha256(file)).toBe(before);
  return run;
}

async function expectAnswer(dir: string, bad: BadFile, lang: Lang): Promise<void> {
  const run = check(dir, bad, lang);
  const expected = bad.expected;
  if (expected.outcome === 'unreadable') {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`rapportsjekk: ${bad.file}: ${describeReadFailure(expected.reason, lang)}\n`);
    return;
  }
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as { findings: { rule: string; sheet: string | null; cell: string | null }[]; metrics: Record<string, unknown> };
  const errors = report.findings.filter((f) => (f as { severity?: string }).severity === 'error').length;
  expect(run.status).toBe(errors > 0 ? 1 : 0);
  expect(report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining([...expected.rules]));
  if (expected.participants !== undefined) expect(report.metrics.participants).toBe(expected.participants);
  // Every finding points at a sheet the workbook has, and a cell address or nothing.
  const sheets = Object.keys((await readXlsxBuffer(fs.readFileSync(path.join(dir, bad.file)))).sheets);
  for (const finding of report.findings) {
    if (finding.sheet !== null && !['sheet-missing', 'template-version-missing'].includes(finding.rule)) expect(sheets).toContain(finding.sheet);
    if (finding.cell !== null) expect(finding.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
  }
}

describe.each(LANGS)('the command line in %s', (lang) => {
  test.each(BAD_FILES.map((bad) => ({ bad, name: bad.file, what: bad.what })))('$name: $what', async ({ bad }) => {
    await expectAnswer(FIXTURES, bad, lang);
  });

  test.each(BUILT_AT_TEST_TIME.map((bad) => ({ bad, name: bad.file, what: bad.what })))('$name: $what', async ({ bad }) => {
    await expectAnswer(bombDir, bad, lang);
  });
});

test('the corpus on disk is what the generator makes (regenerate with node dist/dev/tools/make-bad-files.js)', async () => {
  for (const bad of BAD_FILES) {
    const file = path.join(FIXTURES, bad.file);
    expect(fs.existsSync(file)).toBe(true);
    // LibreOffice stamps the time into .xls and .ods; those are made once.
    if (bad.convertTo === undefined) expect(Buffer.from(await bad.make()).equals(fs.readFileSync(file))).toBe(true);
  }
});

test('.xls and .ods: the reason says how to save the file as .xlsx, in both languages', () => {
  for (const reason of ['xls', 'ods'] as const) {
    expect(describeReadFailure(reason, 'nb')).toMatch(/lagre .*\(\.xlsx\)/);
    expect(describeReadFailure(reason, 'en')).toMatch(/save it as .*\(\.xlsx\)/);
  }
});

test('the committed corpus stays small (the bombs are made at test time)', () => {
  const total = fs.readdirSync(FIXTURES).reduce((sum, name) => sum + fs.statSync(path.join(FIXTURES, name)).size, 0);
  expect(total).toBeLessThan(1024 * 1024);
});
