/**
 * A non-validating XML scanner over the UTF-8 bytes of one whole part, for every part the reader
 * reads. It replaced saxes: on the worksheets, 99 % of what a workbook inflates to, saxes spent
 * most of the read building an attribute object per element and a string per name and value.
 * This one hands out names as shared strings and decodes an attribute or a text only when the
 * caller asks for it (the small parts take every attribute as an object, readXmlPart). Measured
 * on the 5,000-participant report (docs/performance.md); held to saxes by xml-scan.test.ts.
 *
 * It reads what XML allows and xml.ts reads: elements by their local name (`<x:c>` is a `c`),
 * `mc:Choice` and `extLst` skipped whole, the five entities and character references in text
 * and attributes, CDATA, comments, processing instructions, CR LF read as LF, a byte order mark.
 * What is not well-formed throws, as saxes does: mismatched or unclosed tags, a second root,
 * text outside the root, bad names, unquoted or duplicate attributes, `<` in an attribute,
 * unknown entities, characters XML forbids, `]]>` in text, `--` in a comment. A DOCTYPE is
 * refused: Open Packaging Conventions forbid DTDs in a package (ECMA-376-2 §8.1.4), and no
 * entity expansion can then happen.
 */
import type { XlsxPackage } from './package';
import { Attributes, XmlHandlers } from './xml';
import { checkChars, decodeText, fail, HAS_CR_OR_SPACE, HAS_REFERENCE, NON_ASCII, textEnd, textFlags } from './xml-chars';
import { NameCache, sameBytes } from './xml-names';

/** The attributes of the element being opened; valid only during the `open` call. */
export interface ScannedTag {
  /** The decoded value of an attribute by its qualified name, or undefined. */
  get(name: string): string | undefined;
  /**
   * Where an attribute's value starts in `bytes` when it needs no decoding (ASCII, no reference,
   * nothing to normalise), or -1 (absent, or decode it with get); it ends at `plainEnd`. Lets a
   * caller parse a number or a cell reference without making a string of it.
   */
  plain(name: string): number;
  readonly plainEnd: number;
  readonly bytes: Uint8Array;
  /** Every attribute by its qualified name, decoded (for the small parts). */
  all(): Attributes;
}

export interface ScanHandlers {
  open(name: string, tag: ScannedTag): void;
  close(name: string): void;
  /** Whether the text at this point is wanted (the rest is checked, not decoded). */
  wantsText(): boolean;
  text(text: string): void;
  /**
   * Wanted text that needs no decoding (ASCII, no reference, no CR), as bytes, for a caller
   * that can read it without a string (a number); false to be given it as a string instead.
   */
  plainText?(bytes: Uint8Array, from: number, to: number): boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const CR = 0x0d;
const utf8 = new TextDecoder('utf-8');

/** 1: may start a name, 2: may continue one (ASCII; every byte of a multi-byte character is 3). */
const NAME = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  const letter = (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b === 0x3a || b >= 0x80;
  NAME[b] = letter ? 3 : (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2e ? 2 : 0;
}
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x09 || b === CR;

export function scanXml(b: Uint8Array, handlers: ScanHandlers): void {
  new Scanner(b, handlers).run();
}

/**
 * A small part (workbook, relationships, styles, shared strings) through the same scanner, each
 * element's attributes as an object. False when the package has no such part.
 */
export function readXmlPart(pkg: XlsxPackage, path: string, handlers: XmlHandlers): boolean {
  const bytes = pkg.partBytes(path);
  if (bytes === null) return false;
  const { open, close, text } = handlers;
  scanXml(bytes, {
    open: (name, tag) => open(name, tag.all()),
    close: (name) => close?.(name),
    wantsText: () => text !== undefined,
    text: (t) => text?.(t),
  });
  return true;
}

const NAMES = new NameCache();

/**
 * Attributes with a one-byte ASCII name (a cell's r, s, t), by that byte: the serial of the
 * last tag that had one, and its place in that tag's attrs. A worksheet asks for them on every
 * cell; comparing names for each cost more than the rest of reading a cell, most of all in the
 * first files of a process, before V8 has compiled the scanner. Shared by every scanner: one
 * scan runs at a time, and serials never repeat (a double counts far past any workload).
 */
const ONE_BYTE_TAG = new Float64Array(128);
const ONE_BYTE_SLOT = new Int32Array(128);
let tagSerial = 0;

class Scanner implements ScannedTag {
  private readonly names = NAMES;
  /** Open elements: start and end of each qualified name, and its local name. */
  private stack: number[] = [];
  private openNames: string[] = [];
  /** The attributes of the tag being opened: name start, name end, value start, value end, decoding flags. */
  private attrs: number[] = [];
  private attrCount = 0;
  /** The serial of the tag being opened (ONE_BYTE_TAG). */
  private tag = 0;
  private skipping = 0;

  constructor(
    private readonly b: Uint8Array,
    private readonly h: ScanHandlers,
  ) {}

  run(): void {
    const { b } = this;
    const n = b.length;
    let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    const start = i;
    let roots = 0;
    while (i < n) {
      if (b[i] !== LT) {
        if (this.stack.length === 0) {
          let end = b.indexOf(LT, i);
          if (end === -1) end = n;
          for (let k = i; k < end; k++) if (!isSpace(b[k])) fail('text outside the root element', k);
          i = end;
        } else {
          const end = textEnd(b, i);
          this.text(i, end, textFlags);
          i = end;
        }
        continue;
      }
      const next = b[i + 1];
      if (next === SLASH) i = this.closeTag(i + 2);
      else if (next === 0x21) i = this.markup(i);
      else if (next === 0x3f) {
        const end = this.find('?>', i + 2, 'processing instruction');
        const target = utf8.decode(b.subarray(i + 2, Math.min(end, i + 6))).toLowerCase();
        if (/^xml(\s|$)/.test(target) && i !== start) fail('XML declaration not at the start', i);
        checkChars(b, i, end);
        i = end + 2;
      } else {
        if (this.stack.length === 0 && roots++ > 0) fail('a second root element', i);
        i = this.openTag(i + 1);
      }
    }
    if (this.stack.length > 0) fail('unclosed element', n);
    if (roots === 0) fail('no root element', n);
  }

  /** The end of `terminator` from `from`, or a failure naming what is unterminated. */
  private find(terminator: string, from: number, what: string): number {
    const first = terminator.charCodeAt(0);
    const { b } = this;
    for (let at = b.indexOf(first, from); at !== -1; at = b.indexOf(first, at + 1)) {
      let k = 1;
      while (k < terminator.length && b[at + k] === terminator.charCodeAt(k)) k++;
      if (k === terminator.length) return at;
    }
    return fail(`unterminated ${what}`, from);
  }

  /** `<!--`, `<![CDATA[`; anything else (a DOCTYPE) is refused. */
  private markup(i: number): number {
    const { b } = this;
    if (b[i + 2] === 0x2d && b[i + 3] === 0x2d) {
      const end = this.find('--', i + 4, 'comment');
      if (b[end + 2] !== GT) fail('"--" in a comment', end);
      checkChars(b, i + 4, end);
      return end + 3;
    }
    if (utf8.decode(b.subarray(i + 2, i + 9)) === '[CDATA[') {
      if (this.stack.length === 0) fail('CDATA outside the root element', i);
      const end = this.find(']]>', i + 9, 'CDATA section');
      checkChars(b, i + 9, end);
      // CDATA is taken as written: no references, only line ends normalised.
      if (this.skipping === 0 && this.h.wantsText()) this.h.text(utf8.decode(b.subarray(i + 9, end)).replace(/\r\n?/g, '\n'));
      return end + 3;
    }
    return fail('a DOCTYPE or other declaration (not allowed in a package part)', i);
  }

  /** Text between tags: checked always, decoded only when the handler wants it (or to check its references). */
  private text(from: number, to: number, flags: number): void {
    const wanted = this.skipping === 0 && this.h.wantsText();
    if (!wanted && (flags & HAS_REFERENCE) === 0) return;
    if (wanted && flags === 0 && this.h.plainText !== undefined && this.h.plainText(this.b, from, to)) return;
    const raw = this.string(from, to);
    const text = (flags & ~NON_ASCII) === 0 ? raw : decodeText(raw, false);
    if (wanted) this.h.text(text);
  }

  /** Bytes → string: short ASCII by hand, the rest through TextDecoder. */
  private string(from: number, to: number): string {
    const { b } = this;
    if (to - from <= 16) {
      let text = '';
      let k = from;
      for (; k < to && b[k] < 0x80; k++) text += String.fromCharCode(b[k]);
      if (k === to) return text;
    }
    return utf8.decode(b.subarray(from, to));
  }

  /** The name starting at `i`: its end, failing when there is none. */
  private nameEnd(i: number): number {
    const { b } = this;
    if ((NAME[b[i]] & 1) === 0) fail('disallowed character in a name', i);
    let k = i + 1;
    while (k < b.length && NAME[b[k]] !== 0) k++;
    return k;
  }

  private openTag(i: number): number {
    const { b } = this;
    const nameEnd = this.nameEnd(i);
    const entry = this.names.entry(b, i, nameEnd);
    const name = entry[1];
    let k = nameEnd;
    this.attrCount = 0;
    this.tag = ++tagSerial;
    for (;;) {
      const before = k;
      while (isSpace(b[k])) k++;
      const c = b[k];
      if (c === GT || (c === SLASH && b[k + 1] === GT)) break;
      if (c === undefined) fail('unterminated tag', i);
      if (k === before) fail('no space before an attribute', k);
      k = this.attribute(k);
    }
    const selfClosing = b[k] === SLASH;
    if (this.skipping > 0 || entry[2]) {
      if (!selfClosing) this.skipping++;
    } else {
      this.h.open(name, this);
      if (selfClosing) this.h.close(name);
    }
    if (!selfClosing) {
      this.stack.push(i, nameEnd);
      this.openNames.push(name);
    }
    return selfClosing ? k + 2 : k + 1;
  }

  /** One `name="value"`: recorded, its name checked against the tag's others. */
  private attribute(i: number): number {
    const { b } = this;
    const nameEnd = this.nameEnd(i);
    let k = nameEnd;
    while (isSpace(b[k])) k++;
    if (b[k] !== 0x3d) fail('attribute without a value', k);
    k++;
    while (isSpace(b[k])) k++;
    const quote = b[k];
    if (quote !== 0x22 && quote !== 0x27) fail('unquoted attribute value', k);
    // One pass to the closing quote, checking as checkChars does and noting what decoding the
    // value needs: values are a few bytes, and a loop costs less than three calls per attribute.
    let end = k + 1;
    let flags = 0;
    for (; end < b.length; end++) {
      const c = b[end];
      if (c === quote) break;
      if (c < 0x20) {
        if (c === CR || c === 9 || c === 10) flags |= HAS_CR_OR_SPACE;
        else fail('disallowed character', end);
      } else if (c === LT) fail('"<" in an attribute value', end);
      else if (c === AMP) flags |= HAS_REFERENCE;
      else if (c >= 0x80) {
        flags |= NON_ASCII;
        if (c === 0xef && b[end + 1] === 0xbf && (b[end + 2] === 0xbe || b[end + 2] === 0xbf)) fail('disallowed character', end);
      }
    }
    if (end >= b.length) fail('unterminated attribute value', k);
    const attrs = this.attrs;
    const at = this.attrCount * 5;
    if (nameEnd === i + 1 && b[i] < 128) {
      // A one-byte name can repeat only a one-byte name, and those are in the table.
      if (ONE_BYTE_TAG[b[i]] === this.tag) fail('duplicate attribute', i);
      ONE_BYTE_TAG[b[i]] = this.tag;
      ONE_BYTE_SLOT[b[i]] = at;
    } else {
      for (let a = 0; a < at; a += 5) {
        if (attrs[a + 1] - attrs[a] === nameEnd - i && this.bytesEqual(attrs[a], i, nameEnd - i)) fail('duplicate attribute', i);
      }
    }
    this.attrCount++;
    attrs[at] = i;
    attrs[at + 1] = nameEnd;
    attrs[at + 2] = k + 1;
    attrs[at + 3] = end;
    attrs[at + 4] = flags;
    // References are checked even in attributes no one asks for.
    if ((flags & HAS_REFERENCE) !== 0) decodeText(this.string(k + 1, end), true);
    return end + 1;
  }

  private bytesEqual(a: number, c: number, length: number): boolean {
    for (let k = 0; k < length; k++) if (this.b[a + k] !== this.b[c + k]) return false;
    return true;
  }

  private same(from: number, to: number, name: string): boolean {
    return sameBytes(this.b, from, to, name);
  }

  /** Where attribute `name` is recorded in attrs, or -1. */
  private slotOf(name: string): number {
    if (name.length === 1) {
      // A cell's r, s and t: looked up by their byte, not by comparing names (see attribute).
      const c = name.charCodeAt(0);
      return c < 128 && ONE_BYTE_TAG[c] === this.tag ? ONE_BYTE_SLOT[c] : -1;
    }
    const attrs = this.attrs;
    for (let a = 0; a < this.attrCount * 5; a += 5) if (this.same(attrs[a], attrs[a + 1], name)) return a;
    return -1;
  }

  get(name: string): string | undefined {
    const a = this.slotOf(name);
    if (a === -1) return undefined;
    const attrs = this.attrs;
    const raw = this.string(attrs[a + 2], attrs[a + 3]);
    return (attrs[a + 4] & ~NON_ASCII) === 0 ? raw : decodeText(raw, true);
  }

  plainEnd = 0;

  all(): Attributes {
    const out: Record<string, string> = {};
    const attrs = this.attrs;
    for (let a = 0; a < this.attrCount * 5; a += 5) {
      const raw = this.string(attrs[a + 2], attrs[a + 3]);
      const value = (attrs[a + 4] & ~NON_ASCII) === 0 ? raw : decodeText(raw, true);
      const name = this.names.entry(this.b, attrs[a], attrs[a + 1])[0];
      // An attribute named __proto__ stays an attribute (a plain store would set the prototype);
      // only then defineProperty, a runtime call that costs more than the store.
      if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true });
      else out[name] = value;
    }
    return out;
  }

  get bytes(): Uint8Array {
    return this.b;
  }

  plain(name: string): number {
    const a = this.slotOf(name);
    if (a === -1) return -1;
    const attrs = this.attrs;
    if (attrs[a + 4] !== 0) return -1;
    this.plainEnd = attrs[a + 3];
    return attrs[a + 2];
  }

  private closeTag(i: number): number {
    const { b, stack } = this;
    // The common case first: `</name>` right after the open tag's name, byte for byte (so a
    // valid name, whole, since `>` cannot continue one). Anything else takes the full path below.
    const top = stack.length - 2;
    if (top >= 0) {
      const from = stack[top];
      const length = stack[top + 1] - from;
      if (b[i + length] === GT && this.bytesEqual(from, i, length)) {
        // Two pops, not `length = top`: setting an array's length is a slow runtime call.
        stack.pop();
        stack.pop();
        const name = this.openNames.pop() as string;
        if (this.skipping > 0) this.skipping--;
        else this.h.close(name);
        return i + length + 1;
      }
    }
    const nameEnd = this.nameEnd(i);
    let k = nameEnd;
    while (isSpace(b[k])) k++;
    if (b[k] !== GT) fail('disallowed character in a closing tag', k);
    const end = this.stack.pop();
    const from = this.stack.pop();
    const name = this.openNames.pop();
    if (from === undefined || end === undefined || name === undefined || end - from !== nameEnd - i || !this.bytesEqual(from, i, end - from)) fail('closing tag does not match', i);
    if (this.skipping > 0) this.skipping--;
    else this.h.close(name as string);
    return k + 1;
  }
}
