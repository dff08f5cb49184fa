/**
 * Checks many files on a pool of child processes (worker-process.ts), one file per child at a
 * time. A child that dies (out of its heap, killed at the time limit, a crash in a library)
 * costs only its current file, which gets a "too large" or "internal error" row; the pool
 * starts a fresh child and goes on. Children never outlive the run: they are killed when the
 * queue is empty, and at once if this process gets SIGINT or SIGTERM.
 *
 * `inProcess` runs the same checkFile() in this process, one file after another: for unit
 * tests, which run from TypeScript sources and have no compiled worker.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Lang } from '../engine';
import { checkFile, CheckOutcome, internalFailure } from './check-file';
import { outcomeOfExit, startWorkerProcess, tooLarge } from './worker-process';

export interface WorkerRequest {
  readonly id: number;
  readonly path: string;
  readonly lang: Lang;
  /** "Now" in epoch milliseconds (Dates do not need to travel). */
  readonly now: number;
}

export interface WorkerResponse {
  readonly id: number;
  readonly outcome: CheckOutcome;
}

/** Sent once by a worker when its modules are loaded. */
export interface WorkerReady {
  readonly ready: true;
}

export interface PoolOptions {
  readonly jobs: number;
  readonly lang: Lang;
  readonly now: Date;
  readonly inProcess?: boolean;
  /** The compiled worker; found next to this module or in dist/batch by default. */
  readonly workerScript?: string;
  /** Per-file time limit in milliseconds (FILE_TIMEOUT_MS by default). */
  readonly timeoutMs?: number;
  /** Heap limit of each worker in MB (WORKER_HEAP_MB by default). */
  readonly heapMb?: number;
  /** Called in this process as each file finishes, in completion order. */
  readonly onOutcome?: (index: number, outcome: CheckOutcome) => void;
}

/**
 * Each worker's heap limit (--max-old-space-size). A file that needs more (a bomb the guards
 * did not foresee) kills only its child: that file gets a "too large" row, and a fresh child
 * checks the rest.
 */
export const WORKER_HEAP_MB = 1024;
/**
 * A file that takes longer than this has its child killed and gets a "too large" row. The
 * issue's goal is a verdict within 10 s; the largest plausible report (10 000 participants)
 * takes 4.3 s through the CLI on a loaded 2-core machine (load 12), and the heaviest file the
 * reader's own limits let through (1.9 million cells) 7.7 s. 15 s leaves room for a busy
 * machine without refusing real reports, and is counted from the child being loaded.
 */
export const FILE_TIMEOUT_MS = 15_000;
/**
 * Until a child says it is loaded, its clock is at least this long: starting Node and loading
 * the modules on a busy machine is not the file's fault, but a child that never loads must
 * still not hold the run for ever.
 */
const LOADING_TIMEOUT_MS = 30_000;

/** dist/batch/worker.js next to the compiled pool, or under dist/ when running from sources. */
export function defaultWorkerScript(): string {
  const candidates = [resolve(__dirname, 'worker.js'), resolve(__dirname, '../../dist/batch/worker.js')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(`The batch worker is not built (looked for ${candidates.join(', ')}); run \`npm run build\`.`);
  }
  return found;
}

/** Outcomes in the order of `paths`, whatever order the workers finish in. */
export async function checkFiles(paths: readonly string[], options: PoolOptions): Promise<CheckOutcome[]> {
  if (options.inProcess) return checkInProcess(paths, options);
  if (paths.length === 0) return [];
  return checkOnWorkers(paths, options);
}

async function checkInProcess(paths: readonly string[], options: PoolOptions): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  for (const [index, path] of paths.entries()) {
    const outcome = await checkFile(path, { lang: options.lang, now: options.now });
    outcomes.push(outcome);
    options.onOutcome?.(index, outcome);
  }
  return outcomes;
}

/**
 * The live children, killed when this process is told to stop (SIGINT, SIGTERM) or exits: a
 * child busy with a bomb would otherwise run on alone. The signal is then raised again so the
 * process ends the way it would have without us, unless someone else also listens for it.
 */
function guardChildren(live: ReadonlySet<ChildProcess>, onAbort: () => void): () => void {
  const killAll = (): void => {
    for (const child of live) child.kill('SIGKILL');
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    remove();
    killAll();
    onAbort();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const remove = (): void => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('exit', killAll);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', killAll);
  return remove;
}

/**
 * The order files are handed out in: largest first, so a big report does not start last and
 * keep one child busy while the others have nothing left (with equal sizes, as given). A file
 * that cannot be looked at counts as empty; its worker will say why it cannot be read.
 */
export function largestFirst(paths: readonly string[]): number[] {
  const sizes = paths.map((path) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  });
  return paths.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

/**
 * How many files a child holds at once: the one it is checking and the next, so it never waits
 * for a round trip through this process (about 2.5 ms a file, a sixth of a 300-participant
 * check) or for this process to finish other work (loading ExcelJS for the outputs).
 */
const FILES_HELD = 2;

function checkOnWorkers(paths: readonly string[], options: PoolOptions): Promise<CheckOutcome[]> {
  const script = options.workerScript ?? defaultWorkerScript();
  const size = Math.max(1, Math.min(Math.floor(options.jobs), paths.length));
  const limit = options.timeoutMs ?? FILE_TIMEOUT_MS;
  const outcomes = new Array<CheckOutcome | undefined>(paths.length);
  const live = new Set<ChildProcess>();
  // Files handed back by a child that died holding them behind the one it was checking.
  const returned: number[] = [];
  const order = largestFirst(paths);
  let next = 0;
  let finished = 0;
  let aborted = false;
  const waiting = (): number => returned.length + (order.length - next);
  const take = (): number | undefined => returned.shift() ?? (next < order.length ? order[next++] : undefined);

  return new Promise((resolveAll) => {
    const done = (index: number, outcome: CheckOutcome): void => {
      if (outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      finished++;
      options.onOutcome?.(index, outcome);
    };
    // The run ends when every file has its outcome and every child is gone (none outlives it).
    const settle = (): void => {
      if (live.size > 0 || (finished < paths.length && !aborted)) return;
      unguard();
      for (let i = 0; i < paths.length; i++) done(i, internalFailure(options.lang, 'interrupted'));
      resolveAll(outcomes as CheckOutcome[]);
    };
    const unguard = guardChildren(live, () => {
      aborted = true;
    });

    const start = (): void => {
      const { child, stderr } = startWorkerProcess(script, options.heapMb ?? WORKER_HEAP_MB);
      live.add(child);
      // The files sent to this child, in the order it checks them: the first is the one it is on.
      const held: number[] = [];
      let retired = false;
      let loaded = false;
      let timer: NodeJS.Timeout | undefined;
      // The clock is the first held file's: started when the child begins it.
      const startClock = (): void => {
        clearTimeout(timer);
        if (held.length === 0) return;
        // Until the child says it is loaded, the clock also covers loading; from then on it is the file's alone.
        timer = setTimeout(() => fail(tooLarge(options.lang, 'time limit')), loaded ? limit : Math.max(limit, LOADING_TIMEOUT_MS));
      };
      // No more work for this child, or it is being given up on: it is killed and not used again.
      const retire = (): void => {
        clearTimeout(timer);
        retired = true;
        child.kill('SIGKILL');
      };

      // Tops the child up to FILES_HELD files, but holds a second one only while there are more
      // waiting than children, so that at the end no child sits idle while another holds two.
      const feed = (): void => {
        while (!aborted && waiting() > 0 && (held.length === 0 || (held.length < FILES_HELD && waiting() >= size))) {
          const index = take() as number;
          held.push(index);
          if (held.length === 1) startClock();
          const request: WorkerRequest = { id: index, path: paths[index], lang: options.lang, now: options.now.getTime() };
          // A child that died before it could take this is caught by 'close' below.
          child.send(request, () => undefined);
        }
        if (held.length === 0) retire();
      };

      // A dead or stopped child loses only the file it was checking: the outcome is that file's,
      // the files held behind it go back to the queue, and a fresh child takes over.
      const fail = (outcome: CheckOutcome): void => {
        if (retired) return;
        retire();
        const [current, ...behind] = held.splice(0);
        if (current !== undefined) done(current, outcome);
        returned.unshift(...behind);
        if (waiting() > 0 && !aborted) start();
      };

      child.on('message', (message: WorkerResponse | WorkerReady) => {
        if (retired) return;
        if ('ready' in message) {
          loaded = true;
          startClock();
          return;
        }
        const at = held.indexOf(message.id);
        if (at < 0) return;
        held.splice(at, 1);
        done(message.id, message.outcome);
        // The next held file is begun now: its clock starts afresh.
        if (at === 0) startClock();
        feed();
      });
      // 'close' comes after the exit and after stderr is read to its end.
      child.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
        live.delete(child);
        fail(outcomeOfExit(options.lang, code, signal, stderr()));
        settle();
      });
      child.on('error', (error) => {
        fail(internalFailure(options.lang, error.message));
        if (child.pid === undefined) {
          // Never started, so no 'close' will come.
          live.delete(child);
          settle();
        }
      });
      feed();
    };

    for (let i = 0; i < size; i++) start();
  });
}
