/**
 * Which files a batch run checks. Folders are searched recursively for everything that looks
 * like a spreadsheet, in any case (`.xlsx`, `.XLSX`, `.xlsm`, templates, and `.xls`, `.xlsb`,
 * `.ods`, which get a row saying how to save them as .xlsx): no submission is skipped silently.
 * Files named on the command line are always taken. Excel's lock files (`~$…`), hidden folders
 * and our own earlier outputs (a portfolio.xlsx when --out lies inside an input folder) are not
 * submissions. A folder that cannot be read is a row of its own, and the search goes on.
 * Names are read by their bytes, so a Latin-1 name is found and shown (file-names.ts).
 */
import { promises as fs } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { decodeName } from '../hosts/xlsx/file-names';

export interface InputFile {
  /** Absolute path (symlinks resolved where the file exists). */
  readonly path: string;
  /** The name shown in every output: the path relative to the folder all inputs share. */
  readonly name: string;
  /** True when named on the command line rather than found in a folder. */
  readonly explicit: boolean;
}

const SPREADSHEET = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods)$/i;
const isSubmission = (name: string): boolean => SPREADSHEET.test(name) && !name.startsWith('~$');

export interface DiscoverOptions {
  /** True for a file this tool wrote (skipped when found in a folder, never when named). */
  readonly isOwnOutput?: (path: string) => Promise<boolean>;
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return resolve(path);
  }
}

async function walk(folder: string, found: string[], options: DiscoverOptions): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch {
    // A folder we may not read (chmod 000) is a row ("no access"), not the end of the run.
    found.push(folder);
    return;
  }
  for (const entry of entries) {
    const name = decodeName(entry.name);
    if (name.startsWith('.')) continue;
    const full = join(folder, name);
    // Symlinked folders are not followed: they can loop.
    if (entry.isDirectory()) await walk(full, found, options);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isSubmission(name) && !(await options.isOwnOutput?.(full))) found.push(full);
  }
}

/** The longest folder that holds every path. */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return process.cwd();
  let parts = dirname(paths[0]).split(sep);
  for (const path of paths.slice(1)) {
    const other = dirname(path).split(sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

/** Code-point order: the same on every machine and locale, so outputs are byte-stable. */
export const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function discoverInputs(args: readonly string[], options: DiscoverOptions = {}): Promise<InputFile[]> {
  // Real path (one row per file, however many links lead to it) → how it was found: the name
  // shown is the link's, so a symlink to /dev/zero is the row "null.xlsx", not "dev/zero".
  const seen = new Map<string, { explicit: boolean; shown: string }>();
  const add = async (file: string, explicit: boolean): Promise<void> => {
    const real = await realOrResolved(file);
    if (explicit || !seen.has(real)) seen.set(real, { explicit, shown: resolve(file) });
  };
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      // A missing file still gets its row ("file not found"), from the reader.
      await add(arg, true);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(arg, found, options);
      for (const file of found) await add(file, false);
    } else {
      await add(arg, true);
    }
  }
  const base = commonFolder([...seen.values()].map((s) => s.shown));
  return [...seen.entries()]
    .map(([path, { explicit, shown }]) => ({ path, name: relative(base, shown).split(sep).join('/'), explicit }))
    .sort(byName);
}
