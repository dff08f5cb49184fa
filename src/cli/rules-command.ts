/** `rapportsjekk rules`: the rule catalogue (id, severity, description; JSON adds the short fix advice) in the chosen language. */
import { Command, Option } from 'commander';
import { RULES, UI } from '../engine';
import type { Lang, RuleId, Severity } from '../engine';
import { CommandContext, langOption, subcommand } from './context';
import { CLI_TEXT } from './texts';

interface RulesOptions {
  readonly format: 'text' | 'json';
  readonly lang: Lang;
}

export interface RuleListing {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly description: string;
  /** Short fix advice (one or two sentences). */
  readonly fix: string;
  /** The rule's page in the repository. */
  readonly docs: string;
}

export function ruleListing(lang: Lang): RuleListing[] {
  return RULES.map((rule) => ({
    id: rule.meta.id,
    severity: rule.meta.severity,
    description: rule.meta.text[lang].description,
    fix: rule.meta.fix[lang],
    docs: `docs/rules/${rule.meta.id}.md`,
  }));
}

function asText(rules: readonly RuleListing[], lang: Lang): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const severityWidth = Math.max(...rules.map((r) => UI[lang].severity[r.severity].length));
  return rules
    .map((r) => `${r.id.padEnd(idWidth)}  ${UI[lang].severity[r.severity].padEnd(severityWidth)}  ${r.description}\n`)
    .join('');
}

export function registerRulesCommand(program: Command, ctx: CommandContext): void {
  const text = CLI_TEXT[ctx.lang];
  subcommand(program, 'rules', text.rulesDescription, text.commandUsage)
    .addOption(new Option('-f, --format <format>', text.rulesFormatOption).choices(['text', 'json']).default('text'))
    .addOption(langOption(text.langOption, ctx))
    .action((options: RulesOptions) => {
      const rules = ruleListing(options.lang);
      ctx.io.stdout.write(options.format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : asText(rules, options.lang));
      ctx.exitCode = 0;
    });
}
