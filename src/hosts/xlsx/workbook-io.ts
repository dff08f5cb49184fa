/**
 * Loading and saving ExcelJS workbooks from and to bytes, with the container check in front.
 * Browser-safe: bytes in, bytes out, no file system.
 */
import * as ExcelJS from 'exceljs';
import { checkContainer, DEFAULT_MAX_UNCOMPRESSED_BYTES } from './container';
import { WorkbookReadError } from './errors';
import { checkUnpackedSize, DEFAULT_MAX_PARTS, DEFAULT_MAX_SHEET_CELLS } from './package-guard';

export interface LoadOptions {
  /** Refuse packages that would unpack to more than this many bytes. */
  readonly maxUncompressedBytes?: number;
  /** Refuse workbooks whose sheets hold more cells, rows and merged cells than this. */
  readonly maxSheetCells?: number;
  /**
   * Worksheet XML nodes to skip. Reading for validation skips data validations: ExcelJS expands
   * every range into one entry per cell, and a whole-column dropdown is a million of them.
   */
  readonly ignoreNodes?: readonly string[];
}

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** The container check and the zip guard: throws WorkbookReadError before anything unpacks the package. */
export async function guardPackage(bytes: Uint8Array, options: LoadOptions = {}): Promise<void> {
  const maxUncompressedBytes = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  checkContainer(bytes, maxUncompressedBytes);
  // The directory can lie (zip bomb): count what the parts really unpack to before ExcelJS does.
  await checkUnpackedSize(bytes, { maxUncompressedBytes, maxParts: DEFAULT_MAX_PARTS, maxSheetCells: options.maxSheetCells ?? DEFAULT_MAX_SHEET_CELLS });
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(data);
  await guardPackage(bytes, options);
  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip (inside ExcelJS) takes a Uint8Array in Node and in the browser; the typing says Buffer.
    await workbook.xlsx.load(bytes as unknown as LoadInput, { ignoreNodes: [...(options.ignoreNodes ?? [])] });
  } catch (error) {
    // The container looked right, so whatever ExcelJS cannot parse is a damaged file.
    throw new WorkbookReadError('damaged', error instanceof Error ? error.message : String(error));
  }
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayBuffer);
}
