/** The rule registry, in the contract's order. */
import { Rule } from '../rule';
import { Lang, RULE_IDS, RuleId } from '../rule-ids';
import sheetMissing from './sheet-missing';
import columnMissing from './column-missing';
import columnUnknown from './column-unknown';
import templateVersionMissing from './template-version-missing';
import valueRequired from './value-required';
import valueType from './value-type';
import valueCode from './value-code';
import valueRange from './value-range';
import formulaError from './formula-error';
import orgnrInvalid from './orgnr-invalid';
import emailInvalid from './email-invalid';
import idDuplicate from './id-duplicate';
import personalIdInSheet from './personal-id-in-sheet';
import participantsMissing from './participants-missing';
import goalsMissing from './goals-missing';
import dateOrder from './date-order';
import dateOutsidePeriod from './date-outside-period';
import endDateMissing from './end-date-missing';
import statusAtEndMissing from './status-at-end-missing';
import jobRelevanceMissing from './job-relevance-missing';
import jobRelevanceUnexpected from './job-relevance-unexpected';
import employmentShareMissing from './employment-share-missing';
import attributionMissing from './attribution-missing';
import followupMissing from './followup-missing';
import mentorUnknown from './mentor-unknown';
import mentorMissing from './mentor-missing';
import meetingsMissing from './meetings-missing';
import mentorMenteeCountMismatch from './mentor-mentee-count-mismatch';
import targetGroupMismatch from './target-group-mismatch';
import meetingExpectationMissing from './meeting-expectation-missing';
import goalUnclear from './goal-unclear';
import goalTargetImplausible from './goal-target-implausible';
import goalAchievedMissing from './goal-achieved-missing';
import goalReportedMismatch from './goal-reported-mismatch';

export const RULES: readonly Rule[] = [
  sheetMissing,
  columnMissing,
  columnUnknown,
  templateVersionMissing,
  valueRequired,
  valueType,
  valueCode,
  valueRange,
  formulaError,
  orgnrInvalid,
  emailInvalid,
  idDuplicate,
  personalIdInSheet,
  participantsMissing,
  goalsMissing,
  dateOrder,
  dateOutsidePeriod,
  endDateMissing,
  statusAtEndMissing,
  jobRelevanceMissing,
  jobRelevanceUnexpected,
  employmentShareMissing,
  attributionMissing,
  followupMissing,
  mentorUnknown,
  mentorMissing,
  meetingsMissing,
  mentorMenteeCountMismatch,
  targetGroupMismatch,
  meetingExpectationMissing,
  goalUnclear,
  goalTargetImplausible,
  goalAchievedMissing,
  goalReportedMismatch,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

/** Short fix advice for a rule in the user's language (one or two sentences), as the pane and reports show it. */
export function ruleFix(id: RuleId, lang: Lang): string {
  return ruleById(id)?.meta.fix[lang] ?? '';
}

// Registry and ID list must agree; a missing import is a bug, not a silent gap.
if (RULES.length !== RULE_IDS.length || RULES.some((rule, i) => rule.meta.id !== RULE_IDS[i])) {
  throw new Error('Rule registry does not match RULE_IDS');
}
