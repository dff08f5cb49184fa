/**
 * The `rapportsjekk` command line. main() builds a fresh program per call and writes only to
 * the injected streams, so tests run it in-process; bin/rapportsjekk.js calls run().
 * Whatever goes wrong, the user sees one line on stderr and exit status 2, never a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../engine';
import { registerBatchCommand } from './batch-command';
import { CliIO, CommandContext, detectLang, errorDetail, processIO, PROGRAM_NAME, reportFailure } from './context';
import { registerRulesCommand } from './rules-command';
import { registerTemplateCommand } from './template-command';
import { CLI_TEXT } from './texts';
import { registerValidateCommand } from './validate-command';
import { argsByBytes } from '../hosts/xlsx/file-names';

/** The package version, read at run time (works from src/ under jest and from dist/). */
function packageVersion(): string {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return manifest.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Commander's "(choices: …, default: …)", in the help's language. */
function describeOption(option: Option, lang: Lang): string {
  const words = CLI_TEXT[lang].optionWords;
  const extra: string[] = [];
  if (option.argChoices) extra.push(`${words.choices}: ${option.argChoices.join(', ')}`);
  if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`${words.default}: ${String(option.defaultValue)}`);
  return extra.length === 0 ? option.description : `${option.description} (${extra.join('; ')})`;
}

export function buildProgram(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  const text = CLI_TEXT[lang];
  const program = new Command(PROGRAM_NAME);
  // Settings made before .command() are inherited by every subcommand, the batch one included.
  program
    .description(text.programDescription)
    .usage(text.programUsage)
    .version(packageVersion(), '-V, --version', text.versionOption)
    .helpOption('-h, --help', text.helpOption)
    .helpCommand(text.helpCommandUsage, text.helpCommand)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .configureHelp({
      styleTitle: (title) => text.titles[title] ?? title,
      optionDescription: (option) => describeOption(option, lang),
      // The command list shows each command's own (translated) usage.
      subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`.trim(),
    })
    .showHelpAfterError(text.helpAfterError)
    .exitOverride()
    .addHelpText('after', text.examples);

  registerValidateCommand(program, ctx);
  registerTemplateCommand(program, ctx);
  registerRulesCommand(program, ctx);
  registerBatchCommand(program, ctx);
  return program;
}

/** Runs the command line and returns the exit status (report/exit-status.ts: 0 no errors, 1 errors found, 2 failure). */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const lang: Lang = detectLang(argv, io.env);
  const ctx: CommandContext = { io, lang, exitCode: undefined };
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Help and version end "with an error" of status 0; usage mistakes are status 2 (commander
    // has already printed its one line), so they never look like "the report has errors".
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    reportFailure(io, null, CLI_TEXT[lang].unexpected(errorDetail(error)));
    return 2;
  }
  return ctx.exitCode ?? 0;
}

/** Entry point for bin/rapportsjekk.js. */
export function run(): void {
  // `rapportsjekk validate … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // File names that are not UTF-8 are taken by their bytes (src/hosts/xlsx/file-names.ts).
  main(argsByBytes(process.argv.slice(2))).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${PROGRAM_NAME}: ${errorDetail(error)}\n`);
      process.exitCode = 2;
    },
  );
}
