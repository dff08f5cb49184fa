/**
 * xlsx bytes → WorkbookSnapshot: the entry point of the CLI, batch mode and the browser page.
 * The reader itself is in reader/ (fflate or Node's zlib, and an XML scanner of its own; no spreadsheet library); ExcelJS is used
 * only to write workbooks.
 */
import type { WorkbookSnapshot } from '../../engine';
import { readWorkbook, ReadOptions } from './reader';

export type { ReadOptions } from './reader';
export { MAX_GRID_CELLS } from './reader';

export async function readXlsxBuffer(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return readWorkbook(data, options);
}
