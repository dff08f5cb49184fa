/** Node entry point: a path on disk → WorkbookSnapshot (the CLI and the batch mode). */
import { promises as fs } from 'fs';
import type { WorkbookSnapshot } from '../../engine';
import { WorkbookReadError } from './errors';
import { readXlsxBuffer, ReadOptions } from './read';

export async function readXlsxFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  let data: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookReadError('not-xlsx', `${path} is a directory`);
    data = await fs.readFile(path);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('not-found', path);
    throw new WorkbookReadError('damaged', `${path}: ${(error as Error).message}`);
  }
  return readXlsxBuffer(data, options);
}
