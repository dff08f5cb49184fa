/** Stable public rule IDs (docs, JSON, filters). The order is the order of the contract. */
export const RULE_IDS = [
  'sheet-missing',
  'column-missing',
  'column-unknown',
  'template-version-missing',
  'value-required',
  'value-type',
  'value-code',
  'value-range',
  'formula-error',
  'orgnr-invalid',
  'email-invalid',
  'id-duplicate',
  'personal-id-in-sheet',
  'participants-missing',
  'goals-missing',
  'date-order',
  'date-outside-period',
  'end-date-missing',
  'status-at-end-missing',
  'job-relevance-missing',
  'job-relevance-unexpected',
  'employment-share-missing',
  'attribution-missing',
  'followup-missing',
  'mentor-unknown',
  'mentor-missing',
  'meetings-missing',
  'mentor-mentee-count-mismatch',
  'target-group-mismatch',
  'meeting-expectation-missing',
  'goal-unclear',
  'goal-target-implausible',
  'goal-achieved-missing',
  'goal-reported-mismatch',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];
