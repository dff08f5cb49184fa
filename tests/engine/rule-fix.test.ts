/**
 * Short fix advice (`meta.fix`): what the pane, the reports and the batch letters show beside a
 * finding. The long doc prose is the docs generator's; this is the one or two plain sentences.
 */
import { RULES, RULE_IDS, ruleFix } from '../../src/engine';
import { RULE_PROSE } from '../../tools/rule-prose';

const sentences = (text: string): number => text.split(/(?<=[.!?»])\s+(?=[A-ZÆØÅ«(])/).length;

test.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s has short advice in both languages', (id, rule) => {
  for (const lang of ['nb', 'en'] as const) {
    const fix = rule.meta.fix[lang];
    expect(fix.trim()).not.toBe('');
    expect(fix).toMatch(/[.»)]$/);
    expect(sentences(fix)).toBeLessThanOrEqual(2);
    expect(fix.length).toBeLessThan(200);
    expect(ruleFix(id, lang)).toBe(fix);
  }
  expect(rule.meta.fix.nb).not.toBe(rule.meta.fix.en);
});

test('every rule has doc prose beside the docs generator, and none for rules that do not exist', () => {
  for (const lang of ['nb', 'en'] as const) {
    expect(Object.keys(RULE_PROSE[lang]).sort()).toEqual([...RULE_IDS].sort());
  }
});

test('ruleFix follows the language', () => {
  expect(ruleFix('meetings-missing', 'nb')).toBe('Skriv hvor mange ganger paret har møttes. Har de ikke møttes, skriv 0.');
  expect(ruleFix('meetings-missing', 'en')).toBe('Enter how many times the pair has met. If they have not met, enter 0.');
});
