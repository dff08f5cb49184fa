/**
 * The reader with fflate as its inflater: the browser page's entry, and any caller without a
 * faster inflater of its own. Node's entry (read-file.ts) injects zlib and loads fflate only
 * when a part needs it (node-inflate.ts).
 */
import { Inflate } from 'fflate';
import type { WorkbookSnapshot } from '../../../engine';
import { readWorkbookWith, ReadOptions } from './read-workbook';

export { DEFAULT_MAX_PARTS, DEFAULT_MAX_SHEET_ELEMENTS, MAX_GRID_CELLS, readWorkbookWith } from './read-workbook';
export type { Inflaters, ReadOptions } from './read-workbook';

const FFLATE = { stream: () => Inflate };

export function readWorkbook(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): WorkbookSnapshot {
  return readWorkbookWith(FFLATE, data, options);
}
