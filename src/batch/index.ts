/** Batch mode: check a folder of submissions and compare programmes side by side. */
export { runBatch, BatchUsageError, OUTPUT_NAMES, defaultJobs, isOwnPortfolio } from './run-batch';
export type { BatchOptions, BatchResult } from './run-batch';
export { buildPortfolio, exitCode, findPrevious } from './portfolio';
export type { Portfolio, Submission, PortfolioGoal, PortfolioFinding, UnreadableFile } from './portfolio';
export { KEY_METRICS, suppressFigure, rawFigure } from './figures';
export type { Figure, KeyMetric, Shown } from './figures';
export { checkFiles } from './pool';
export { discoverInputs } from './discover';
export { autoProgress, lineProgress, silentProgress } from './progress';
export { portfolioHtml } from './write-html';
