/**
 * Generates docs/rules/<id>.md for every rule, and docs/rules/README.md (the index), from the
 * rules' meta (severity, and docs.nb / docs.en: description, why, fix, notes, messages,
 * summary). The docs are never edited by hand: tests/docs/rule-docs.test.ts regenerates them in
 * memory and fails when a committed file differs. Run with `npm run docs`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES, TEMPLATE_ID, TEMPLATE_VERSION, UI } from '../engine';
import type { Lang, Rule, RuleId, Severity } from '../engine';

type Texts = Readonly<Record<Lang, string>>;

/**
 * Where each rule's finding points (the contract's "Reported at" column). Finding locations
 * are fixed by the contract rather than by rule code, so they are written down here once.
 */
export const REPORTED_AT: Readonly<Record<RuleId, Texts>> = {
  'sheet-missing': { nb: 'Arkets navn, celle null.', en: 'The sheet name, cell null.' },
  'column-missing': { nb: 'Arket, celle null.', en: 'The sheet, cell null.' },
  'column-unknown': { nb: 'Overskriftscellen.', en: 'The header cell.' },
  'template-version-missing': { nb: 'Veiledning, celle B2 (eller null når arket mangler).', en: 'Veiledning, cell B2 (or null when the sheet is missing).' },
  'value-required': {
    nb: 'Den tomme cellen. Mangler en påkrevd rad i Programinfo: Programinfo, celle null.',
    en: 'The empty cell. When a required Programinfo row is missing: Programinfo, cell null.',
  },
  'value-type': { nb: 'Cellen.', en: 'The cell.' },
  'value-code': { nb: 'Cellen.', en: 'The cell.' },
  'value-range': { nb: 'Cellen.', en: 'The cell.' },
  'formula-error': { nb: 'Cellen med feilverdien.', en: 'The cell holding the error value.' },
  'orgnr-invalid': { nb: 'Verdicellen (kolonne B) for Organisasjonsnummer i Programinfo.', en: 'The value cell (column B) of Organisasjonsnummer in Programinfo.' },
  'email-invalid': { nb: 'Verdicellen (kolonne B) for E-post i Programinfo.', en: 'The value cell (column B) of E-post in Programinfo.' },
  'id-duplicate': { nb: 'Hver gjentakelse etter den første.', en: 'Every repeat after the first.' },
  'personal-id-in-sheet': { nb: 'Cellen, i hvilket som helst ark.', en: 'The cell, in any sheet.' },
  'participants-missing': { nb: 'Deltakere, celle null.', en: 'Deltakere, cell null.' },
  'goals-missing': { nb: 'Mål, celle null.', en: 'Mål, cell null.' },
  'date-order': { nb: 'Cellen med den seneste datoen (Sluttdato eller Programslutt).', en: 'The later date’s cell (Sluttdato or Programslutt).' },
  'date-outside-period': { nb: 'Startdato-cellen.', en: 'The Startdato cell.' },
  'end-date-missing': { nb: 'Sluttdato-cellen.', en: 'The Sluttdato cell.' },
  'status-at-end-missing': { nb: 'Cellen Status ved programslutt.', en: 'The Status ved programslutt cell.' },
  'job-relevance-missing': {
    nb: 'Cellen Relevant jobb (kolonne R) eller Relevant jobb 6 mnd etter (kolonne V).',
    en: 'The Relevant jobb cell (column R) or Relevant jobb 6 mnd etter (column V).',
  },
  'job-relevance-unexpected': { nb: 'Den utfylte Relevant jobb-cellen.', en: 'The filled-in Relevant jobb cell.' },
  'employment-share-missing': { nb: 'Stillingsprosent-cellen.', en: 'The Stillingsprosent cell.' },
  'attribution-missing': { nb: 'Cellen Jobb som følge av programmet.', en: 'The Jobb som følge av programmet cell.' },
  'followup-missing': { nb: 'Cellen Status 6 mnd etter.', en: 'The Status 6 mnd etter cell.' },
  'mentor-unknown': { nb: 'MentorID-cellen i Deltakere.', en: 'The MentorID cell in Deltakere.' },
  'mentor-missing': { nb: 'MentorID-cellen i Deltakere.', en: 'The MentorID cell in Deltakere.' },
  'meetings-missing': { nb: 'Cellen Antall mentormøter.', en: 'The Antall mentormøter cell.' },
  'mentor-mentee-count-mismatch': { nb: 'Cellen Antall mentees i Mentorer.', en: 'The Antall mentees cell in Mentorer.' },
  'target-group-mismatch': { nb: 'Innvandrerkategori-cellen.', en: 'The Innvandrerkategori cell.' },
  'meeting-expectation-missing': {
    nb: 'Verdicellen for Forventet antall mentormøter per par, eller Programinfo, celle null, når raden mangler.',
    en: 'The value cell of Forventet antall mentormøter per par, or Programinfo, cell null, when the row is absent.',
  },
  'goal-unclear': { nb: 'Målets Mål-celle; meldingen nevner alt som mangler.', en: 'The goal’s Mål cell; the message names every missing part.' },
  'goal-target-implausible': { nb: 'Målverdi-cellen.', en: 'The Målverdi cell.' },
  'goal-achieved-missing': { nb: 'Oppnådd-cellen.', en: 'The Oppnådd cell.' },
  'goal-reported-mismatch': { nb: 'Oppnådd-cellen.', en: 'The Oppnådd cell.' },
};

interface Headings {
  readonly language: string;
  readonly severity: string;
  readonly reportedAt: string;
  readonly why: string;
  readonly fix: string;
  readonly notes: string;
  readonly messages: string;
  readonly summary: string;
  readonly severityMeaning: Readonly<Record<Severity, string>>;
}

const HEADINGS: Readonly<Record<Lang, Headings>> = {
  nb: {
    language: 'Norsk (bokmål)',
    severity: 'Alvorlighet',
    reportedAt: 'Meldes i',
    why: 'Hvorfor det betyr noe',
    fix: 'Slik retter du det',
    notes: 'Avklaringer',
    messages: 'Meldinger',
    summary: 'Oppsummeringslinje',
    severityMeaning: {
      error: 'rapporten kan ikke tas imot som den er',
      warning: 'rett opp eller forklar',
      info: 'verdt å vite',
    },
  },
  en: {
    language: 'English',
    severity: 'Severity',
    reportedAt: 'Reported at',
    why: 'Why it matters',
    fix: 'How to fix it',
    notes: 'Decisions',
    messages: 'Messages',
    summary: 'Summary line',
    severityMeaning: {
      error: 'the submission cannot be accepted as is',
      warning: 'fix or explain',
      info: 'worth knowing',
    },
  },
};

const GENERATED = '<!-- Generated by `npm run docs` (src/tools/make-rule-docs.ts) from the rule meta. Do not edit by hand. -->';

/** Text for a Markdown table cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Message templates as inline code, so `{column}` placeholders read as placeholders. */
const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

function languageSection(rule: Rule, lang: Lang): string[] {
  const docs = rule.meta.docs[lang];
  const h = HEADINGS[lang];
  const { severity } = rule.meta;
  const lines = [
    `## ${h.language}`,
    '',
    docs.description,
    '',
    `- **${h.severity}:** ${UI[lang].severity[severity]} (${h.severityMeaning[severity]})`,
    `- **${h.reportedAt}:** ${REPORTED_AT[rule.meta.id][lang]}`,
    '',
    `### ${h.why}`,
    '',
    docs.why,
    '',
    `### ${h.fix}`,
    '',
    docs.fix,
    '',
  ];
  if (docs.notes !== undefined && docs.notes.trim() !== '') lines.push(`### ${h.notes}`, '', docs.notes, '');
  lines.push(`### ${h.messages}`, '');
  for (const [id, template] of Object.entries(docs.messages)) lines.push(`- ${code(id)}: ${code(template)}`);
  lines.push('', `### ${h.summary}`, '', code(docs.summary), '');
  return lines;
}

export function rulePage(rule: Rule): string {
  const { id, severity } = rule.meta;
  return [
    GENERATED,
    '',
    `# \`${id}\``,
    '',
    `${UI.nb.severity[severity]} / ${UI.en.severity[severity]} · [src/engine/rules/${id}.ts](../../src/engine/rules/${id}.ts) · [← Alle regler / all rules](README.md)`,
    '',
    ...languageSection(rule, 'nb'),
    ...languageSection(rule, 'en'),
  ].join('\n');
}

export function indexPage(rules: readonly Rule[]): string {
  const rows = rules.map(
    (rule) =>
      `| [\`${rule.meta.id}\`](${rule.meta.id}.md) | ${UI.nb.severity[rule.meta.severity]} / ${UI.en.severity[rule.meta.severity]} | ${cell(rule.meta.docs.nb.description)} | ${cell(rule.meta.docs.en.description)} |`,
  );
  const count = (severity: Severity): number => rules.filter((r) => r.meta.severity === severity).length;
  return [
    GENERATED,
    '',
    '# Regler / Rules',
    '',
    `Rapportsjekk kontrollerer rapporter mot IMDi-malen \`${TEMPLATE_ID}\` ${TEMPLATE_VERSION} med ${rules.length} regler ` +
      `(${count('error')} feil, ${count('warning')} advarsler, ${count('info')} info). En rapport kan tas imot når den ikke har feil. ` +
      'Regel-ID-ene er stabile og brukes i JSON-utdata og i dokumentasjonen.',
    '',
    `Rapportsjekk checks reports against the IMDi template \`${TEMPLATE_ID}\` ${TEMPLATE_VERSION} with ${rules.length} rules ` +
      `(${count('error')} errors, ${count('warning')} warnings, ${count('info')} info). A report can be accepted when it has no errors. ` +
      'Rule IDs are stable and used in the JSON output and in the docs.',
    '',
    '`rapportsjekk rules` lists the same catalogue on the command line.',
    '',
    '| Regel / Rule | Alvorlighet / Severity | Beskrivelse | Description |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Every generated file, by name inside docs/rules. */
export function ruleDocs(rules: readonly Rule[] = RULES): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of rules) files.set(`${rule.meta.id}.md`, rulePage(rule));
  files.set('README.md', indexPage(rules));
  return files;
}

/** docs/rules in the repository, from src/tools or dist/tools alike. */
export const RULE_DOCS_DIR = path.resolve(__dirname, '..', '..', 'docs', 'rules');

/** Writes the docs, removes pages of rules that no longer exist, and returns what changed. */
export function writeRuleDocs(dir: string = RULE_DOCS_DIR): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files = ruleDocs();
  const changed: string[] = [];
  for (const [name, content] of files) {
    const target = path.join(dir, name);
    const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (before !== content) {
      fs.writeFileSync(target, content, 'utf8');
      changed.push(name);
    }
  }
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith('.md') && !files.has(name)) {
      fs.unlinkSync(path.join(dir, name));
      changed.push(name);
    }
  }
  return changed;
}

if (require.main === module) {
  const changed = writeRuleDocs();
  process.stdout.write(changed.length === 0 ? 'docs/rules is up to date\n' : `docs/rules: updated ${changed.join(', ')}\n`);
}
