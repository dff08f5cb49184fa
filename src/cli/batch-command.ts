/**
 * `rapportsjekk batch DIR|FILE… [--out DIR] [--jobs N] [--lang nb|en] [--suppress-small]`:
 * the caseworker's batch mode. Checks every submission in worker processes and writes
 * portfolio.xlsx, portfolio.html and portfolio.json into --out. A bad file never stops the run;
 * it gets a row saying why it could not be read (and a line on stderr).
 * One more command on the CLI's context: its language, streams and exit status are the
 * context's, and the exit rule is validate's (report/exit-status.ts): 0 every file read and
 * passes, 1 errors found, 2 a file could not be read, nothing was found, or the run could not
 * start (a bad option, an --out that would overwrite an input).
 */
import * as path from 'path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../engine';
import { CommandContext, langOption, nowOption, parseNow, reportFailure, resolvePath, subcommand } from './context';
import { CLI_TEXT } from './texts';

interface BatchCliOptions {
  readonly out: string;
  readonly jobs?: number;
  readonly lang: Lang;
  readonly suppressSmall?: boolean;
  readonly now?: string;
}

const TEXT = {
  nb: {
    description: 'kontroller en mappe med rapporter og sammenlign programmene (portfolio.html, .xlsx og .json, og et tilbakemeldingsbrev per rapport)',
    usage: '[valg] <mappe|fil…>',
    paths: 'mapper (søkes gjennom etter .xlsx) og filer',
    out: 'mappe for portfolio.html, portfolio.xlsx, portfolio.json og brev/',
    jobs: 'antall filer som kontrolleres samtidig (standard: antall kjerner)',
    lang: 'språk i utdataene (nb = bokmål, en = engelsk)',
    suppress: 'vis antall fra 1 til 4 som «<5» og skjul andeler som bygger på dem (for sammendrag som går ut av IMDi)',
    badJobs: '--jobs må være et helt tall fra 1 og oppover',
    wrote: 'Skrev',
    letters: (n: number, dir: string) => `og ${n} tilbakemeldingsbrev i ${dir}`,
    noFiles: 'fant ingen .xlsx-filer å kontrollere',
  },
  en: {
    description: 'check a folder of reports and compare the programmes (portfolio.html, .xlsx and .json, and a feedback letter per report)',
    usage: '[options] <folder|file…>',
    paths: 'folders (searched for .xlsx) and files',
    out: 'folder for portfolio.html, portfolio.xlsx, portfolio.json and brev/',
    jobs: 'number of files checked at the same time (default: the number of cores)',
    lang: 'language of the outputs (nb = Norwegian bokmål, en = English)',
    suppress: 'show counts from 1 to 4 as "<5" and hide rates built on them (for summaries that leave IMDi)',
    badJobs: '--jobs must be a whole number of 1 or more',
    wrote: 'Wrote',
    letters: (n: number, dir: string) => `and ${n} feedback ${n === 1 ? 'letter' : 'letters'} in ${dir}`,
    noFiles: 'found no .xlsx files to check',
  },
} as const;

function parseJobs(lang: Lang): (value: string) => number {
  return (value) => {
    const jobs = Number(value);
    if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError(TEXT[lang].badJobs);
    return jobs;
  };
}

async function run(ctx: CommandContext, inputs: readonly string[], options: BatchCliOptions): Promise<number> {
  const { io } = ctx;
  const text = TEXT[options.lang];
  const fail = (reason: string): number => {
    reportFailure(io, null, reason);
    return 2;
  };
  let now: Date | undefined;
  if (options.now !== undefined) {
    const parsed = parseNow(options.now);
    if (parsed === null) return fail(CLI_TEXT[options.lang].invalidNow);
    now = parsed;
  }
  // Loaded on first use, so `--help` never pays for ExcelJS.
  const { runBatch, autoProgress } = await import('../batch');
  try {
    const { portfolio, outputs, exitCode } = await runBatch({
      inputs: inputs.map((input) => resolvePath(io, input)),
      out: resolvePath(io, options.out),
      jobs: options.jobs,
      lang: options.lang,
      suppressSmall: options.suppressSmall === true,
      now,
      progress: autoProgress(io.stderr, options.lang),
    });
    if (portfolio.totals.files === 0) reportFailure(io, null, text.noFiles);
    const { BATCH_TEXT } = await import('../batch/texts');
    io.stdout.write(`${BATCH_TEXT[options.lang].summary(portfolio.totals)}\n`);
    // Relative to where the user stands when the outputs are below it; absolute otherwise.
    const shown = (p: string): string => {
      const relative = path.relative(io.cwd, p);
      return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? p : relative;
    };
    const letters = outputs.letterFiles.length === 0 ? '' : ` ${text.letters(outputs.letterFiles.length, shown(outputs.letters))}`;
    io.stdout.write(`${text.wrote} ${[outputs.xlsx, outputs.html, outputs.json].map(shown).join(', ')}${letters}\n`);
    return exitCode;
  } catch (error) {
    // A refusal (BatchUsageError) or what the file system said (an --out that cannot be made).
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export function registerBatchCommand(program: Command, ctx: CommandContext): void {
  const text = TEXT[ctx.lang];
  subcommand(program, 'batch', text.description, text.usage)
    .argument('<paths...>', text.paths)
    .addOption(new Option('-o, --out <dir>', text.out).default('.'))
    .addOption(new Option('-j, --jobs <n>', text.jobs).argParser(parseJobs(ctx.lang)))
    .addOption(langOption(text.lang, ctx))
    .addOption(new Option('--suppress-small', text.suppress))
    .addOption(nowOption())
    .action(async (inputs: string[], options: BatchCliOptions) => {
      ctx.exitCode = await run(ctx, inputs, options);
    });
}
