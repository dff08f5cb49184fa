/** Public surface of the engine: pure TypeScript, no Office, DOM or Node APIs. */
export * from './snapshot';
export * from './template';
export * from './rule-ids';
export { validate, runRules, severityRank } from './report';
export type { Report, Finding, RuleSummary, ValidateOptions } from './report';
export { readWorkbook } from './reader';
export type { WorkbookRead, ParsedCell } from './reader';
export type { Metric, MetricKind } from './metrics';
export type { GoalResult, GoalStatus } from './goals';
export { RULES, ruleById } from './rules';
export type { Rule, RuleMeta } from './rule';
export { formatNumber, formatPercent, maskPersonalIds, UI } from './format';
export type { RuleText, UiText } from './i18n/catalogue';
export { parseDate, formatDate, dateToExcelSerial, excelSerialToDate } from './parse';
export { readExplanations, explanationKey } from './explanations';
export type { StoredExplanation } from './explanations';
export { normalizeKey } from './parse';
