/**
 * The parts of an xlsx package, inflated on demand (fflate's streaming Inflate, injected by the
 * host, or its faster whole-part inflater): each part at most once, whole, as bytes for
 * xml-scan.ts, its size counted while it inflates. A zip bomb is refused the moment the parts read so far pass the
 * byte limit, whatever its directory claims, so a part costs at most that limit in memory.
 * Parts the reader does not need (images, drawings, printer settings) are never inflated at
 * all. Browser-safe: no Node APIs.
 */
import type { Inflate } from 'fflate';
import { WorkbookReadError } from '../errors';
import { entryBytes, readWorkbookDirectory, ZipEntry } from '../zip-directory';

export interface PackageLimits {
  /** What the parts read may unpack to together, in bytes. */
  readonly maxUncompressedBytes: number;
  /** Parts in the package (a workbook has tens; a million empty entries is an attack). */
  readonly maxParts: number;
}

const STORED = 0;
const DEFLATED = 8;
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1032:1, so one
 * slice yields at most ~16 MB, and a bomb is caught within one slice of the limit.
 */
const SLICE = 16 * 1024;

/** Part names as a package uses them: no leading slash, forward slashes, any case. */
/**
 * A faster inflater a host may inject (Node's native zlib; the browser has none): the whole of
 * one deflated part, or null when it cannot give it within `maxBytes` (too large, damaged).
 * Null is never an answer to the user: the part is then inflated again by fflate, slice by
 * slice, so bombs, liars and damaged data get the same checks and messages on every host.
 */
export type WholeInflater = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

/** fflate's Inflate class; a function so a host can load fflate only when a part needs it. */
export type StreamInflaterSource = () => typeof Inflate;

export const partKey = (name: string): string => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

export class XlsxPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly done = new Set<string>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: PackageLimits,
    private readonly streamInflater: StreamInflaterSource,
    private readonly inflateWhole?: WholeInflater,
  ) {
    const entries = readWorkbookDirectory(bytes);
    if (entries.length > limits.maxParts) throw new WorkbookReadError('too-large', `${entries.length} parts (limit ${limits.maxParts})`);
    for (const entry of entries) this.entries.set(partKey(entry.name), entry);
  }

  has(path: string): boolean {
    return this.entries.has(partKey(path));
  }

  /**
   * A whole part as bytes (for xml-scan.ts), or null when the package has none. Throws
   * WorkbookReadError when it is damaged or passes the limits. Node's zlib gives the part whole
   * already; fflate's slices are joined, so a part costs its inflated size while it is read
   * (the budget caps that).
   */
  partBytes(path: string): Uint8Array | null {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const found = this.stream(path, (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
    });
    if (!found) return null;
    // Slices of one buffer, in order (the whole part from zlib): one view, no copy.
    let contiguous = chunks.length > 0;
    for (let i = 1; i < chunks.length && contiguous; i++) {
      contiguous = chunks[i].buffer === chunks[0].buffer && chunks[i].byteOffset === chunks[i - 1].byteOffset + chunks[i - 1].length;
    }
    if (contiguous) return new Uint8Array(chunks[0].buffer, chunks[0].byteOffset, size);
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /** Streams a part's inflated bytes, chunk by chunk (only those within its header's size). */
  private stream(path: string, onChunk: (chunk: Uint8Array, final: boolean) => void): boolean {
    const key = partKey(path);
    const entry = this.entries.get(key);
    if (entry === undefined) return false;
    // Each part once: a second read would be a bug, and would double-count the budget.
    if (this.done.has(key)) throw new Error(`part ${path} read twice`);
    this.done.add(key);
    const data = entryBytes(this.bytes, entry);
    if (data === null) throw new WorkbookReadError('damaged', `${entry.name}: unreadable local header`);
    let size = 0;
    const take = (chunk: Uint8Array, final: boolean): void => {
      size += chunk.length;
      this.inflated += chunk.length;
      if (this.inflated > this.limits.maxUncompressedBytes) {
        throw new WorkbookReadError('too-large', `${entry.name} takes the package past ${this.limits.maxUncompressedBytes} bytes unpacked`);
      }
      // Past what the header says the part is damaged (judged at the end, once the budget has
      // had its say): inflate on to count, but parse nothing more.
      if (size > entry.uncompressedSize) return;
      onChunk(chunk, final);
    };
    if (entry.method === STORED) {
      if (data.length === 0) take(data, true);
      for (let at = 0; at < data.length; at += SLICE * 64) take(data.subarray(at, at + SLICE * 64), at + SLICE * 64 >= data.length);
    } else if (entry.method === DEFLATED) {
      // The fast path only for a part that fits both what its header says and the budget left:
      // within those no check below can fail, so its one chunk is what fflate's would add up to.
      const cap = Math.min(entry.uncompressedSize, this.limits.maxUncompressedBytes - this.inflated);
      const whole = this.inflateWhole !== undefined && cap > 0 ? this.inflateWhole(data, cap) : null;
      inflate(whole === null ? this.streamInflater() : null, data, entry, take, whole);
    } else {
      throw new WorkbookReadError('damaged', `${entry.name}: compression method ${entry.method}`);
    }
    // Judged at the end: a bomb that lies about its size is too large before it is damaged.
    if (size > entry.uncompressedSize) throw new WorkbookReadError('damaged', `${entry.name} unpacks to ${size} bytes, its header says ${entry.uncompressedSize}`);
    return true;
  }
}

/**
 * Inflates with fflate, slice by slice, unless the host's inflater already gave the part
 * `whole` (then fflate is not asked for: the host may not even have loaded it).
 */
function inflate(Inflater: typeof Inflate | null, data: Uint8Array, entry: ZipEntry, take: (chunk: Uint8Array, final: boolean) => void, whole: Uint8Array | null): void {
  let ended = whole !== null;
  try {
    // In slices, as fflate gives it: one text of the whole part would double its memory.
    if (whole !== null) for (let at = 0; at === 0 || at < whole.length; at += SLICE * 4) take(whole.subarray(at, at + SLICE * 4), at + SLICE * 4 >= whole.length);
    else if (Inflater !== null) {
      const inflater = new Inflater((chunk, final) => {
        ended = ended || final;
        take(chunk, final);
      });
      if (data.length === 0) inflater.push(data, true);
      else for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError('damaged', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!ended) throw new WorkbookReadError('damaged', `${entry.name}: deflate data ends early`);
}
