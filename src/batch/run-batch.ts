/**
 * A batch run from start to end: find the files, refuse an --out that would overwrite an input,
 * check every file on the worker pool, build the portfolio, write portfolio.xlsx/.html/.json.
 * Used by the `batch` command, the tests and the benchmark.
 */
import { availableParallelism } from 'node:os';
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readZipDirectory } from '../hosts/xlsx/zip-directory';
import type { Lang } from '../engine';
import type { CheckOutcome } from './check-file';
import { discoverInputs, InputFile } from './discover';
import { fileIdentity } from './file-identity';
import { checkFiles } from './pool';
import { buildPortfolio, exitCode, Portfolio } from './portfolio';
import { ProgressReporter, silentProgress } from './progress';
import { portfolioTexts, PortfolioTexts } from './portfolio-texts';
import { letterNames, LETTERS_DIR } from './letter-names';
import { PORTFOLIO_KEYWORD } from './portfolio-keyword';

export const OUTPUT_NAMES = { xlsx: 'portfolio.xlsx', html: 'portfolio.html', json: 'portfolio.json' } as const;

export interface BatchOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly jobs?: number;
  readonly lang?: Lang;
  readonly suppressSmall?: boolean;
  /** "Now" for the engine (reference dates) and the time stamp of the outputs. */
  readonly now?: Date;
  /** Check in this process instead of worker processes (unit tests). */
  readonly inProcess?: boolean;
  readonly progress?: ProgressReporter;
}

export interface BatchResult {
  readonly portfolio: Portfolio;
  readonly exitCode: 0 | 1 | 2;
  readonly outputs: {
    readonly xlsx: string;
    readonly html: string;
    readonly json: string;
    /** The folder of the feedback letters, and every letter written (one per readable report). */
    readonly letters: string;
    readonly letterFiles: readonly string[];
  };
  /** Wall-clock milliseconds per phase (for the benchmark: what runs in parallel and what does not). */
  readonly timings: { readonly discover: number; readonly check: number; readonly portfolio: number; readonly write: number };
}

/** The run cannot start: nothing is written (an --out that would overwrite an input). */
export class BatchUsageError extends Error {
  override readonly name = 'BatchUsageError';
}

const REFUSAL: Readonly<Record<Lang, (output: string) => string>> = {
  nb: (output) => `--out ville overskrevet ${output}, som er en av filene som skal kontrolleres. Velg en annen mappe for --out.`,
  en: (output) => `--out would overwrite ${output}, which is one of the files to check. Choose another folder for --out.`,
};

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A portfolio.xlsx this tool wrote earlier (found again when --out lies inside an input folder).
 * Judged from its document properties alone, on the main thread: a zip bomb named
 * portfolio.xlsx must not be parsed here, so only a small file is opened, and only the one
 * small part (docProps/core.xml) is inflated.
 */
export async function isOwnPortfolio(path: string): Promise<boolean> {
  try {
    if (basename(path) !== OUTPUT_NAMES.xlsx) return false;
    const stat = await fs.stat(path);
    if (!stat.isFile() || stat.size > 20 * 1024 * 1024) return false;
    const bytes = await fs.readFile(path);
    const core = readZipDirectory(bytes).find((e) => e.name === 'docProps/core.xml');
    if (core === undefined || core.uncompressedSize > 64 * 1024) return false;
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    return xml.includes(`<cp:keywords>${PORTFOLIO_KEYWORD}</cp:keywords>`) && xml.includes('<dc:creator>Rapportsjekk</dc:creator>');
  } catch {
    return false;
  }
}

type OutputFiles = Pick<BatchResult['outputs'], 'xlsx' | 'html' | 'json'>;

async function outputPaths(out: string): Promise<OutputFiles & { dir: string }> {
  await fs.mkdir(out, { recursive: true });
  const dir = await fs.realpath(out);
  return { dir, xlsx: join(dir, OUTPUT_NAMES.xlsx), html: join(dir, OUTPUT_NAMES.html), json: join(dir, OUTPUT_NAMES.json) };
}

/**
 * Drops our own earlier portfolio from the inputs; refuses when a real input would be
 * overwritten. Nothing has been written when this throws (the --out folder may have been made).
 */
async function guardOutputs(inputs: readonly InputFile[], outputs: OutputFiles, lang: Lang): Promise<InputFile[]> {
  const files = [outputs.xlsx, outputs.html, outputs.json];
  const targets = new Set<string>(files);
  // The same file under another name (a hard link) would be overwritten too.
  for (const output of files) {
    const id = await fileIdentity(output);
    if (id !== null) targets.add(id);
  }
  const kept: InputFile[] = [];
  for (const input of inputs) {
    const id = targets.size > 3 ? await fileIdentity(input.path) : null;
    if (!targets.has(input.path) && (id === null || !targets.has(id))) {
      kept.push(input);
      continue;
    }
    if (!input.explicit && basename(input.path) === OUTPUT_NAMES.xlsx && (await isOwnPortfolio(input.path))) continue;
    throw new BatchUsageError(REFUSAL[lang](input.path));
  }
  return kept;
}

/**
 * Writes next to the target and renames, so a reader never sees half a file. The temporary
 * file has a random name and is created exclusively ('wx'): a symlink planted at a guessable
 * name cannot redirect the write outside --out.
 */
async function writeAtomically(path: string, data: string | Buffer): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await fs.open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The portfolio.xlsx writer and ExcelJS under it, loaded once on first use: about 140 ms that
 * `--help`, a refused --out and the checks themselves never wait for (runBatch starts loading it
 * as the workers start, while this process has nothing else to do).
 */
let writer: Promise<typeof import('./write-xlsx')> | undefined;
function xlsxWriter(): Promise<typeof import('./write-xlsx')> {
  writer ??= import('./write-xlsx');
  return writer;
}

/**
 * The portfolio's files, through the masking choke point: the workbook's cells and sheet names
 * are masked as it is written (portfolioXlsxBuffer), the page, the JSON and the letters by
 * portfolioTexts. All in this process: making the texts in a child while this one writes the
 * workbook was tried and was slower (a child's start and cold compiler cost more than the
 * 70–110 ms the texts take here; docs/performance.md).
 */
export async function portfolioFiles(
  portfolio: Portfolio,
  names: ReadonlyMap<string, string> = letterNames(portfolio.submissions.map((s) => s.file)),
): Promise<{ xlsx: Buffer } & PortfolioTexts> {
  const { portfolioXlsxBuffer } = await xlsxWriter();
  return { xlsx: await portfolioXlsxBuffer(portfolio), ...portfolioTexts(portfolio, names) };
}

/** When each input was last changed (decides which version of a report is the newest). */
async function modifiedTimes(inputs: readonly InputFile[]): Promise<Map<string, Date>> {
  const times = new Map<string, Date>();
  for (const input of inputs) {
    try {
      times.set(input.name, (await fs.stat(input.path)).mtime);
    } catch {
      // Gone since it was checked: no time, so it sorts as the oldest.
    }
  }
  return times;
}

/** The letters go into --out/brev/; one written earlier for a file no longer there is left alone. */
async function writeLetters(dir: string, files: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): Promise<string[]> {
  await fs.mkdir(join(dir, LETTERS_DIR), { recursive: true });
  const written: string[] = [];
  for (const [file, html] of files) {
    const path = join(dir, ...(names.get(file) as string).split('/'));
    await writeAtomically(path, html);
    written.push(path);
  }
  return written;
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const lang = options.lang ?? 'nb';
  const now = options.now ?? new Date();
  const progress = options.progress ?? silentProgress;
  const clock = (() => {
    let last = performance.now();
    return (): number => {
      const now = performance.now();
      const spent = now - last;
      last = now;
      return spent;
    };
  })();
  const outputs = await outputPaths(resolve(options.out));
  const inputs = await guardOutputs(await discoverInputs(options.inputs, { isOwnOutput: isOwnPortfolio }), outputs, lang);

  const discover = clock();
  progress.start(inputs.length);
  let outcomes: CheckOutcome[];
  try {
    const checked = checkFiles(
      inputs.map((i) => i.path),
      {
        jobs: options.jobs ?? defaultJobs(),
        lang,
        now,
        inProcess: options.inProcess,
        onOutcome: (index, outcome) => progress.fileDone(inputs[index].name, outcome),
      },
    );
    // The workers are starting: load the writer meanwhile (each worker holds its next file, so
    // none waits for this process while it loads).
    void xlsxWriter().catch(() => undefined);
    outcomes = await checked;
  } finally {
    progress.stop();
  }

  const check = clock();
  const modified = await modifiedTimes(inputs);
  const portfolio = buildPortfolio(inputs, outcomes, { lang, suppressSmall: options.suppressSmall ?? false, generatedAt: now, modified });
  const built = clock();
  const names = letterNames(portfolio.submissions.map((s) => s.file));
  const files = await portfolioFiles(portfolio, names);
  await writeAtomically(outputs.xlsx, files.xlsx);
  await writeAtomically(outputs.html, files.html);
  await writeAtomically(outputs.json, files.json);
  const letterFiles = await writeLetters(outputs.dir, files.letters, names);
  const timings = { discover, check, portfolio: built, write: clock() };
  const { xlsx, html, json } = outputs;
  return { portfolio, exitCode: exitCode(portfolio), outputs: { xlsx, html, json, letters: join(outputs.dir, LETTERS_DIR), letterFiles }, timings };
}
