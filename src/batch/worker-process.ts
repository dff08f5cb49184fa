/**
 * One batch worker as a child process: started with its own heap limit, spoken to over IPC,
 * its stderr kept from the terminal. A child process, not a worker thread, because V8's
 * out-of-memory handler is process-wide: a worker thread that runs out of heap can abort the
 * whole process (nodejs/node#47224), while a child that does so dies alone.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Lang } from '../engine';
import { terminalSafe } from '../report/text';
import { describeReadFailure } from '../hosts/xlsx/errors';
import { CheckOutcome, internalFailure } from './check-file';

/** How much of a child's stderr is kept: V8's "heap out of memory" line comes within its first lines. */
const STDERR_KEPT_BYTES = 16 * 1024;

export interface WorkerProcess {
  readonly child: ChildProcess;
  /** What the child has written to stderr so far (its start only); never shown as it is. */
  readonly stderr: () => string;
}

/**
 * V8's garbage collector on the worker's own thread. By default it also marks and sweeps on
 * helper threads: one worker then keeps 1.3–1.4 cores busy, so two workers on two cores take
 * turns instead of running side by side. Measured on 2 cores (20 files × 3,000 participants, in
 * one process): the same or less wall time with the flag, and 25–35 % less CPU; with --jobs 2
 * the check phase is 9 % faster (docs/performance.md).
 */
export const WORKER_V8_FLAGS: readonly string[] = ['--single-threaded-gc'];

/**
 * `advanced` serialization is the structured clone worker threads used, so a Report arrives
 * exactly as checkFile() made it (an absent field stays absent, a number stays a number)
 * and outputs are the same with --jobs 1, 2 or in-process.
 */
export function startWorkerProcess(script: string, heapMb: number): WorkerProcess {
  const child = fork(script, [], {
    execArgv: [`--max-old-space-size=${heapMb}`, ...WORKER_V8_FLAGS],
    // stdin ignored, stdout ignored (a library's stray log must not mix into the report on
    // stdout), stderr read here and never passed on (V8 prints a native stack when it dies).
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const kept: Buffer[] = [];
  let keptBytes = 0;
  child.stderr?.on('data', (chunk: Buffer) => {
    if (keptBytes >= STDERR_KEPT_BYTES) return; // read on, so a chatty child never blocks on a full pipe
    kept.push(chunk.subarray(0, STDERR_KEPT_BYTES - keptBytes));
    keptBytes += Math.min(chunk.length, STDERR_KEPT_BYTES - keptBytes);
  });
  return { child, stderr: () => Buffer.concat(kept).toString('utf8') };
}

const TOO_LARGE: Readonly<Record<Lang, string>> = {
  nb: describeReadFailure('too-large', 'nb'),
  en: describeReadFailure('too-large', 'en'),
};

export function tooLarge(lang: Lang, detail: string): CheckOutcome {
  return { kind: 'unreadable', reason: 'too-large', message: TOO_LARGE[lang], detail };
}

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Ineffective mark-compacts near heap limit/i;

/**
 * The one line of a child's stderr that names the cause ("Error: …", "FATAL ERROR: …"), or its
 * first line: escaped and masked like every terminal line (a file name in an error message
 * could hold an ESC or a national ID), cut short. Never the stack.
 */
export function causeLine(stderr: string): string | null {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const cause = lines.find((line) => /^(FATAL ERROR|[A-Za-z]*(Error|Exception))\b/.test(line)) ?? lines[0];
  if (cause === undefined) return null;
  const safe = terminalSafe(cause);
  return safe.length > 200 ? `${safe.slice(0, 199)}…` : safe;
}

/**
 * What a child's unasked-for end means for the file it held. Out of memory (V8 aborts: SIGABRT,
 * or exit code 134 through a shell) or any other signal (the kernel's OOM killer sends SIGKILL):
 * the file needs more than a worker may have, so it is too large. Anything else is a fault of ours.
 */
export function outcomeOfExit(lang: Lang, code: number | null, signal: NodeJS.Signals | null, stderr: string): CheckOutcome {
  if (signal === 'SIGABRT' || code === 134 || OUT_OF_MEMORY.test(stderr)) return tooLarge(lang, 'memory limit');
  if (signal !== null) return tooLarge(lang, `stopped by ${signal}`);
  const cause = causeLine(stderr);
  const exited = `worker exited with code ${code ?? 'unknown'}`;
  return internalFailure(lang, cause === null ? exited : `${exited}: ${cause}`);
}
