/**
 * The render worker (compiled to dist/batch/render-worker.js): makes the portfolio's page, JSON
 * and letters in a child process while the parent writes portfolio.xlsx, when the run may use
 * more than one core (render-elsewhere.ts). One request, one answer.
 */
import type { Portfolio } from './portfolio';
import { portfolioTexts, PortfolioTexts } from './portfolio-texts';

export interface RenderRequest {
  readonly portfolio: Portfolio;
  readonly names: ReadonlyMap<string, string>;
}

export interface RenderResponse {
  readonly texts: PortfolioTexts;
}

const send = process.send?.bind(process);
if (send === undefined) throw new Error('batch/render-worker.js must run as a child process with an IPC channel (see src/batch/render-elsewhere.ts)');

process.on('message', (request: RenderRequest) => {
  const response: RenderResponse = { texts: portfolioTexts(request.portfolio, request.names) };
  send(response);
});
process.on('disconnect', () => process.exit(0));
