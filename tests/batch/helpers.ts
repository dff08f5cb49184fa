/** Shared by the batch tests: a corpus in a temporary folder, and ways to look inside outputs. */
import { promises as fs } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeCorpus } from '../../tools/make-corpus';
import type { CorpusEntry } from '../../tools/make-corpus';

/** The fixed "today" of batch tests (reporting year 2025 is then a past year). */
export const BATCH_NOW = new Date(Date.UTC(2026, 2, 1));

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `rapportsjekk-${prefix}-`));
}

/** A scripted batch worker (the pool's child process, in a few lines of JS) in a folder of its own. */
export async function scriptedWorker(name: string, source: string): Promise<string> {
  const script = join(tempDir(name), `${name}.js`);
  await fs.writeFile(script, source);
  return script;
}

export async function makeCorpus(seed = 2026): Promise<{ dir: string; entries: CorpusEntry[] }> {
  const dir = tempDir('corpus');
  const entries = await writeCorpus(dir, { seed });
  return { dir, entries };
}

/** The XML parts of an xlsx file, by path inside the zip. */
export async function xlsxParts(path: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(path));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = await zip.files[name].async('string');
  }
  return parts;
}
