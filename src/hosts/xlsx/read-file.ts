/** Node entry point: a path on disk → WorkbookSnapshot (the CLI and the batch mode). */
import type { WorkbookSnapshot } from '../../engine';
import { readWorkbookBytes } from './file-bytes';
import { nodeInflate } from './node-inflate';
import { readXlsxBuffer, ReadOptions } from './read';

export async function readXlsxFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const data = await readWorkbookBytes(path);
  return readXlsxBuffer(data, { inflate: nodeInflate, ...options });
}
