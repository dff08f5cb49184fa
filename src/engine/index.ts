/** Public surface of the engine: pure TypeScript, no Office, DOM or Node APIs. */
export * from './snapshot';
export * from './template';
export * from './rule-ids';
export { validate, runRules, severityRank } from './report';
export type { Report, Finding, RuleSummary, ValidateOptions } from './report';
export { compareFindings, orderFindings } from './order';
export { readWorkbook } from './reader';
export type { WorkbookRead, ParsedCell } from './reader';
export type { Metric, MetricKind } from './metrics';
export type { GoalResult, GoalStatus } from './goals';
export { RULES, ruleById, ruleFix } from './rules';
export { CONDITIONS } from './conditions';
export type { ConditionDef } from './conditions';
export type { Rule, RuleMeta } from './rule';
export { formatNumber, formatPercent, UI } from './format';
export { sideBySide, texts } from './side-by-side';
export type { Both, SideBySide } from './side-by-side';
export { formatDecimal } from './decimal';
export { containsPersonalId, findPersonalId, findPersonalIdSpans, maskDeep, maskNumber, maskPersonalIds } from './personal-id';
export type { RuleText, UiText } from './i18n/catalogue';
export { parseDate, formatDate, dateToExcelSerial, excelSerialToDate } from './parse';
export {
  explanationKey,
  explanationRows,
  explanationsFromGrid,
  MAX_EXPLANATION_LENGTH,
  readExplanations,
  upsertExplanation,
  withExplanations,
} from './explanations';
export type { Explanation } from './explanations';
export { normalizeKey } from './parse';
export { proposeFixes, proposeFixesFor, applyFixes, nearestCode, proposeGoalParts, withoutPersonalIds } from './fixes';
export type { CellFix, FixKind, FixValue } from './fixes';
