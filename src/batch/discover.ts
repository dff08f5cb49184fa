/**
 * Which files a batch run checks. Folders are searched recursively for `.xlsx`; files named on
 * the command line are always taken (even a `.xls`, so its row can say why it cannot be read).
 * Excel's lock files (`~$…`) and hidden folders are not submissions and are skipped.
 */
import { promises as fs } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface InputFile {
  /** Absolute path (symlinks resolved where the file exists). */
  readonly path: string;
  /** The name shown in every output: the path relative to the folder all inputs share. */
  readonly name: string;
  /** True when named on the command line rather than found in a folder. */
  readonly explicit: boolean;
}

const isSubmission = (name: string): boolean => name.toLowerCase().endsWith('.xlsx') && !name.startsWith('~$');

async function realOrResolved(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return resolve(path);
  }
}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(folder, entry.name);
    // Symlinked folders are not followed: they can loop.
    if (entry.isDirectory()) await walk(full, found);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isSubmission(entry.name)) found.push(full);
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

export async function discoverInputs(args: readonly string[]): Promise<InputFile[]> {
  const seen = new Map<string, boolean>();
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      // A missing file still gets its row ("file not found"), from the reader.
      seen.set(await realOrResolved(arg), true);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(arg, found);
      for (const file of found) {
        const real = await realOrResolved(file);
        if (!seen.has(real)) seen.set(real, false);
      }
    } else {
      seen.set(await realOrResolved(arg), true);
    }
  }
  const paths = [...seen.keys()];
  const base = commonFolder(paths);
  return paths
    .map((path) => ({ path, name: relative(base, path).split(sep).join('/'), explicit: seen.get(path) === true }))
    .sort(byName);
}
