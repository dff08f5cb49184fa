/**
 * What the reader takes from a part's XML (xml-scan.ts reads it): elements by their local name
 * (so `<x:c>` in a prefixed package is a `c`), their attributes, and their text. Two kinds of
 * content are skipped whole, so nothing inside them is read twice or read at all:
 *   - `mc:Choice` of Markup Compatibility (`mc:AlternateContent`): a newer Office's variant;
 *     the `mc:Fallback` beside it is what a reader of the base format takes;
 *   - `extLst`: extensions (x14 data validations, sparklines) that hold no cell values.
 * CDATA sections are text. Malformed XML throws; the caller names the file damaged.
 */
export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

export const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/** Skipped with all they hold (xml-scan.ts skips the same). */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['Choice', 'extLst']);

/** An attribute by its local name (`r:id` → `id`), for the few that carry a prefix. */
export function attribute(attributes: Attributes, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key of Object.keys(attributes)) if (localName(key) === name) return attributes[key];
  return undefined;
}

/** OOXML's escape of characters XML cannot carry: `_x000D_` → CR, `_x005F_` → `_`. */
export function unescapeXstring(text: string): string {
  return text.indexOf('_x') === -1 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
