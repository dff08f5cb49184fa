/**
 * Progress while a batch runs, on stderr: a bar on a terminal, plain lines elsewhere (a log
 * file, CI), one per file, so nothing is lost to carriage returns.
 */
import { SingleBar } from 'cli-progress';
import type { Lang } from '../engine';
import { terminalSafe } from '../report/text';
import { REPORT_TEXT } from '../report/texts';
import type { CheckOutcome } from './check-file';

export interface ProgressReporter {
  start(total: number): void;
  fileDone(name: string, outcome: CheckOutcome): void;
  stop(): void;
}

export const silentProgress: ProgressReporter = { start: () => undefined, fileDone: () => undefined, stop: () => undefined };

const UNREADABLE: Readonly<Record<Lang, string>> = { nb: 'kunne ikke leses', en: 'could not be read' };

/** "2 feil, 3 advarsler" / "ingen feil" / "kunne ikke leses: filen er tom". */
export function outcomeLine(outcome: CheckOutcome, lang: Lang): string {
  const text = REPORT_TEXT[lang];
  if (outcome.kind === 'unreadable') return `${UNREADABLE[lang]}: ${outcome.message}`;
  const { error, warning } = outcome.report.counts;
  const errors = error === 0 ? text.noErrors : text.errors(error);
  return warning === 0 ? errors : `${errors}, ${text.warnings(warning)}`;
}

/** Where plain progress lines go: any stream with a write (the CLI's stderr, a log). */
export interface LineSink {
  write(text: string): unknown;
}

export function lineProgress(stream: LineSink, lang: Lang): ProgressReporter {
  let total = 0;
  let done = 0;
  const width = (): number => String(total).length;
  return {
    start: (n) => {
      total = n;
      done = 0;
    },
    fileDone: (name, outcome) => {
      done++;
      stream.write(`[${String(done).padStart(width())}/${total}] ${terminalSafe(name)}: ${terminalSafe(outcomeLine(outcome, lang))}\n`);
    },
    stop: () => undefined,
  };
}

/**
 * The file name, cut from the left to what the terminal has room for beside the bar and the
 * counts, so a long path never wraps the bar onto a new line (500 files = 500 redraws).
 */
export function fitName(name: string, columns: number | undefined): string {
  const room = Math.max(12, (columns ?? 80) - 52);
  return name.length <= room ? name : `…${name.slice(name.length - room + 1)}`;
}

export function barProgress(stream: NodeJS.WritableStream): ProgressReporter {
  const columns = (): number | undefined => (stream as NodeJS.WriteStream).columns;
  const bar = new SingleBar({
    stream,
    format: '{bar} {value}/{total} | {duration_formatted} | {file}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  });
  return {
    start: (total) => bar.start(total, 0, { file: '' }),
    fileDone: (name) => bar.increment(1, { file: fitName(terminalSafe(name), columns()) }),
    stop: () => bar.stop(),
  };
}

/** A terminal stream the bar can move its cursor on (process.stderr on a TTY). */
function isTerminal(stream: LineSink): stream is NodeJS.WriteStream {
  const candidate = stream as Partial<NodeJS.WriteStream>;
  return candidate.isTTY === true && typeof candidate.cursorTo === 'function';
}

/** A bar when the stream is a terminal, lines otherwise. */
export function autoProgress(stream: LineSink, lang: Lang): ProgressReporter {
  return isTerminal(stream) ? barProgress(stream) : lineProgress(stream, lang);
}
