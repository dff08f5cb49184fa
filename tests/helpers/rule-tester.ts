/**
 * RuleTester in the manner of ESLint's: every rule proves what it flags (with sheet, cell and
 * message) and what it leaves alone, in a table a reviewer reads in a minute.
 */
import { Lang, Rule, validate, WorkbookSnapshot } from '../../src/engine';
import { NOW } from './builder';

export interface ValidCase {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
}

export interface ExpectedFinding {
  readonly sheet: string | null;
  readonly cell: string | null;
  /** Text the message must contain, in Norwegian (and `en` in English). */
  readonly message?: RegExp | string;
  readonly en?: RegExp | string;
}

export interface InvalidCase extends ValidCase {
  readonly findings: readonly ExpectedFinding[];
  /** Expected roll-up counts "concerned/scope", e.g. "2/5". */
  readonly summary?: string;
}

function findingsOf(rule: Rule, snapshot: WorkbookSnapshot, lang: Lang) {
  return validate(snapshot, { lang, now: NOW, rules: [rule] });
}

export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(findingsOf(rule, c.snapshot, 'nb').findings).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const report = findingsOf(rule, c.snapshot, 'nb');
        expect(report.findings.map((f) => ({ sheet: f.sheet, cell: f.cell }))).toEqual(
          c.findings.map((f) => ({ sheet: f.sheet, cell: f.cell })),
        );
        for (const f of report.findings) {
          expect(f.rule).toBe(rule.meta.id);
          expect(f.severity).toBe(rule.meta.severity);
          expect(f.message).not.toMatch(/\{\w+(:\w+)?\}/); // every placeholder filled
        }
        c.findings.forEach((expected, i) => {
          if (expected.message !== undefined) expect(report.findings[i].message).toMatch(expected.message);
        });
        const english = findingsOf(rule, c.snapshot, 'en');
        english.findings.forEach((f, i) => {
          expect(f.message).not.toMatch(/\{\w+(:\w+)?\}/);
          const expected = c.findings[i].en;
          if (expected !== undefined) expect(f.message).toMatch(expected);
        });
        if (c.summary !== undefined) {
          const summary = report.rules[0];
          expect(`${summary.concerned}/${summary.scope ?? '-'}`).toBe(c.summary);
        }
      });
    });
  });
}
