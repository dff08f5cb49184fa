/**
 * `rapportsjekk validate`, run in-process through main() with captured streams, on real xlsx
 * files written by ExcelJS (and the broken files people actually send).
 */
import * as fs from 'fs';
import * as path from 'path';
import { describeReadFailure } from '../../src/hosts/xlsx/errors';
import { main } from '../../src/cli/main';
import { workbook } from '../helpers/builder';
import { Capture, tempDir, writeXlsx } from './xlsx-files';

const NOW = ['--now', '2026-03-01'];

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let dir: string;
let clean: string;
let withErrors: string;

async function cli(args: readonly string[], options: { env?: Record<string, string>; tty?: boolean } = {}): Promise<Run> {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, env: options.env ?? {}, cwd: dir });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Exactly one line on stderr, and nothing that looks like a stack trace. */
function expectOneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0];
}

beforeAll(async () => {
  dir = tempDir();
  clean = path.basename(await writeXlsx(workbook().build(), path.join(dir, 'ren.xlsx')));
  withErrors = path.basename(
    await writeXlsx(
      workbook().withInfo({ orgNumber: '123' }).withParticipants({}, { relevantJob: null }).withMentors({ menteeCount: 2 }).build(),
      path.join(dir, 'feil.xlsx'),
    ),
  );
  fs.writeFileSync(path.join(dir, 'tom.xlsx'), '');
  fs.writeFileSync(path.join(dir, 'notat.xlsx'), 'Dette er bare tekst, ikke et regneark.\n');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('exit status', () => {
  test('0 when no file has errors', async () => {
    const run = await cli(['validate', clean, ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ ingen feil');
    expect(run.stderr).toBe('');
  });

  test('1 when a file has errors', async () => {
    const run = await cli(['validate', withErrors, ...NOW]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Programinfo!B2 +feil +Organisasjonsnummeret «123»/);
    expect(run.stdout).toMatch(/Deltakere!R3 +advarsel +.+job-relevance-missing/);
    expect(run.stdout).toContain('✖ 2 problemer (1 feil, 1 advarsel)');
    expect(run.stderr).toBe('');
  });

  test.each([
    ['finnes-ikke.xlsx', 'not-found'],
    ['tom.xlsx', 'empty'],
    ['notat.xlsx', 'not-xlsx'],
  ] as const)('2 when %s cannot be read: one plain line on stderr, no stack trace', async (name, reason) => {
    const run = await cli(['validate', name, ...NOW]);
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toBe(`rapportsjekk: ${name}: ${describeReadFailure(reason, 'nb')}`);
    expect(run.stdout).toBe('');
  });

  test('2 wins over 1, and the readable files are still reported', async () => {
    const run = await cli(['validate', withErrors, 'finnes-ikke.xlsx', clean, ...NOW]);
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toBe('rapportsjekk: finnes-ikke.xlsx: filen finnes ikke');
    expect(run.stdout).toContain(withErrors);
    expect(run.stdout).toContain(clean);
    expect(run.stdout).toContain('2 filer: ✖ 2 problemer');
  });

  test('each unreadable file gets its own line', async () => {
    const run = await cli(['validate', 'tom.xlsx', 'notat.xlsx', ...NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('rapportsjekk: tom.xlsx: filen er tom\nrapportsjekk: notat.xlsx: ikke en xlsx-fil\n');
  });

  test('usage mistakes are 2, not 1', async () => {
    expect((await cli(['validate', clean, '--format', 'xml'])).code).toBe(2);
    expect((await cli(['validate'])).code).toBe(2);
    expect((await cli(['valider', clean])).code).toBe(2);
    const badNow = await cli(['validate', clean, '--now', '1.3.2026']);
    expect(badNow.code).toBe(2);
    expect(expectOneLine(badNow.stderr)).toContain('--now');
  });
});

describe('--format json', () => {
  test('one file: one object with the contract keys', async () => {
    const run = await cli(['validate', withErrors, '--format', 'json', ...NOW]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(Array.isArray(json)).toBe(false);
    expect(json).toMatchObject({ file: withErrors, template: { id: 'imdi-mentor-trainee', version: '2026.1' } });
    expect(json.findings[0]).toEqual({ rule: 'orgnr-invalid', severity: 'error', sheet: 'Programinfo', cell: 'B2', message: expect.any(String) });
    expect(json.metrics).toMatchObject({ participants: 2, employmentRateAtEnd: 1 });
    expect(json.goals[0]).toMatchObject({ id: 'M1', target: 0.5, achieved: 1, status: 'reached' });
  });

  test('several files: an array, also when one of them could not be read', async () => {
    const run = await cli(['validate', clean, 'finnes-ikke.xlsx', '--format', 'json', ...NOW]);
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json.map((r: { file: string }) => r.file)).toEqual([clean]);
  });

  test('no colour codes in JSON, even on a terminal', async () => {
    const run = await cli(['validate', clean, '--format', 'json', ...NOW], { tty: true });
    expect(run.stdout).not.toContain('\u001b[');
  });
});

describe('language', () => {
  test('--lang en: findings, summary and read failures in English', async () => {
    const run = await cli(['validate', withErrors, 'tom.xlsx', '--lang', 'en', ...NOW]);
    expect(run.stdout).toMatch(/Programinfo!B2 +error +/);
    expect(run.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
    expect(expectOneLine(run.stderr)).toBe('rapportsjekk: tom.xlsx: the file is empty');
  });

  test('bokmål by default; English when LANG starts with "en"; --lang wins over LANG', async () => {
    expect((await cli(['validate', 'tom.xlsx'])).stderr).toContain('filen er tom');
    expect((await cli(['validate', 'tom.xlsx'], { env: { LANG: 'nb_NO.UTF-8' } })).stderr).toContain('filen er tom');
    expect((await cli(['validate', 'tom.xlsx'], { env: { LANG: 'en_GB.UTF-8' } })).stderr).toContain('the file is empty');
    expect((await cli(['validate', 'tom.xlsx', '--lang', 'nb'], { env: { LANG: 'en_GB.UTF-8' } })).stderr).toContain('filen er tom');
  });
});

describe('colour', () => {
  test('only on a terminal, and never with NO_COLOR set', async () => {
    expect((await cli(['validate', withErrors, ...NOW])).stdout).not.toContain('\u001b[');
    expect((await cli(['validate', withErrors, ...NOW], { tty: true })).stdout).toContain('\u001b[31m');
    expect((await cli(['validate', withErrors, ...NOW], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe('--out', () => {
  test('writes the report to the file and nothing to stdout', async () => {
    const run = await cli(['validate', withErrors, '--format', 'html', '--out', 'rapport.html', ...NOW]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const html = fs.readFileSync(path.join(dir, 'rapport.html'), 'utf8');
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('Organisasjonsnummeret «123»');
  });

  test('an HTML report also lists the files that could not be read', async () => {
    await cli(['validate', clean, 'tom.xlsx', '--format', 'html', '--out', 'begge.html', ...NOW]);
    const html = fs.readFileSync(path.join(dir, 'begge.html'), 'utf8');
    expect(html).toContain('<th scope="row">tom.xlsx</th><td>filen er tom</td>');
  });

  test.each([
    ['the same name', (f: string) => f],
    ['another spelling of the same path', (f: string) => `./sub/../${f}`],
    ['a symbolic link to it', (f: string) => {
      const link = `lenke-${f}.json`;
      fs.rmSync(path.join(dir, link), { force: true });
      fs.symlinkSync(path.join(dir, f), path.join(dir, link));
      return link;
    }],
  ])('refuses to overwrite an input file given as %s', async (_how, outName) => {
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const before = fs.readFileSync(path.join(dir, withErrors));
    const out = outName(withErrors);
    const run = await cli(['validate', clean, withErrors, '--format', 'json', '--out', out, ...NOW]);
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toBe(`rapportsjekk: ${out} er en av filene som kontrolleres og blir ikke overskrevet; velg et annet filnavn med --out`);
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(path.join(dir, withErrors)).equals(before)).toBe(true);
  });

  test('refuses to write a report over any spreadsheet', async () => {
    const other = path.join(dir, 'annen.xlsx');
    fs.writeFileSync(other, 'keep');
    const run = await cli(['validate', clean, '--out', 'annen.xlsx', ...NOW]);
    expect(run.code).toBe(2);
    expect(fs.readFileSync(other, 'utf8')).toBe('keep');
  });

  test('a file that cannot be written is one line and status 2', async () => {
    fs.writeFileSync(path.join(dir, 'en-fil'), '');
    const run = await cli(['validate', clean, '--out', 'en-fil/rapport.txt', ...NOW]);
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toMatch(/^rapportsjekk: en-fil\/rapport\.txt: kunne ikke skrive filen/);
  });
});

describe('help', () => {
  test('--help describes the commands and exits 0, in bokmål or English', async () => {
    const nb = await cli(['--help']);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toMatch(/^Bruk: rapportsjekk \[valg\] <kommando>/);
    for (const command of ['validate', 'template', 'rules']) expect(nb.stdout).toContain(command);
    const en = await cli(['--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(en.stdout).toMatch(/^Usage: rapportsjekk \[options\] <command>/);
  });

  test('validate --help lists the options and exit statuses but not the hidden --now', async () => {
    const run = await cli(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--format <format>');
    expect(run.stdout).toContain('--out <file>');
    expect(run.stdout).toContain('Avslutningskode:');
    expect(run.stdout).not.toContain('--now');
  });
});
