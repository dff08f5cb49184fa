/**
 * What a rule checks and how to fix it, in the reader's language, from the rule's own meta
 * (the engine's ruleFix; the same words as the pane and `rapportsjekk rules`). One place, so the
 * letters, the across-reports table and portfolio.xlsx never disagree.
 */
import { ruleById, ruleFix } from '../engine';
import type { Lang, RuleId } from '../engine';

export { ruleFix };

export function ruleDescription(rule: RuleId, lang: Lang): string {
  return ruleById(rule)?.meta.text[lang].description ?? rule;
}

/** The fix advice as plain text: `code` marks dropped (letters are pasted into e-mails). */
export const plainAdvice = (text: string): string => text.replace(/`([^`]*)`/g, '$1');
