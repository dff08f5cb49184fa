/** Reporters: they read the engine's Report and nothing else; browser-safe (no Node APIs). */
export { formatText, summaryLine } from './text';
export type { TextOptions } from './text';
export { formatJson, toJsonReport } from './json';
export type { JsonReport, JsonFinding, JsonGoal, JsonMetricDetail, JsonOptions } from './json';
export { formatHtml, escapeHtml } from './html';
export type { HtmlOptions } from './html';
export { METRIC_LABELS, metricLabel } from './metric-labels';
export type { MetricLabel } from './metric-labels';
export { REPORT_TEXT } from './texts';
export type { ReportText } from './texts';
export { groupBySheet, compareFindings, location } from './group';
export type { SheetGroup } from './group';
export * from './values';
export type { FileReport, FileFailure } from './types';
export { exitStatus } from './exit-status';
export type { CheckedCounts, ExitStatus } from './exit-status';
