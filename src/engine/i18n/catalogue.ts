import { RuleId } from '../rule-ids';

/**
 * What the product shows about one rule, in one language. Message and summary templates use
 * named placeholders (`{column}`), never concatenation, so translators see whole sentences.
 * The long rule-doc prose (why it matters, decisions) lives beside the docs generator, so it
 * does not ship in the CLI or the pane.
 */
export interface RuleText {
  /** One line: what the rule checks (rule list, docs title). */
  readonly description: string;
  /** Short fix advice for a programme leader: one or two plain sentences. */
  readonly fix: string;
  /** Message templates by message id; `default` is required. */
  readonly messages: { readonly default: string } & Readonly<Record<string, string>>;
  /**
   * Roll-up line for the findings of this rule. `{count}` = rows (or cells) concerned,
   * `{scope}` = rows the rule applies to (only where the rule states a scope).
   */
  readonly summary: string;
}

export type RuleCatalogue = Readonly<Record<RuleId, RuleText>>;

/** Words the reports use around the findings, per language. */
export interface UiText {
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly severityPlural: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly goalStatus: Readonly<Record<'reached' | 'not-reached' | 'not-assessable', string>>;
  /** Terms that rules pass as lists in message data. */
  readonly terms: Readonly<Record<string, string>>;
  readonly and: string;
}
