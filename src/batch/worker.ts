/**
 * Batch worker entry (compiled to dist/batch/worker.js), run as a child process by the pool
 * (worker-process.ts). Checks one file per IPC message, in order, and sends each outcome back; the Report
 * travels by structured clone (serialization 'advanced'), so the parent only collects results.
 */
import { checkFile } from './check-file';
import type { WorkerRequest, WorkerResponse } from './pool';

const send = process.send?.bind(process);
if (send === undefined) throw new Error('batch/worker.js must run as a child process with an IPC channel (see src/batch/pool.ts)');

// The pool sends the next file before this one is done (pool.ts, FILES_HELD): files are
// checked one after another, in the order they came, never two at once.
let checking: Promise<void> = Promise.resolve();
process.on('message', (request: WorkerRequest) => {
  checking = checking.then(async () => {
    const outcome = await checkFile(request.path, { lang: request.lang, now: new Date(request.now) });
    const response: WorkerResponse = { id: request.id, outcome };
    send(response);
  });
});
// The parent is gone (or has let us go): nothing is left to answer, so stop now rather than
// finish a file no one will read.
process.on('disconnect', () => process.exit(0));
// Loaded: the pool starts a file's time limit from here, so loading the modules on a busy
// machine is not counted against the first file.
send({ ready: true });
