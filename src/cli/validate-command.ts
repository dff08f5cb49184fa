/**
 * `rapportsjekk validate FILE…`: every file is read and checked on its own; a file that cannot
 * be read is one line on stderr and the others are still reported. Exit status: the rule shared
 * with `batch` (report/exit-status.ts): 0 no errors, 1 errors found, 2 a file could not be read
 * (2 wins over 1).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Command, Option } from 'commander';
import { validate } from '../engine';
import type { Lang } from '../engine';
import { exitStatus, formatHtml, formatJson, formatText } from '../report';
import type { FileFailure, FileReport } from '../report';
import { WorkbookReadError } from '../hosts/xlsx/errors';
import { fileIdentity } from '../batch/file-identity';
import { CommandContext, errorDetail, langOption, nowOption, parseNow, reportFailure, resolvePath, subcommand, wantsColour } from './context';
import { CLI_TEXT } from './texts';

export const FORMATS = ['text', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

interface ValidateOptions {
  readonly format: Format;
  readonly lang: Lang;
  readonly out?: string;
  readonly now?: string;
}

const SPREADSHEET = /\.(xlsx|xlsm|xltx|xltm|xls|ods)$/i;

/** True when writing to `out` would replace one of the inputs (same path, symlink or hard link). */
export async function overwritesInput(out: string, inputs: readonly string[]): Promise<boolean> {
  if (inputs.some((input) => input === out)) return true;
  const outId = await fileIdentity(out);
  if (outId === null) return false;
  for (const input of inputs) {
    if ((await fileIdentity(input)) === outId) return true;
  }
  return false;
}

async function checkFile(ctx: CommandContext, file: string, lang: Lang, now: Date | undefined): Promise<FileReport | FileFailure> {
  try {
    // Loaded on first use, so `--help` and `rules` never pay for ExcelJS.
    const { readXlsxFile } = await import('../hosts/xlsx/read-file');
    const snapshot = await readXlsxFile(resolvePath(ctx.io, file));
    return { file, report: validate(snapshot, { lang, now }) };
  } catch (error) {
    const reason = error instanceof WorkbookReadError ? error.describe(lang) : CLI_TEXT[lang].unexpected(errorDetail(error));
    return { file, reason };
  }
}

function render(format: Format, results: readonly FileReport[], failures: readonly FileFailure[], several: boolean, lang: Lang, colour: boolean): string {
  switch (format) {
    case 'json':
      // One file asked about → one object (nothing when it could not be read); several → an array.
      return several || results.length > 0 ? formatJson(results, { array: several }) : '';
    case 'html':
      // lang only names the page's language when no file could be read.
      return formatHtml(results, { lang, failures });
    case 'text':
      return formatText(results, { color: colour });
  }
}

async function run(ctx: CommandContext, files: readonly string[], options: ValidateOptions): Promise<number> {
  const { io } = ctx;
  const { lang } = options;
  const text = CLI_TEXT[lang];

  let now: Date | undefined;
  if (options.now !== undefined) {
    const parsed = parseNow(options.now);
    if (parsed === null) {
      reportFailure(io, null, text.invalidNow);
      return 2;
    }
    now = parsed;
  }

  const out = options.out === undefined ? undefined : resolvePath(io, options.out);
  if (out !== undefined && options.out !== undefined) {
    // Refuse before reading anything: a report must never replace a workbook.
    if (await overwritesInput(out, files.map((f) => resolvePath(io, f)))) {
      reportFailure(io, null, text.outIsInput(options.out));
      return 2;
    }
    if (SPREADSHEET.test(out)) {
      reportFailure(io, null, text.outIsWorkbook(options.out));
      return 2;
    }
  }

  const results: FileReport[] = [];
  const failures: FileFailure[] = [];
  for (const file of files) {
    const outcome = await checkFile(ctx, file, lang, now);
    if ('report' in outcome) results.push(outcome);
    else {
      failures.push(outcome);
      reportFailure(io, file, outcome.reason);
    }
  }

  const colour = out === undefined && wantsColour(io.stdout, io.env);
  const output = render(options.format, results, failures, files.length > 1, lang, colour);
  if (out === undefined) {
    if (output !== '') io.stdout.write(output);
  } else {
    try {
      await fs.mkdir(path.dirname(out), { recursive: true });
      await fs.writeFile(out, output, 'utf8');
    } catch (error) {
      reportFailure(io, options.out ?? out, text.cannotWrite(errorDetail(error)));
      return 2;
    }
  }

  return exitStatus({ files: files.length, unreadable: failures.length, failed: results.filter((r) => !r.report.passed).length });
}

export function registerValidateCommand(program: Command, ctx: CommandContext): void {
  const text = CLI_TEXT[ctx.lang];
  subcommand(program, 'validate', text.validateDescription, text.validateUsage)
    .argument('<files...>', text.filesArgument)
    .addOption(new Option('-f, --format <format>', text.formatOption).choices(FORMATS).default('text'))
    .addOption(langOption(text.langOption, ctx))
    .addOption(new Option('-o, --out <file>', text.outOption))
    .addOption(nowOption())
    .addHelpText('after', text.validateHelpAfter)
    .action(async (files: string[], options: ValidateOptions) => {
      ctx.exitCode = await run(ctx, files, options);
    });
}
