/**
 * The guard between a file and ExcelJS that looks at what the parts really unpack to.
 *
 * container.ts judges a package by its central directory, which a zip bomb can lie in: a part
 * that claims 1 KB may inflate to gigabytes, and JSZip (inside ExcelJS) only compares the sizes
 * after it has inflated the whole part into memory. So every part is inflated here first, as a
 * stream whose chunks are counted and dropped, and the package is refused as soon as
 *   - the parts together unpack to more than the byte limit (too-large), or
 *   - a part unpacks to more than its header says and stays under the limit (damaged), or
 *   - the worksheets hold more cells, rows or merged cells than ExcelJS can hold in bounded
 *     memory (too-large; ExcelJS keeps about 500 bytes per cell and row, and allocates every
 *     cell of a merged range).
 * Memory stays at one chunk per part whatever the file claims. Browser-safe: it uses the
 * DecompressionStream every current browser and Node ≥ 20 have; where it is missing (the jsdom
 * test environment) only the directory check applies.
 */
import { WorkbookReadError } from './errors';
import { entryBytes, readZipDirectory, ZipEntry } from './zip-directory';

export interface PackageLimits {
  /** What all parts together may unpack to, in bytes. */
  readonly maxUncompressedBytes: number;
  /** Parts in the package (a workbook has tens; a million empty entries is an attack). */
  readonly maxParts: number;
  /** Cells, rows and cells covered by merged ranges, over all worksheets. */
  readonly maxSheetCells: number;
}

/**
 * ~2 million sheet elements keep ExcelJS near 1 GB (measured: 1 million cells, 560 MB peak).
 * The largest plausible report (10 000 participants × 23 columns) has 230 000 cells.
 */
export const DEFAULT_MAX_SHEET_CELLS = 2_000_000;
export const DEFAULT_MAX_PARTS = 10_000;

const STORED = 0;
const DEFLATED = 8;
const STORED_SLICE = 1 << 20;
const latin1 = new TextDecoder('latin1');

function partName(entry: ZipEntry): string {
  return entry.name.replace(/^\/+/, '').replace(/\\/g, '/').toLowerCase();
}

const isWorksheet = (entry: ZipEntry): boolean => /^xl\/worksheets\/[^/]+\.xml$/.test(partName(entry));

/** Column letters and row digits → [row, column], 1-based. */
function cellRef(column: string, row: string): [number, number] {
  let c = 0;
  for (let i = 0; i < column.length; i++) c = c * 26 + (column.charCodeAt(i) - 64);
  return [Number(row), c];
}

/**
 * Cells a merged range covers: `A1:C3` → 9. ExcelJS creates every one of them. Rows of any
 * number of digits: `Z100:Z99999999` is 100 million cells, not one.
 */
export function mergedArea(ref: string): number {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.trim().toUpperCase());
  if (match === null) return 0;
  const [r1, c1] = cellRef(match[1], match[2]);
  const [r2, c2] = match[3] === undefined ? [r1, c1] : cellRef(match[3], match[4]);
  return (Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1);
}

/**
 * Counts cell (`<c>`), row (`<row>`) and merged-range elements in worksheet XML arriving in
 * chunks. Namespace prefixes (`<x:c>`) count too. A tag cut by a chunk boundary is kept for
 * the next chunk, so nothing is counted twice or missed.
 */
export class SheetElementCounter {
  count = 0;
  private carry = '';
  private static readonly TAG = /<(?:[A-Za-z_][\w.-]*:)?(c|row|mergeCell)(?=[\s/>])([^>]*)/g;
  private static readonly REF = /\bref\s*=\s*["']([^"']*)["']/;
  /** A tag longer than this is not one we count; drop it rather than buffer without end. */
  private static readonly MAX_CARRY = 4096;

  push(text: string): void {
    let chunk = this.carry + text;
    const open = chunk.lastIndexOf('<');
    if (open !== -1 && chunk.indexOf('>', open) === -1) {
      this.carry = chunk.length - open <= SheetElementCounter.MAX_CARRY ? chunk.slice(open) : '';
      chunk = chunk.slice(0, open);
    } else {
      this.carry = '';
    }
    for (const match of chunk.matchAll(SheetElementCounter.TAG)) {
      if (match[1] !== 'mergeCell') {
        this.count++;
        continue;
      }
      const ref = SheetElementCounter.REF.exec(match[2]);
      this.count += ref === null ? 1 : Math.max(1, mergedArea(ref[1]));
    }
  }
}

type Inflater = (compressed: Uint8Array) => ReadableStream<Uint8Array>;

/** DecompressionStream('deflate-raw'), or null where the platform has none. */
function platformInflater(): Inflater | null {
  const Decompression = (globalThis as { DecompressionStream?: typeof DecompressionStream }).DecompressionStream;
  if (Decompression === undefined) return null;
  try {
    new Decompression('deflate-raw' as CompressionFormat);
  } catch {
    return null;
  }
  return (compressed) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(compressed);
        controller.close();
      },
    }).pipeThrough(new Decompression('deflate-raw' as CompressionFormat) as unknown as TransformStream<Uint8Array, Uint8Array>);
}

interface Budget {
  inflated: number;
}

/**
 * Inflates one part, counting as it goes. Returns the bytes it unpacked to; throws
 * WorkbookReadError('too-large') the moment the package passes the byte limit. A part whose
 * deflate data is itself broken is left to ExcelJS (which names it damaged): this guard only
 * ever refuses on size.
 */
async function inflatePart(stream: ReadableStream<Uint8Array>, entry: ZipEntry, budget: Budget, limits: PackageLimits, counter: SheetElementCounter | null): Promise<number> {
  const reader = stream.getReader();
  const text = counter === null ? null : new TextDecoder('latin1');
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      budget.inflated += value.length;
      if (budget.inflated > limits.maxUncompressedBytes) {
        throw new WorkbookReadError('too-large', `${entry.name} takes the package past ${limits.maxUncompressedBytes} bytes unpacked`);
      }
      if (counter !== null && text !== null) {
        counter.push(text.decode(value, { stream: true }));
        if (counter.count > limits.maxSheetCells) {
          throw new WorkbookReadError('too-large', `worksheets hold more than ${limits.maxSheetCells} cells, rows and merged cells`);
        }
      }
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    // Broken deflate data: not a size question.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return size;
}

/**
 * Throws WorkbookReadError('too-large' | 'damaged') when the package, unpacked, is not what its
 * directory promised or more than the limits allow. Call after checkContainer().
 */
export async function checkUnpackedSize(bytes: Uint8Array, limits: PackageLimits): Promise<void> {
  const entries = readZipDirectory(bytes);
  if (entries.length > limits.maxParts) {
    throw new WorkbookReadError('too-large', `${entries.length} parts (limit ${limits.maxParts})`);
  }
  const inflater = platformInflater();
  const budget: Budget = { inflated: 0 };
  const counter = new SheetElementCounter();
  for (const entry of entries) {
    const data = entryBytes(bytes, entry);
    if (data === null) continue; // unreadable local header: ExcelJS will call it damaged
    const sheet = isWorksheet(entry) ? counter : null;
    let size: number;
    if (entry.method === STORED) {
      size = data.length;
      budget.inflated += size;
      if (budget.inflated > limits.maxUncompressedBytes) throw new WorkbookReadError('too-large', `${entry.name} is stored beyond the limit`);
      // In slices, so a large stored sheet never becomes one large string.
      for (let at = 0; sheet !== null && at < data.length; at += STORED_SLICE) sheet.push(latin1.decode(data.subarray(at, at + STORED_SLICE), { stream: true }));
    } else if (entry.method === DEFLATED && inflater !== null) {
      size = await inflatePart(inflater(data), entry, budget, limits, sheet);
    } else {
      continue; // another method: JSZip refuses it and the file is named damaged
    }
    if (counter.count > limits.maxSheetCells) {
      throw new WorkbookReadError('too-large', `worksheets hold more than ${limits.maxSheetCells} cells, rows and merged cells`);
    }
    if (size > entry.uncompressedSize) {
      throw new WorkbookReadError('damaged', `${entry.name} unpacks to ${size} bytes, its header says ${entry.uncompressedSize}`);
    }
  }
}
