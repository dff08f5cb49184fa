/**
 * xlsx bytes → WorkbookSnapshot, with no spreadsheet library: the host's inflaters unpack the
 * parts (fflate in the browser, index.ts; Node's zlib with fflate loaded only as its fallback,
 * node-inflate.ts), xml-scan.ts reads their XML. The one reader of the CLI, batch mode and the
 * browser page (browser-safe: bytes in, no Node APIs), so every host reads every cell alike.
 *
 * Each cell becomes what a person sees in Excel: the text of rich text, the cached result of a
 * formula, the value of a merged range in its top-left cell only, dates as UTC midnight in the
 * workbook's own date system, error values as `{ error: '#REF!' }`. Every sheet is kept, hidden
 * ones too (the add-in stores explanations in one), in tab order.
 */
import { putSheet } from '../../../engine';
import type { WorkbookSnapshot } from '../../../engine';
import { checkContainer, DEFAULT_MAX_UNCOMPRESSED_BYTES } from '../container';
import { WorkbookReadError } from '../errors';
import { StreamInflaterSource, WholeInflater, XlsxPackage } from './package';
import { readSharedStrings } from './shared-strings';
import { readDateStyles } from './styles';
import { Grid, readWorksheet, SheetBudget } from './worksheet';
import { readWorkbookPart } from './workbook-part';

export interface ReadOptions {
  /** Refuse packages that unpack to more than this (default 200 MB). */
  readonly maxUncompressedBytes?: number;
  /** Refuse workbooks with more `<c>` and `<row>` elements and merged ranges than this. */
  readonly maxSheetElements?: number;
  /** Node's native zlib (read-file.ts); without it, the streaming inflater inflates every part. */
  readonly inflate?: WholeInflater;
}

/** How a host inflates: the streaming inflater (fflate) always, a faster whole-part one optionally. */
export interface Inflaters {
  readonly whole?: WholeInflater;
  /** Asked for only when a part needs it, so a host can load fflate on first need. */
  readonly stream: StreamInflaterSource;
}

/**
 * The largest plausible report (10 000 participants × 23 columns) has 230 000 cells; ten times
 * that reads in about 3 s and 300 MB.
 */
export const DEFAULT_MAX_SHEET_ELEMENTS = 2_000_000;
/**
 * Cells the snapshot may spell out (each row up to its last value, empty cells as null). A few
 * values far apart (A1 and XFD1048576 on many rows) would otherwise make the snapshot, and every
 * rule's loop over it, as large as the used range instead of the values.
 */
export const MAX_GRID_CELLS = 20_000_000;
export const DEFAULT_MAX_PARTS = 10_000;

export function readWorkbookWith(inflaters: Inflaters, data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): WorkbookSnapshot {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const maxUncompressedBytes = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  // Encrypted, .xls, .ods, not a zip, declared too large: judged before anything inflates.
  checkContainer(bytes, maxUncompressedBytes);
  const pkg = new XlsxPackage(bytes, { maxUncompressedBytes, maxParts: DEFAULT_MAX_PARTS }, inflaters.stream, options.inflate ?? inflaters.whole);
  try {
    return readPackage(pkg, options);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    // Malformed XML and the like: the container looked right, so the file is damaged.
    throw new WorkbookReadError('damaged', error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
}

function readPackage(pkg: XlsxPackage, options: ReadOptions): WorkbookSnapshot {
  const workbook = readWorkbookPart(pkg);
  const sharedStrings = readSharedStrings(pkg, workbook.sharedStringsPart);
  const dateStyles = readDateStyles(pkg, workbook.stylesPart);
  const ctx = { sharedStrings, dateStyles, date1904: workbook.date1904 };
  const budget: SheetBudget = { elements: 0, maxElements: options.maxSheetElements ?? DEFAULT_MAX_SHEET_ELEMENTS, cells: 0, maxCells: MAX_GRID_CELLS };
  const sheets: Record<string, Grid> = {};
  for (const sheet of workbook.sheets) {
    if (sheet.part === undefined) continue; // a chart sheet holds no cells
    // putSheet: a sheet named __proto__ must stay a sheet (and be checked).
    putSheet(sheets, sheet.name, readWorksheet(pkg, sheet.part, ctx, budget));
  }
  return { sheets };
}
