/**
 * The rule docs are generated from the rule meta and committed. This regenerates them in
 * memory and fails when a committed page differs, so a changed text or a new rule cannot
 * ship with stale docs. Fix a failure with `npm run docs`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS, RULES } from '../../src/engine';
import { ruleDocs, rulePage } from '../../tools/make-rule-docs';
import { RULE_PROSE } from '../../tools/rule-prose';

const DIR = path.join(__dirname, '..', '..', 'docs', 'rules');
const generated = ruleDocs();

test('there is one page per rule plus the index', () => {
  expect([...generated.keys()].sort()).toEqual([...RULE_IDS.map((id) => `${id}.md`), 'README.md'].sort());
});

test.each([...generated.keys()])('docs/rules/%s is up to date (run `npm run docs` if not)', (name) => {
  const file = path.join(DIR, name);
  expect(fs.existsSync(file)).toBe(true);
  expect(fs.readFileSync(file, 'utf8')).toBe(generated.get(name));
});

test('docs/rules holds no page for a rule that does not exist', () => {
  const pages = fs.readdirSync(DIR).filter((name) => name.endsWith('.md'));
  expect(pages.filter((name) => !generated.has(name))).toEqual([]);
});

test('a page has the nb section before the en section, with severity, location, and every message', () => {
  const rule = RULES.find((r) => r.meta.id === 'job-relevance-missing');
  if (rule === undefined) throw new Error('rule missing');
  const page = rulePage(rule);
  const nb = page.indexOf('## Norsk (bokmål)');
  const en = page.indexOf('## English');
  expect(nb).toBeGreaterThan(0);
  expect(en).toBeGreaterThan(nb);
  expect(page.slice(nb, en)).toContain('**Alvorlighet:** advarsel');
  expect(page.slice(en)).toContain('**Severity:** warning');
  expect(page.slice(nb, en)).toContain(RULE_PROSE.nb['job-relevance-missing'].reportedAt);
  for (const lang of ['nb', 'en'] as const) {
    for (const template of Object.values(rule.meta.text[lang].messages)) expect(page).toContain(template);
    expect(page).toContain(RULE_PROSE[lang]['job-relevance-missing'].why);
    expect(page).toContain(RULE_PROSE[lang]['job-relevance-missing'].fix);
    expect(page).toContain(rule.meta.fix[lang]);
  }
});

test('the index links every rule page', () => {
  const index = generated.get('README.md') ?? '';
  for (const id of RULE_IDS) expect(index).toContain(`](${id}.md)`);
});
