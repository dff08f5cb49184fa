/**
 * What a command needs from the outside world, injected so tests run main() in-process and
 * see exactly what a user would see on stdout and stderr.
 */
import { Command, Option } from 'commander';
import * as path from 'path';
import { maskPersonalIds } from '../engine';
import type { Lang } from '../engine';

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIO {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative file names are resolved against this directory. */
  readonly cwd: string;
}

export interface CommandContext {
  readonly io: CliIO;
  /** The language of help texts and messages when --lang is not given. */
  readonly lang: Lang;
  /** Set by a command; main() returns it. */
  exitCode: number | undefined;
}

export const PROGRAM_NAME = 'rapportsjekk';

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}

/** Bokmål unless LANG asks for English (en_GB.UTF-8, en_US, …). */
export function langFromEnv(env: CliIO['env']): Lang {
  return (env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'nb';
}

/**
 * The language for help texts, found before commander parses anything: an explicit
 * `--lang en` / `--lang=en` wins over LANG.
 */
export function detectLang(argv: readonly string[], env: CliIO['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) return value;
  }
  return langFromEnv(env);
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function wantsColour(stream: OutputStream, env: CliIO['env']): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

/** One line on stderr: `rapportsjekk: <subject>: <reason>`; never a stack trace. */
export function reportFailure(io: CliIO, subject: string | null, reason: string): void {
  const line = subject === null ? `${PROGRAM_NAME}: ${reason}` : `${PROGRAM_NAME}: ${subject}: ${reason}`;
  io.stderr.write(`${oneLine(line)}\n`);
}

/**
 * Multi-line error messages (ExcelJS, zip) collapse to one line; control characters (an ESC in
 * a file name could repaint the terminal or forge a line) become visible; IDs are masked.
 */
export function oneLine(text: string): string {
  return maskPersonalIds(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\p{Cc}\u2028\u2029]/gu, (c) => (c === '\t' ? ' ' : '\ufffd'))
    .trim();
}

export function resolvePath(io: CliIO, file: string): string {
  return path.resolve(io.cwd, file);
}

/** `--now 2026-03-01` → that day at UTC midnight (the engine's dates are UTC); anything else → null. */
export function parseNow(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

/** The first line of an error's message: enough to name the cause, never a stack trace. */
export function errorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/[\r\n]/).find((line) => line.trim() !== '')?.trim();
  return first ?? (error instanceof Error ? error.name : 'unknown');
}

/** A subcommand with its help's description and usage line, as every command declares it. */
export function subcommand(program: Command, name: string, description: string, usage: string): Command {
  return program.command(name).description(description).usage(usage);
}

/** The --lang option of every command, defaulting to the language the CLI speaks. */
export function langOption(description: string, ctx: CommandContext): Option {
  return new Option('-l, --lang <lang>', description).choices(['nb', 'en']).default(ctx.lang);
}

/** A fixed "today" for reproducible tests and examples (reference dates, time stamps); not in the help. */
export function nowOption(): Option {
  return new Option('--now <date>').hideHelp();
}
