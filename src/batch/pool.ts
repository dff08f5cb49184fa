/**
 * Checks many files on a pool of worker threads, one file per worker at a time. A worker that
 * dies (out of memory, a crash in a library) costs only its current file, which gets an
 * "internal error" row; the pool starts a fresh worker and goes on.
 *
 * `inProcess` runs the same checkFile() on the main thread, one file after another: for unit
 * tests, which run from TypeScript sources and have no compiled worker.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../engine';
import { checkFile, CheckOutcome, internalFailure } from './check-file';
import { describeReadFailure } from '../hosts/xlsx/errors';

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

/** Posted once by a worker when its modules are loaded. */
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
  /** Called on the main thread as each file finishes, in completion order. */
  readonly onOutcome?: (index: number, outcome: CheckOutcome) => void;
}

/**
 * Each worker's heap limit. A file that needs more (a bomb the guards did not foresee) kills
 * only its worker: that file gets a "too large" row, and a fresh worker checks the rest.
 */
export const WORKER_HEAP_MB = 1024;
/**
 * A file that takes longer than this has its worker stopped and gets a "too large" row. The
 * issue's goal is a verdict within 10 s; the largest plausible report (10 000 participants)
 * takes 4.3 s through the CLI on a loaded 2-core machine (load 12), and the heaviest file the
 * reader's own limits let through (1.9 million cells) 7.7 s. 15 s leaves room for a busy
 * machine without refusing real reports, and is counted from the worker being loaded.
 */
export const FILE_TIMEOUT_MS = 15_000;

const TOO_LARGE: Readonly<Record<Lang, string>> = {
  nb: describeReadFailure('too-large', 'nb'),
  en: describeReadFailure('too-large', 'en'),
};

function tooLarge(lang: Lang, detail: string): CheckOutcome {
  return { kind: 'unreadable', reason: 'too-large', message: TOO_LARGE[lang], detail };
}

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

function checkOnWorkers(paths: readonly string[], options: PoolOptions): Promise<CheckOutcome[]> {
  const script = options.workerScript ?? defaultWorkerScript();
  const size = Math.max(1, Math.min(Math.floor(options.jobs), paths.length));
  const outcomes = new Array<CheckOutcome | undefined>(paths.length);
  let next = 0;
  let finished = 0;

  return new Promise((resolveAll) => {
    if (paths.length === 0) {
      resolveAll([]);
      return;
    }
    const done = (index: number, outcome: CheckOutcome): void => {
      if (outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      finished++;
      options.onOutcome?.(index, outcome);
    };

    const start = (): void => {
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? WORKER_HEAP_MB } });
      let current: number | null = null;
      let retired = false;
      let timer: NodeJS.Timeout | undefined;
      const limit = options.timeoutMs ?? FILE_TIMEOUT_MS;
      const startClock = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => fail(null, tooLarge(options.lang, 'time limit')), limit);
      };

      const feed = (): void => {
        if (next >= paths.length) {
          clearTimeout(timer);
          current = null;
          retired = true;
          void worker.terminate();
          if (finished === paths.length) resolveAll(outcomes as CheckOutcome[]);
          return;
        }
        current = next++;
        // Until the worker says it is loaded, the clock also covers loading (a worker that never
        // says so still gets a limit); from then on it is the file's alone.
        startClock();
        const request: WorkerRequest = { id: current, path: paths[current], lang: options.lang, now: options.now.getTime() };
        worker.postMessage(request);
      };

      // A dead worker loses only the file it held; a fresh one takes over the queue.
      const fail = (reason: string | null, outcome?: CheckOutcome): void => {
        clearTimeout(timer);
        if (retired) return;
        retired = true;
        if (current !== null) done(current, outcome ?? internalFailure(options.lang, reason ?? 'worker failed'));
        current = null;
        void worker.terminate();
        if (finished === paths.length) resolveAll(outcomes as CheckOutcome[]);
        else if (next < paths.length) start();
      };

      worker.on('message', (response: WorkerResponse | WorkerReady) => {
        if ('ready' in response) {
          if (current !== null && !retired) startClock();
          return;
        }
        done(response.id, response.outcome);
        feed();
      });
      worker.on('error', (error: NodeJS.ErrnoException) =>
        // Out of heap: the file needs more memory than a worker may have; it is too large, not a fault of ours.
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? fail(null, tooLarge(options.lang, error.message)) : fail(error.message),
      );
      worker.on('exit', (code) => fail(`worker exited with code ${code}`));
      feed();
    };

    for (let i = 0; i < size; i++) start();
  });
}
