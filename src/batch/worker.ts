/**
 * Worker thread entry (compiled to dist/batch/worker.js). Checks one file per message and
 * posts the outcome back; the Report travels by structured clone, so the main thread only
 * collects results.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file';
import type { WorkerRequest, WorkerResponse } from './pool';

const port = parentPort;
if (port === null) throw new Error('batch/worker.js must run as a worker thread');

port.on('message', (request: WorkerRequest) => {
  void checkFile(request.path, { lang: request.lang, now: new Date(request.now) }).then((outcome) => {
    const response: WorkerResponse = { id: request.id, outcome };
    port.postMessage(response);
  });
});
// Loaded: the pool starts a file's time limit from here, so loading the modules on a busy
// machine is not counted against the first file.
port.postMessage({ ready: true });
