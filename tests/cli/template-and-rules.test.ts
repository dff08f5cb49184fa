import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS, RULES } from '../../src/engine';
import { main } from '../../src/cli/main';
import { Capture, tempDir } from './xlsx-files';

let dir: string;

async function cli(args: readonly string[], env: Record<string, string> = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, env, cwd: dir });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('template', () => {
  test('writes rapportmal.xlsx by default, and the empty template only has the emptiness findings', async () => {
    const written = await cli(['template']);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('Malen (versjon 2026.1) er lagret i rapportmal.xlsx.\n');
    expect(fs.statSync(path.join(dir, 'rapportmal.xlsx')).size).toBeGreaterThan(0);

    const checked = await cli(['validate', 'rapportmal.xlsx', '--format', 'json', '--now', '2026-03-01']);
    const report = JSON.parse(checked.stdout);
    // The empty sheets must give their expected findings, and nothing else: no missing or
    // unknown columns, no version problem, no warnings about the template itself.
    const rules = new Set(report.findings.map((f: { rule: string }) => f.rule));
    expect([...rules].sort()).toEqual(['goals-missing', 'participants-missing', 'value-required']);
    for (const f of report.findings.filter((x: { rule: string }) => x.rule === 'value-required')) expect(f.sheet).toBe('Programinfo');
    expect(report.counts.warning).toBe(0);
    expect(report.counts.info).toBe(0);
    expect(report.template.declaredVersion).toBe('2026.1');
    expect(checked.code).toBe(1);
  });

  test('refuses to overwrite an existing file unless --force', async () => {
    const target = path.join(dir, 'min-mal.xlsx');
    fs.writeFileSync(target, 'mitt eget arbeid');
    const refused = await cli(['template', '--out', 'min-mal.xlsx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('rapportsjekk: min-mal.xlsx finnes allerede; velg et annet filnavn med --out, eller bruk --force for å overskrive\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('mitt eget arbeid');

    const forced = await cli(['template', '--out', 'min-mal.xlsx', '--force', '--lang', 'en']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe('The template (version 2026.1) was saved to min-mal.xlsx.\n');
    expect(fs.readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('a directory that does not exist is one line and status 2', async () => {
    const run = await cli(['template', '--out', 'finnes/ikke/mal.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(/^rapportsjekk: finnes\/ikke\/mal\.xlsx: kunne ikke skrive filen/);
  });
});

describe('rules', () => {
  test('--format json lists all 34 rules with id, severity, description and short fix advice', async () => {
    const run = await cli(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.stdout);
    expect(rules).toHaveLength(34);
    expect(rules.map((r: { id: string }) => r.id)).toEqual([...RULE_IDS]);
    for (const [i, rule] of RULES.entries()) {
      expect(rules[i]).toMatchObject({ id: rule.meta.id, severity: rule.meta.severity, description: rule.meta.text.nb.description, fix: rule.meta.fix.nb });
    }
  });

  test('the description follows the language', async () => {
    const rules = JSON.parse((await cli(['rules', '--format', 'json', '--lang', 'en'])).stdout);
    expect(rules[0].description).toBe(RULES[0].meta.text.en.description);
    expect(rules[0].fix).toBe('Add the sheet with exactly this name. The easiest way is to copy it from the empty template.');
    const fromEnv = JSON.parse((await cli(['rules', '--format', 'json'], { LANG: 'en_US.UTF-8' })).stdout);
    expect(fromEnv[0].description).toBe(RULES[0].meta.text.en.description);
  });

  test('text: one aligned line per rule', async () => {
    const lines = (await cli(['rules'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(34);
    expect(lines[0]).toMatch(/^sheet-missing +feil +Et påkrevd ark/);
    expect(new Set(lines.map((l) => l.search(/ (feil|advarsel|info) /))).size).toBe(1);
  });
});
