/** Node entry point: a path on disk → WorkbookSnapshot (the CLI and the batch mode). */
import type { WorkbookSnapshot } from '../../engine';
import { readWorkbookBytes } from './file-bytes';
import { NODE_INFLATERS } from './node-inflate';
import type { ReadOptions } from './read';
// Not through read.ts: the reader's index loads fflate up front, Node only on first need.
import { readWorkbookWith } from './reader/read-workbook';

export async function readXlsxFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const data = await readWorkbookBytes(path);
  return readWorkbookWith(NODE_INFLATERS, data, options);
}
