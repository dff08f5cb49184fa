/**
 * A one-click fix: one cell, its old and new value, and why. Fixes are proposed by the engine
 * (pure, from a WorkbookRead) and written by a host: the browser page patches the file's XML,
 * the add-in writes through Office.js and keeps `oldValue` for undo.
 */
import { CellValue } from '../snapshot';
import { Lang, RuleId } from '../rule-ids';

export type FixKind =
  /** A code written in another case or with extra spaces → the list's spelling. */
  | 'code-case'
  /** Not a code, but one code is clearly meant (a typo, missing accents, a unique start). */
  | 'code-near'
  /** A number written as text (`1 234,5`) → the number. */
  | 'number-text'
  /** A date written as text (`31.12.2025`) → the date. */
  | 'date-text'
  /** An organisation number with spaces or dots → nine digits. */
  | 'orgnr-spaces'
  /** A national identity number blanked out of a cell; the rest of the text is kept. */
  | 'personal-id'
  /** A goal's indicator, target or time point read from the goal's own text. */
  | 'goal-part';

/** What a fix writes: a value, or null to empty the cell. Dates are UTC midnight. */
export type FixValue = string | number | Date | null;

export interface CellFix {
  /** Sheet name as written in the workbook. */
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly oldValue: CellValue;
  readonly newValue: FixValue;
  readonly kind: FixKind;
  /** The rule whose finding the fix resolves; null when the value was read correctly anyway. */
  readonly rule: RuleId | null;
  /**
   * A guess a person should look at before it is applied (a nearest code, a goal helper
   * proposal); the others only rewrite what the engine already read the same way.
   */
  readonly review: boolean;
  /** One sentence per language, with personal ID numbers masked. */
  readonly description: Readonly<Record<Lang, string>>;
}
