/** The portfolio's text outputs: the page, the JSON and one letter per report, each through the masking choke point. */
import { maskDeep, maskPersonalIds } from '../engine';
import type { Portfolio } from './portfolio';
import { portfolioHtml } from './write-html';
import { letters } from './letter';

export interface PortfolioTexts {
  readonly html: string;
  readonly json: string;
  /** A letter per readable report, by its file. */
  readonly letters: Map<string, string>;
}

export function portfolioTexts(portfolio: Portfolio, names: ReadonlyMap<string, string>): PortfolioTexts {
  const masked = new Map<string, string>();
  for (const [file, html] of letters(portfolio)) masked.set(file, maskPersonalIds(html));
  return {
    html: maskPersonalIds(portfolioHtml(portfolio, names)),
    json: `${JSON.stringify(maskDeep(portfolio), null, 2)}\n`,
    letters: masked,
  };
}
