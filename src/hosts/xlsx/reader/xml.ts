/**
 * Streaming XML over saxes, reduced to what the parts need: elements by their local name (so
 * `<x:c>` in a prefixed package is a `c`), their attributes, and their text. Two kinds of
 * content are skipped whole, so nothing inside them is read twice or read at all:
 *   - `mc:Choice` of Markup Compatibility (`mc:AlternateContent`): a newer Office's variant;
 *     the `mc:Fallback` beside it is what a reader of the base format takes;
 *   - `extLst`: extensions (x14 data validations, sparklines) that hold no cell values.
 * CDATA sections are text. Malformed XML throws; the caller names the file damaged.
 */
import { SaxesParser, SaxesTagPlain } from 'saxes';

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

export interface XmlStream {
  write(chunk: string): void;
  end(): void;
}

export function xmlStream(handlers: XmlHandlers): XmlStream {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let skipping = 0;
  const { open, close, text } = handlers;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (skipping > 0 || SKIPPED_ELEMENTS.has(name)) {
      if (!tag.isSelfClosing) skipping++;
      return;
    }
    open(name, tag.attributes);
    if (tag.isSelfClosing && close !== undefined) close(name);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (skipping > 0) {
      if (!tag.isSelfClosing) skipping--;
      return;
    }
    if (!tag.isSelfClosing && close !== undefined) close(localName(tag.name));
  });
  if (text !== undefined) {
    const onText = (t: string): void => {
      if (skipping === 0) text(t);
    };
    parser.on('text', onText);
    // CDATA is text (`<t><![CDATA[a<b]]></t>` reads a<b, as in Excel); ExcelJS dropped it.
    parser.on('cdata', onText);
  }
  return {
    write: (chunk) => void parser.write(chunk),
    end: () => void parser.close(),
  };
}

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
