/**
 * The XML scanner's characters (xml-scan.ts): which bytes XML forbids, what a text or attribute
 * value needs decoding for, and the decoding (line ends, the five entities, character references).
 */

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const CR = 0x0d;

export const fail = (what: string, at: number): never => {
  throw new Error(`${what} (byte ${at})`);
};

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's Char production: tab, LF, CR, U+0020–D7FF, E000–FFFD, 10000–10FFFF. */
function isXmlChar(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Text or an attribute value as written → its characters: line ends, then references. */
export function decodeText(raw: string, attribute: boolean): string {
  let text = raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n');
  // Attribute-value normalisation: each white-space character becomes a space.
  if (attribute) text = text.replace(/[\t\n]/g, ' ');
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&([^;]*);?/g, (whole: string, name: string) => {
    if (!whole.endsWith(';')) throw new Error('unterminated entity');
    if (name[0] !== '#') {
      const known = ENTITIES[name];
      if (known === undefined) throw new Error(`undefined entity ${name.slice(0, 20)}`);
      return known;
    }
    const code = /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!isXmlChar(code)) throw new Error(`bad character reference ${name.slice(0, 20)}`);
    return String.fromCodePoint(code);
  });
}

export const HAS_REFERENCE = 1;
export const HAS_CR_OR_SPACE = 2;
export const NON_ASCII = 4;

/**
 * Fails on characters XML forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF) in a comment,
 * a processing instruction or CDATA (text is checked by textEnd, attribute values as they are
 * scanned).
 */
export function checkChars(b: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c < 0x20) {
      if (c !== CR && c !== 9 && c !== 10) fail('disallowed character', i);
    } else if (c === 0xef && b[i + 1] === 0xbf && (b[i + 2] === 0xbe || b[i + 2] === 0xbf)) fail('disallowed character', i);
  }
}

/** What the text textEnd found last needs (module state, so no object per text). */
export let textFlags = 0;

/**
 * The end of the text at `from` (the next `<`, or the part's end), checked on the way for what
 * XML forbids in text (checkChars's characters and `]]>`), its decoding needs left in textFlags:
 * one pass over the text instead of indexOf and a check, on a worksheet's million short values.
 */
export function textEnd(b: Uint8Array, from: number): number {
  let flags = 0;
  let i = from;
  for (; i < b.length; i++) {
    const c = b[i];
    if (c === LT) break;
    if (c < 0x20) {
      if (c === CR) flags |= HAS_CR_OR_SPACE;
      else if (c !== 9 && c !== 10) fail('disallowed character', i);
    } else if (c === AMP) flags |= HAS_REFERENCE;
    // Bytes past a `]` or 0xEF up to the next `<` are this text's, and a `<` is neither ']' nor '>'.
    else if (c === 0x5d) {
      if (b[i + 1] === 0x5d && b[i + 2] === GT) fail('"]]>" in text', i);
    } else if (c >= 0x80) {
      flags |= NON_ASCII;
      if (c === 0xef && b[i + 1] === 0xbf && (b[i + 2] === 0xbe || b[i + 2] === 0xbf)) fail('disallowed character', i);
    }
  }
  textFlags = flags;
  return i;
}
