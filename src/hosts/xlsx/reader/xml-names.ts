/**
 * The XML scanner's names (xml-scan.ts): element and attribute names by their bytes, made into
 * strings once, with each element's local name and whether it is skipped whole.
 */
import { SKIPPED_ELEMENTS } from './xml';

const utf8 = new TextDecoder('utf-8');

/** Whether the bytes [from, to) are the ASCII name `name`. */
export function sameBytes(b: Uint8Array, from: number, to: number, name: string): boolean {
  if (name.length !== to - from) return false; // names with multi-byte characters never hit the cache
  for (let k = 0; k < name.length; k++) if (name.charCodeAt(k) !== b[from + k]) return false;
  return true;
}

/** A name as the scanner hands it out: qualified, local, and whether its element is skipped whole. */
export type NameEntry = readonly [qualified: string, local: string, skipped: boolean];

/**
 * Element and attribute names by their bytes, made into strings once: a worksheet has a few
 * dozen names, used a million times, and every workbook the same few dozen. One cache for the
 * process (a batch worker reads hundreds of workbooks), so none is built per part; it keeps at
 * most MAX_NAMES names, so random names cannot grow it without end (past that they are decoded
 * each time).
 */
const MAX_NAMES = 4096;

export class NameCache {
  private readonly buckets = new Map<number, NameEntry[]>();
  private size = 0;

  /** The last name seen by first byte and length: elements repeat (`c`, `v`, `row`), so most lookups end here. */
  private readonly recent: (NameEntry | undefined)[] = new Array<NameEntry | undefined>(256).fill(undefined);

  entry(b: Uint8Array, from: number, to: number): NameEntry {
    const slot = (b[from] + (to - from) * 37) & 255;
    const recent = this.recent[slot];
    if (recent !== undefined && sameBytes(b, from, to, recent[0])) return recent;
    const found = this.lookup(b, from, to);
    if (found[0].length === to - from) this.recent[slot] = found;
    return found;
  }

  private lookup(b: Uint8Array, from: number, to: number): NameEntry {
    let hash = to - from;
    for (let k = from; k < to; k++) hash = (hash * 31 + b[k]) | 0;
    const bucket = this.buckets.get(hash);
    if (bucket !== undefined) {
      for (let e = 0; e < bucket.length; e++) if (sameBytes(b, from, to, bucket[e][0])) return bucket[e];
    }
    const qualified = utf8.decode(b.subarray(from, to));
    const colon = qualified.indexOf(':');
    const local = colon === -1 ? qualified : qualified.slice(colon + 1);
    const entry: NameEntry = [qualified, local, SKIPPED_ELEMENTS.has(local)];
    // Only ASCII names are kept: sameBytes compares them byte for character.
    if (qualified.length === to - from && this.size < MAX_NAMES) {
      this.size++;
      if (bucket === undefined) this.buckets.set(hash, [entry]);
      else bucket.push(entry);
    }
    return entry;
  }
}
