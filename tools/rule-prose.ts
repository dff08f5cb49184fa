/**
 * The long rule-doc prose, read only by the docs generator (make-rule-docs.ts). It lives here,
 * not in src/engine/i18n, so the CLI and the pane do not ship 40 KB of text nobody runs. What
 * the product shows about a rule (description, messages, summary, short fix) stays in the engine.
 */
import type { Lang, RuleId } from '../src/engine';
import { nbProse } from './rule-prose-nb';
import { enProse } from './rule-prose-en';

export interface RuleProse {
  /** Where the finding points (the contract's "Reported at"). */
  readonly reportedAt: string;
  /** Why it matters to IMDi. */
  readonly why: string;
  /** How to fix it, in full (the rule meta has the short advice). */
  readonly fix: string;
  /** Decisions taken where the contract is silent. */
  readonly notes?: string;
}

export const RULE_PROSE: Readonly<Record<Lang, Readonly<Record<RuleId, RuleProse>>>> = { nb: nbProse, en: enProse };
