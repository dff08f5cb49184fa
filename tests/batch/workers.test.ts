/**
 * The real worker processes (compiled JS in dist/, built here first) and the `batch` command.
 * Outputs must not depend on --jobs; a crashing worker costs only its own file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { runBatch } from '../../src/batch';
import { checkFiles, largestFirst } from '../../src/batch/pool';
import { BATCH_NOW, makeCorpus, scriptedWorker, tempDir } from './helpers';
import { ensureDistBuilt } from '../helpers/dist';
import { runCli } from '../hardening/run-cli';

beforeAll(() => ensureDistBuilt('dist/batch/worker.js'), 180_000);

let corpus: Awaited<ReturnType<typeof makeCorpus>>;
beforeAll(async () => {
  corpus = await makeCorpus(7);
});

test('portfolio.json, portfolio.html and the letters are the same with 1 worker, 2 workers and in-process', async () => {
  const run = async (options: { jobs?: number; inProcess?: boolean }) => {
    const out = tempDir('jobs');
    const result = await runBatch({ inputs: [corpus.dir], out, now: BATCH_NOW, ...options });
    const letters = await Promise.all(result.outputs.letterFiles.map(async (file) => [file.slice(out.length), await fs.readFile(file, 'utf8')]));
    return { json: await fs.readFile(result.outputs.json, 'utf8'), html: await fs.readFile(result.outputs.html, 'utf8'), letters, code: result.exitCode };
  };
  const one = await run({ jobs: 1 });
  const two = await run({ jobs: 2 });
  const local = await run({ inProcess: true });
  expect(two.json).toBe(one.json);
  expect(local.json).toBe(one.json);
  expect(two.html).toBe(one.html);
  expect(two.letters).toEqual(one.letters);
  expect(one.letters.length).toBeGreaterThanOrEqual(30);
  expect(one.code).toBe(2); // the corpus has unreadable files
  expect(JSON.parse(one.json).totals.files).toBeGreaterThanOrEqual(30);
}, 120_000);

test('a worker that dies costs only the file it held; the others are still checked', async () => {
  const script = await scriptedWorker('crashing-worker', `process.on('message', (r) => {
  if (r.path.includes('crash')) process.exit(3);
  if (r.path.includes('throw')) throw new Error('boom \\u001b[2J 14828860012');
  process.send({ id: r.id, outcome: { kind: 'unreadable', reason: 'empty', message: 'checked ' + r.path } });
});`);
  const paths = ['a.xlsx', 'crash-1.xlsx', 'b.xlsx', 'throw.xlsx', 'c.xlsx', 'crash-2.xlsx', 'd.xlsx'];
  const seen: number[] = [];
  const outcomes = await checkFiles(paths, { jobs: 2, lang: 'en', now: BATCH_NOW, workerScript: script, onOutcome: (i) => seen.push(i) });
  expect(outcomes.map((o) => (o.kind === 'unreadable' ? o.reason : 'report'))).toEqual(['empty', 'internal', 'empty', 'internal', 'empty', 'internal', 'empty']);
  expect(outcomes[0]).toMatchObject({ message: 'checked a.xlsx' });
  expect(outcomes[1]).toMatchObject({ detail: 'worker exited with code 3' });
  // The uncaught error's own line, not its stack; escaped and masked like every terminal line.
  expect(outcomes[3]).toMatchObject({ message: expect.stringContaining('internal error'), detail: 'worker exited with code 1: Error: boom \ufffd[2J 148288*****' });
  expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
}, 60_000);

test('a child holds the next file before it answers the first, and a file held behind a dying one is checked by a fresh child', async () => {
  // Answers nothing until it holds two files, so a pool that sends one file at a time never
  // gets an answer and every file ends at the time limit. Answers a file named last alone (no
  // file comes after it); dies on a file named crash.
  const script = await scriptedWorker('holding-worker', `const held = [];
process.on('message', (r) => {
  held.push(r);
  if (held.length < 2 && !r.path.includes('last')) return;
  for (const h of held.splice(0)) {
    if (h.path.includes('crash')) process.exit(3);
    process.send({ id: h.id, outcome: { kind: 'unreadable', reason: 'empty', message: h.path + ' by ' + process.pid } });
  }
});
process.send({ ready: true });`);
  const paths = ['a.xlsx', 'b.xlsx', 'crash.xlsx', 'c.xlsx', 'd.xlsx', 'e-last.xlsx'];
  const outcomes = await checkFiles(paths, { jobs: 1, lang: 'en', now: BATCH_NOW, workerScript: script, timeoutMs: 5_000 });
  const by = outcomes.map((o) => (o.kind === 'unreadable' ? o.message : o.kind));
  // a and b by the first child; it dies on crash while holding c; c, d and the last file by the second.
  expect(outcomes.map((o) => (o.kind === 'unreadable' ? o.reason : o.kind))).toEqual(['empty', 'empty', 'internal', 'empty', 'empty', 'empty']);
  const pid = (line: string): string => line.split(' by ')[1];
  expect(by[0]).toMatch(/^a\.xlsx by \d+$/);
  expect(pid(by[1])).toBe(pid(by[0]));
  expect(by[3]).toMatch(/^c\.xlsx by \d+$/);
  expect(pid(by[3])).not.toBe(pid(by[0]));
  expect(pid(by[4])).toBe(pid(by[3]));
  expect(pid(by[5])).toBe(pid(by[3]));
  expect(outcomes[2]).toMatchObject({ detail: 'worker exited with code 3' });
}, 60_000);

test('workers start with their heap limit and the GC on their own thread; loading batch mode does not load ExcelJS', async () => {
  const script = await scriptedWorker('flags-worker', `process.on('message', (r) => process.send({ id: r.id, outcome: { kind: 'unreadable', reason: 'empty', message: process.execArgv.join(' ') } }));`);
  const [outcome] = await checkFiles(['a.xlsx'], { jobs: 1, lang: 'en', now: BATCH_NOW, workerScript: script, heapMb: 321 });
  expect(outcome).toMatchObject({ message: '--max-old-space-size=321 --single-threaded-gc' });
  // ExcelJS (about 140 ms to load) is for writing portfolio.xlsx only: `batch --help`, a refused
  // --out and the start of the checks do without it.
  const loaded = execFileSync(process.execPath, ['-e', "require('./dist/batch'); console.log(Object.keys(require.cache).filter((m) => /node_modules[\\\\/](exceljs|jszip)[\\\\/]/.test(m)).length)"], { encoding: 'utf8' });
  expect(loaded.trim()).toBe('0');
}, 60_000);

test('files are handed out largest first (a big report must not start last); outcomes stay in the order given', async () => {
  const dir = tempDir('largest-first');
  const script = await scriptedWorker('counting-worker', `let n = 0;\nprocess.on('message', (r) => process.send({ id: r.id, outcome: { kind: 'unreadable', reason: 'empty', message: String(n++) } }));`);
  const sized = async (name: string, bytes: number): Promise<string> => {
    await fs.writeFile(join(dir, name), Buffer.alloc(bytes));
    return join(dir, name);
  };
  const paths = [await sized('small.xlsx', 10), join(dir, 'missing.xlsx'), await sized('big.xlsx', 5_000), await sized('mid-1.xlsx', 300), await sized('mid-2.xlsx', 300)];
  expect(largestFirst(paths)).toEqual([2, 3, 4, 0, 1]);
  const outcomes = await checkFiles(paths, { jobs: 1, lang: 'en', now: BATCH_NOW, workerScript: script });
  expect(outcomes.map((o) => (o.kind === 'unreadable' ? o.message : o.kind))).toEqual(['3', '4', '0', '1', '2']);
}, 60_000);

describe('the batch command, run the way users run it (node bin/rapportsjekk.js)', () => {
  interface Ran {
    code: number | null;
    stdout: string;
    stderr: string;
  }
  async function cli(args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = { LANG: 'nb_NO.UTF-8' }): Promise<Ran> {
    const ran = runCli(['batch', ...args, '--now', '2026-03-01'], cwd, env);
    return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
  }

  test('a mixed folder with unreadable files: exit 2 (as validate), a line per file on stderr, the three outputs written', async () => {
    const out = tempDir('cli-out');
    const ran = await cli([corpus.dir, '--out', out, '--jobs', '2']);
    expect(ran.code).toBe(2);
    expect(ran.stderr.split('\n').filter((l) => /^\[\s*\d+\/\d+\] /.test(l)).length).toBeGreaterThanOrEqual(30);
    expect(ran.stderr).toContain('odelagt/tom.xlsx: kunne ikke leses: filen er tom');
    expect(ran.stdout).toMatch(/filer: \d+ uten feil, 5 med feil, 4 kunne ikke leses/);
    for (const name of ['portfolio.xlsx', 'portfolio.html', 'portfolio.json']) expect(existsSync(join(out, name))).toBe(true);
  }, 120_000);

  test('only clean files: exit 0; errors: exit 1; one unreadable file among good ones: exit 2; no files at all: exit 2', async () => {
    const good = await cli([join(corpus.dir, 'god-01.xlsx'), join(corpus.dir, 'god-02.xlsx'), '--out', tempDir('cli-good')]);
    expect(good.code).toBe(0);
    const flawed = corpus.entries.find((e) => e.variant === 'flawed');
    if (flawed === undefined) throw new Error('the corpus has no flawed file');
    const errors = await cli([join(corpus.dir, 'god-01.xlsx'), join(corpus.dir, flawed.file), '--out', tempDir('cli-errors')]);
    expect(errors.code).toBe(1);
    const oneBad = await cli([join(corpus.dir, 'god-01.xlsx'), join(corpus.dir, 'odelagt', 'tom.xlsx'), '--out', tempDir('cli-one-bad')]);
    expect(oneBad.code).toBe(2);
    expect(oneBad.stderr).toContain('tom.xlsx: kunne ikke leses: filen er tom');
    const broken = await cli([join(corpus.dir, 'odelagt'), '--out', tempDir('cli-broken')]);
    expect(broken.code).toBe(2);
    const empty = await cli([tempDir('empty'), '--out', tempDir('cli-empty')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('fant ingen .xlsx-filer');
  }, 120_000);

  test('refuses an --out where an input would be overwritten, and leaves the input alone', async () => {
    const out = tempDir('cli-refuse');
    const input = join(out, 'portfolio.xlsx');
    await fs.copyFile(join(corpus.dir, 'god-01.xlsx'), input);
    const before = await fs.readFile(input);
    const ran = await cli([input, '--out', out]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^rapportsjekk: --out ville overskrevet .*portfolio\.xlsx/);
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    expect(existsSync(join(out, 'portfolio.html'))).toBe(false);
  }, 60_000);

  test('an --out inside the input folder: a rerun does not take its own portfolio for a submission', async () => {
    const dir = tempDir('cli-inside');
    await fs.copyFile(join(corpus.dir, 'god-01.xlsx'), join(dir, 'a.xlsx'));
    await fs.copyFile(join(corpus.dir, 'god-02.xlsx'), join(dir, 'b.xlsx'));
    const first = await cli([dir, '--out', dir]);
    const second = await cli([dir, '--out', dir]);
    expect([first.code, second.code]).toEqual([0, 0]);
    const json = JSON.parse(await fs.readFile(join(dir, 'portfolio.json'), 'utf8')) as { files: { file: string }[] };
    expect(json.files.map((f) => f.file)).toEqual(['a.xlsx', 'b.xlsx']);
  }, 60_000);

  test('--jobs must be a whole number from 1', async () => {
    const ran = await cli([corpus.dir, '--jobs', '0', '--out', tempDir('cli-jobs')]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('--jobs må være et helt tall');
  });

  test('--lang en gives English help, also when LANG is Norwegian; LANG=en gives English without it', async () => {
    const en = runCli(['batch', '--help', '--lang', 'en'], process.cwd(), { LANG: 'nb_NO.UTF-8' });
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('check a folder of reports');
    expect(en.stdout).not.toContain('kontroller en mappe');
    const nb = runCli(['batch', '--help'], process.cwd(), { LANG: 'nb_NO.UTF-8' });
    expect(nb.stdout).toContain('kontroller en mappe');
    expect(runCli(['batch', '--help'], process.cwd(), { LANG: 'en_GB.UTF-8' }).stdout).toContain('check a folder of reports');
  });

  test('a bad --now is one line and exit 2, in the chosen language', async () => {
    const ran = runCli(['batch', corpus.dir, '--out', tempDir('cli-now'), '--now', '2026-13-01', '--lang', 'en'], process.cwd());
    expect(ran.status).toBe(2);
    expect(ran.stderr).toBe('rapportsjekk: --now must be a date written YYYY-MM-DD\n');
  });
});
