/**
 * The batch's heap limit, for real: each worker is a child process with --max-old-space-size,
 * so a file that needs more memory kills only its child (V8 aborts it) and gets a "too large"
 * row, while the parent goes on with a fresh child. With worker threads this was not safe: a
 * thread's out-of-memory could abort the whole process (nodejs/node#47224).
 *
 * The pool runs in a separate Node process here (the compiled dist/batch/pool.js), so the test
 * sees that process's own exit and stderr: V8's native stack must never reach it.
 *
 * Memory, not time, decides these cases. Measured with the real worker (Node 20): a
 * 300-participant report is checked with a 7 MB old space, the 10 000-participant report (the
 * largest plausible one, 0.9 MB) needs between 48 and 56 MB. A 20 MB limit sits well inside
 * both margins (×2.9 above the one, ×2.4 below the other).
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CheckOutcome } from '../../src/batch/check-file';
import { writeCorpus } from '../../tools/make-corpus';
import { BATCH_NOW, scriptedWorker, tempDir } from './helpers';
import { ensureDistBuilt, ROOT } from '../helpers/dist';

jest.setTimeout(180_000);

interface Driven {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A small program that runs the compiled pool on `paths` and prints the outcomes as JSON. */
function driverScript(dir: string): string {
  const script = join(dir, 'driver.js');
  const pool = JSON.stringify(join(ROOT, 'dist', 'batch', 'pool.js'));
  writeFileSync(
    script,
    `const { checkFiles } = require(${pool});
const options = JSON.parse(process.argv[2]);
checkFiles(options.paths, { ...options, lang: 'en', now: new Date(${BATCH_NOW.getTime()}) }).then((outcomes) => {
  process.stdout.write(JSON.stringify(outcomes));
});`,
  );
  return script;
}

function drive(dir: string, options: Record<string, unknown>, onStarted?: (pid: number) => void): Promise<Driven> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [driverScript(dir), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (child.pid !== undefined) onStarted?.(child.pid);
  });
}

const summary = (outcome: CheckOutcome): string =>
  outcome.kind === 'report' ? 'report' : `${outcome.reason}${outcome.detail === undefined ? '' : `: ${outcome.detail}`}`;

beforeAll(() => ensureDistBuilt('dist/batch/pool.js'), 180_000);

test('the real worker with a small heap: the big report gets "too large" (memory limit), the good files around it are reports, the parent is fine and silent', async () => {
  const dir = tempDir('heap-real');
  await writeCorpus(join(dir, 'good'), { count: 2, participants: 300 });
  await writeCorpus(join(dir, 'big'), { count: 1, participants: 10_000 });
  const paths = [join(dir, 'good', 'rapport-001.xlsx'), join(dir, 'big', 'rapport-001.xlsx'), join(dir, 'good', 'rapport-002.xlsx')];
  const ran = await drive(dir, { paths, jobs: 1, heapMb: 20, timeoutMs: 120_000 });
  expect(ran.stderr).toBe('');
  expect([ran.code, ran.signal]).toEqual([0, null]);
  const outcomes = JSON.parse(ran.stdout) as CheckOutcome[];
  expect(outcomes.map(summary)).toEqual(['report', 'too-large: memory limit', 'report']);
  expect(outcomes[1]).toMatchObject({ message: expect.stringContaining('too large') });
  for (const good of [outcomes[0], outcomes[2]]) {
    if (good.kind !== 'report') throw new Error('expected a report');
    expect(good.report.metrics.participants.value).toBe(300);
  }
});

test('a scripted worker that allocates without bound under a tiny heap: its file is "too large", the files after it are checked', async () => {
  const script = await scriptedWorker(
    'greedy-worker',
    `process.on('message', (r) => {
  if (r.path.includes('greedy')) {
    const hoard = [];
    for (;;) hoard.push({ text: 'x'.repeat(64) + hoard.length, more: [hoard.length, hoard.length + 1] });
  }
  process.send({ id: r.id, outcome: { kind: 'unreadable', reason: 'empty', message: 'checked ' + r.path } });
});
process.send({ ready: true });`,
  );
  const paths = ['a.xlsx', 'greedy.xlsx', 'b.xlsx', 'greedy-2.xlsx', 'c.xlsx'];
  const ran = await drive(dirname(script), { paths, jobs: 2, heapMb: 16, workerScript: script, timeoutMs: 120_000 });
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  const outcomes = JSON.parse(ran.stdout) as CheckOutcome[];
  expect(outcomes.map(summary)).toEqual(['empty', 'too-large: memory limit', 'empty', 'too-large: memory limit', 'empty']);
  expect(outcomes[4]).toMatchObject({ message: 'checked c.xlsx' });
});

test('SIGTERM to the parent ends it, and the child busy with a file does not outlive it', async () => {
  const dir = tempDir('heap-sigterm');
  const pids = join(dir, 'pids');
  const script = join(dir, 'busy-worker.js');
  await fs.writeFile(
    script,
    `require('node:fs').appendFileSync(${JSON.stringify(pids)}, process.pid + '\\n');
process.on('message', () => { for (;;) {} });
process.send({ ready: true });`,
  );
  let parent = 0;
  const running = drive(dir, { paths: ['a.xlsx', 'b.xlsx'], jobs: 2, workerScript: script, timeoutMs: 600_000 }, (pid) => (parent = pid));
  // Both children have started (and are busy for ever) before the parent is told to stop.
  while (!existsSync(pids) || readFileSync(pids, 'utf8').trim().split('\n').length < 2) await new Promise((r) => setTimeout(r, 50));
  process.kill(parent, 'SIGTERM');
  const ran = await running;
  expect(ran.signal).toBe('SIGTERM');
  expect(ran.stderr).toBe('');
  const gone = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      // Killed but not yet reaped by init: a zombie no longer runs.
      return /\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return true;
    }
  };
  const children = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
  try {
    for (let tries = 0; tries < 100 && !children.every(gone); tries++) await new Promise((r) => setTimeout(r, 100));
    expect(children.map(gone)).toEqual([true, true]);
  } finally {
    // Should the pool have failed, the busy children must not run on after the test.
    for (const pid of children.filter((p) => !gone(p))) process.kill(pid, 'SIGKILL');
  }
});
