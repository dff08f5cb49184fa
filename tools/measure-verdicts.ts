/**
 * Issue 9's examples through the real command line, measured: each gets `validate` on its own
 * and all of them one `batch`; prints a Markdown table of exit status, wall time and peak
 * resident memory (the goal: a verdict within 10 s and 1 GB each).
 *
 *   npm run build && npm run build:tools && node dist/dev/tools/measure-verdicts.js
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { BAD_FILES, BUILT_AT_TEST_TIME, cellBomb, sheetBomb } from './make-bad-files';
import { buildExamples, OK_FILE } from './make-examples';

const ROOT = resolve(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'rapportsjekk.js');
/**
 * Linux keeps a process's peak RSS across exec, so a child forked from this (large) process
 * would report at least this one's size: /usr/bin/time, a small process, measures instead.
 */
const TIME = '/usr/bin/time';
const FROM_CORPUS = ['merge-bomb.xlsx', 'merge-bomb-8-digit-row.xlsx', 'column-bomb.xlsx', 'defined-name-bomb.xlsx', 'row-4-billion.xlsx'];

interface Measured {
  readonly status: number | null;
  readonly seconds: number;
  readonly peakMb: number | null;
  readonly line: string;
}

function run(args: readonly string[]): Measured {
  const started = process.hrtime.bigint();
  const result = spawnSync(TIME, ['-f', 'peak-rss-kb=%M', process.execPath, BIN, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
    env: { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'nb_NO.UTF-8' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = result.stderr.trim().split('\n').filter((l) => !l.startsWith('Command exited'));
  const rss = /^peak-rss-kb=(\d+)$/.exec(lines.pop() ?? '');
  const peakMb = rss === null ? null : Math.round(Number(rss[1]) / 1024);
  const line = (lines.pop() ?? '').replace(/^rapportsjekk: \S*\/([^/]+): /, '$1: ').slice(0, 70);
  return { status: result.status, seconds, peakMb, line };
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'rapportsjekk-verdicts-'));
  const files: Record<string, Uint8Array | Buffer> = {
    'validation-bomb.xlsx': sheetBomb('<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>'),
    'cell-bomb-1.9M.xlsx': cellBomb(76_000, 25),
  };
  for (const bad of [...BAD_FILES, ...BUILT_AT_TEST_TIME]) if (FROM_CORPUS.includes(bad.file) || BUILT_AT_TEST_TIME.includes(bad)) files[bad.file] = await bad.make();
  const ok = (await buildExamples())[OK_FILE] as Uint8Array;
  for (const name of ['a.xlsx', 'b.xlsm', 'e.XLSX']) files[name] = ok;
  for (const [name, bytes] of Object.entries(files)) await fs.writeFile(join(dir, name), bytes);
  await fs.writeFile(join(dir, 'c.xls'), Buffer.from('D0CF11E0A1B11AE1', 'hex'));
  await fs.symlink('/dev/zero', join(dir, 'null.xlsx'));
  spawnSync('mkfifo', [join(dir, 'fifo-target')]);
  await fs.symlink(join(dir, 'fifo-target'), join(dir, 'fifo.xlsx'));
  const sparse = await fs.open(join(dir, 'sparse-1.9GB.xlsx'), 'w');
  await sparse.truncate(1.9e9);
  await sparse.close();

  console.log('| Input | validate: exit | time | peak RSS | answer |');
  console.log('|---|---|---|---|---|');
  for (const name of (await fs.readdir(dir)).filter((n) => n !== 'fifo-target').sort()) {
    const m = run(['validate', join(dir, name), '--format', 'json']);
    console.log(`| ${name} | ${m.status} | ${m.seconds.toFixed(1)} s | ${m.peakMb ?? '?'} MB | ${m.status === 2 ? m.line : 'report'} |`);
  }
  const out = await fs.mkdtemp(join(tmpdir(), 'rapportsjekk-verdicts-out-'));
  const batch = run(['batch', dir, '--out', out, '--jobs', '2']);
  console.log(`| batch over all of them (--jobs 2) | ${batch.status} | ${batch.seconds.toFixed(1)} s | ${batch.peakMb ?? '?'} MB (the largest single process: the main one or a worker) | ${batch.line} |`);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(out, { recursive: true, force: true });
}

void main();
