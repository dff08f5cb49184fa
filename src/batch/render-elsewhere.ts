/**
 * The portfolio's texts made in a child process (render-worker.ts) while this process writes
 * portfolio.xlsx: the two largest pieces of the output phase then run side by side, as the
 * checks did. Used when the run may use more than one core (--jobs 2 or more). Whatever goes
 * wrong with the child (it cannot start, dies, or does not answer in time), the texts are made
 * here instead: the outputs never depend on it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Portfolio } from './portfolio';
import { portfolioTexts, PortfolioTexts } from './portfolio-texts';
import type { RenderRequest, RenderResponse } from './render-worker';
import { startWorkerProcess } from './worker-process';
import { FILE_TIMEOUT_MS, WORKER_HEAP_MB } from './pool';

/** dist/batch/render-worker.js next to this module, or under dist/ when running from sources. */
function renderScript(): string | null {
  const candidates = [resolve(__dirname, 'render-worker.js'), resolve(__dirname, '../../dist/batch/render-worker.js')];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export interface Rendering {
  /** The texts: the child's, or made here if the child failed. */
  readonly texts: Promise<PortfolioTexts>;
}

/** Starts the child at once; `texts` settles when it answers (or when they were made here). */
export function renderElsewhere(portfolio: Portfolio, names: ReadonlyMap<string, string>, script: string | null = renderScript()): Rendering {
  const here = (): PortfolioTexts => portfolioTexts(portfolio, names);
  if (script === null) return { texts: Promise.resolve().then(here) };
  const texts = new Promise<PortfolioTexts | null>((settle) => {
    const { child } = startWorkerProcess(script, WORKER_HEAP_MB);
    let answered = false;
    const end = (result: PortfolioTexts | null): void => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      settle(result);
    };
    const timer = setTimeout(() => end(null), FILE_TIMEOUT_MS);
    child.on('message', (message: RenderResponse) => end(message.texts));
    child.on('error', () => end(null));
    child.on('close', () => end(null));
    const request: RenderRequest = { portfolio, names };
    child.send(request, (error) => {
      if (error) end(null);
    });
  });
  return { texts: texts.then((result) => result ?? here()) };
}
