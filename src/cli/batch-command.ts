/**
 * `rapportsjekk batch DIR|FILE… [--out DIR] [--jobs N] [--lang nb|en] [--suppress-small]`:
 * the caseworker's batch mode. Checks every submission on worker threads and writes
 * portfolio.xlsx, portfolio.html and portfolio.json into --out. A bad file never stops the run;
 * it gets a row saying why it could not be read.
 * Exit status: 0 every file read and passes; 1 some have errors or could not be read;
 * 2 nothing could be read at all (or the run could not start).
 */
import * as path from 'path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../engine';
import type { CliIO, CommandContext, OutputStream } from './context';

interface BatchCliOptions {
  readonly out: string;
  readonly jobs?: number;
  readonly lang: Lang;
  readonly suppressSmall?: boolean;
  readonly now?: string;
}

const TEXT = {
  nb: {
    description: 'kontroller en mappe med rapporter og sammenlign programmene (portfolio.xlsx, .html og .json)',
    usage: '[valg] <mappe|fil…>',
    paths: 'mapper (søkes gjennom etter .xlsx) og filer',
    out: 'mappe for portfolio.xlsx, portfolio.html og portfolio.json',
    jobs: 'antall filer som kontrolleres samtidig (standard: antall kjerner)',
    lang: 'språk i utdataene (nb = bokmål, en = engelsk)',
    suppress: 'vis antall fra 1 til 4 som «<5» og skjul andeler som bygger på dem (for sammendrag som går ut av IMDi)',
    badJobs: '--jobs må være et helt tall fra 1 og oppover',
    badNow: '--now må være en dato på formen ÅÅÅÅ-MM-DD',
    wrote: 'Skrev',
    letters: (n: number, dir: string) => `og ${n} tilbakemeldingsbrev i ${dir}`,
    noFiles: 'fant ingen .xlsx-filer å kontrollere',
  },
  en: {
    description: 'check a folder of reports and compare the programmes (portfolio.xlsx, .html and .json)',
    usage: '[options] <folder|file…>',
    paths: 'folders (searched for .xlsx) and files',
    out: 'folder for portfolio.xlsx, portfolio.html and portfolio.json',
    jobs: 'number of files checked at the same time (default: the number of cores)',
    lang: 'language of the outputs (nb = Norwegian bokmål, en = English)',
    suppress: 'show counts from 1 to 4 as "<5" and hide rates built on them (for summaries that leave IMDi)',
    badJobs: '--jobs must be a whole number of 1 or more',
    badNow: '--now must be a date written YYYY-MM-DD',
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

function parseNow(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function fallbackIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

async function runCommand(io: CliIO, inputs: readonly string[], options: BatchCliOptions): Promise<number> {
  const text = TEXT[options.lang];
  const fail = (reason: string): number => {
    io.stderr.write(`rapportsjekk: ${oneLine(reason)}\n`);
    return 2;
  };
  let now: Date | undefined;
  if (options.now !== undefined) {
    const parsed = parseNow(options.now);
    if (parsed === null) return fail(text.badNow);
    now = parsed;
  }
  // Loaded on first use, so `--help` never pays for ExcelJS.
  const { runBatch, BatchUsageError, autoProgress, lineProgress } = await import('../batch');
  const stderr: OutputStream = io.stderr;
  const progress =
    stderr === process.stderr ? autoProgress(process.stderr, options.lang) : lineProgress({ write: (s: string) => stderr.write(s) } as NodeJS.WritableStream, options.lang);
  try {
    const result = await runBatch({
      inputs: inputs.map((input) => path.resolve(io.cwd, input)),
      out: path.resolve(io.cwd, options.out),
      jobs: options.jobs,
      lang: options.lang,
      suppressSmall: options.suppressSmall === true,
      now,
      progress,
    });
    const { portfolio, outputs } = result;
    if (portfolio.totals.files === 0) io.stderr.write(`rapportsjekk: ${text.noFiles}\n`);
    const { BATCH_TEXT } = await import('../batch/texts');
    io.stdout.write(`${BATCH_TEXT[options.lang].summary(portfolio.totals)}\n`);
    // Relative to where the user stands when the outputs are below it; absolute otherwise.
    const shown = (p: string): string => {
      const relative = path.relative(io.cwd, p);
      return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? p : relative;
    };
    const letters = outputs.letterFiles.length === 0 ? '' : ` ${text.letters(outputs.letterFiles.length, shown(outputs.letters))}`;
    io.stdout.write(`${text.wrote} ${[outputs.xlsx, outputs.html, outputs.json].map(shown).join(', ')}${letters}\n`);
    return result.exitCode;
  } catch (error) {
    if (error instanceof BatchUsageError) return fail(error.message);
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Adds `batch` to the program. With the CLI's context the command writes to its streams and
 * reports its status through it (in-process tests); without, it uses the process's own.
 */
export function registerBatchCommand(program: Command, ctx?: CommandContext): void {
  const lang: Lang = ctx?.lang ?? ((process.env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'nb');
  const text = TEXT[lang];
  program
    .command('batch')
    .description(text.description)
    .usage(text.usage)
    .argument('<paths...>', text.paths)
    .addOption(new Option('-o, --out <dir>', text.out).default('.'))
    .addOption(new Option('-j, --jobs <n>', text.jobs).argParser(parseJobs(lang)))
    .addOption(new Option('-l, --lang <lang>', text.lang).choices(['nb', 'en']).default(lang))
    .addOption(new Option('--suppress-small', text.suppress))
    // A fixed "today" for reproducible tests and examples (reference dates, time stamp).
    .addOption(new Option('--now <date>').hideHelp())
    .action(async (inputs: string[], options: BatchCliOptions) => {
      const code = await runCommand(ctx?.io ?? fallbackIO(), inputs, options);
      if (ctx) ctx.exitCode = code;
      else process.exitCode = code;
    });
}
