/**
 * The rule contract, after ESLint: a rule is meta (id, default severity, texts and short fix
 * advice in both languages) plus a `check` that reports findings through its context. A rule never formats
 * text itself and never touches a host.
 */
import { WorkbookRead } from './reader';
import { DataMetrics } from './metrics';
import { GoalResult } from './goals';
import { Lang, RuleId, Severity } from './rule-ids';
import { RuleText } from './i18n/catalogue';
import { nb } from './i18n/nb';
import { en } from './i18n/en';

/**
 * Values for a message template. A list holds term keys (see UiText.terms) that the renderer
 * translates and joins ("indikator og måletidspunkt").
 */
export type MessageData = Readonly<Record<string, string | number | readonly string[]>>;

export interface Problem {
  /** Sheet name as written in the workbook (or the template name when the sheet is absent). */
  readonly sheet: string | null;
  /** A1 address, or null for a whole sheet or column. */
  readonly cell: string | null;
  /** 1-based row the problem belongs to (for the roll-up's "rows concerned"). */
  readonly row?: number;
  readonly messageId?: string;
  readonly data?: MessageData;
}

export interface RuleContext {
  readonly read: WorkbookRead;
  /** Computed before the rules run, for rules that compare reported and computed values. */
  readonly metrics: DataMetrics;
  readonly goals: readonly GoalResult[];
  report(problem: Problem): void;
  /** How many rows the rule applies to, for roll-ups such as "3 av 6 deltakere i arbeid". */
  setScope(rows: number): void;
}

export interface RuleMeta {
  readonly id: RuleId;
  readonly severity: Severity;
  /** Description, messages and summary line, per language. */
  readonly text: Readonly<Record<Lang, RuleText>>;
  /** Short fix advice (one or two sentences) per language, for the pane, reports and letters. */
  readonly fix: Readonly<Record<Lang, string>>;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Builds a rule whose texts come from the catalogues (keyed by rule ID). */
export function defineRule(id: RuleId, severity: Severity, check: (context: RuleContext) => void): Rule {
  return { meta: { id, severity, text: { nb: nb[id], en: en[id] }, fix: { nb: nb[id].fix, en: en[id].fix } }, check };
}
