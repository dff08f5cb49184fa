/**
 * The worksheet's extensions (`<extLst>` under `<worksheet>`), kept out of ExcelJS's reach and
 * put back byte for byte.
 *
 * ExcelJS models only one kind of worksheet extension (Excel 2010's conditional formats, such as
 * data bars), rewrites that one from its own model (a data bar's lengths and colours are lost),
 * and drops the rest when it writes. Among the rest are things users make every day: dropdowns
 * whose list is on another sheet (Excel stores them as `x14:dataValidations`), sparklines and
 * slicers. The marked copy must not change them, so every extension is lifted before ExcelJS
 * loads the package and put back into the sheet it wrote, with the namespace declarations it
 * used from the original `<worksheet>` tag (ExcelJS writes its own root element, which may not
 * declare them). The conditional formats these extensions belong to are lifted with them
 * (lifted-formats.ts), so the links between the two stay as the user's workbook had them.
 *
 * Browser-safe: string scanning and regular expressions.
 */

const TOKEN = (name: string): RegExp => new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*?(/?)>`, 'g');

interface Span {
  readonly start: number;
  /** Just after the closing tag. */
  readonly end: number;
}

/** Top-level `<name>` elements (unprefixed) within xml[from, to), nesting counted. */
function elements(xml: string, name: string, from = 0, to = xml.length): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = -1;
  const token = TOKEN(name);
  token.lastIndex = from;
  for (let match = token.exec(xml); match !== null && match.index < to; match = token.exec(xml)) {
    const [whole, closing, selfClosing] = match;
    if (closing === '/') {
      depth--;
      if (depth === 0) spans.push({ start, end: match.index + whole.length });
    } else if (selfClosing === '/') {
      if (depth === 0) spans.push({ start: match.index, end: match.index + whole.length });
    } else {
      if (depth === 0) start = match.index;
      depth++;
    }
  }
  return spans;
}

/** The worksheet's own `<extLst>`: the last element before `</worksheet>`. */
function worksheetExtensions(xml: string): Span | null {
  const close = xml.lastIndexOf('</worksheet>');
  const lists = elements(xml, 'extLst');
  const last = lists[lists.length - 1];
  return last !== undefined && close !== -1 && xml.slice(last.end, close).trim() === '' ? last : null;
}

/** The `xmlns:p="…"` declarations of the root `<worksheet>` tag, by prefix. */
function rootNamespaces(xml: string): Map<string, string> {
  const root = /<worksheet\b[^>]*>/.exec(xml)?.[0] ?? '';
  return new Map([...root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(["'])(.*?)\2/g)].map(([, prefix, , uri]) => [prefix, uri]));
}

/** An extension that uses a prefix declared only on the root gets the declaration itself. */
function selfContained(ext: string, namespaces: ReadonlyMap<string, string>): string {
  const used = new Set([...ext.matchAll(/<\/?([\w.-]+):/g)].map(([, prefix]) => prefix));
  const missing = [...used].filter((prefix) => !new RegExp(`\\sxmlns:${prefix}\\s*=`).test(ext) && namespaces.has(prefix));
  if (missing.length === 0) return ext;
  const declarations = missing.map((prefix) => ` xmlns:${prefix}="${namespaces.get(prefix)}"`).join('');
  return ext.replace(/^<ext\b/, `<ext${declarations}`);
}

/** The worksheet without its extensions, and those extensions. */
export function liftExtensions(sheetXml: string): { readonly kept: string; readonly lifted: readonly string[] } {
  const list = worksheetExtensions(sheetXml);
  if (list === null) return { kept: sheetXml, lifted: [] };
  const lifted = elements(sheetXml, 'ext', list.start + 1, list.end);
  if (lifted.length === 0) return { kept: sheetXml, lifted: [] };
  const namespaces = rootNamespaces(sheetXml);
  const kept = sheetXml.slice(0, list.start) + sheetXml.slice(list.end);
  return { kept, lifted: lifted.map(({ start, end }) => selfContained(sheetXml.slice(start, end), namespaces)) };
}

/** The lifted extensions back into a sheet ExcelJS wrote: into its `<extLst>`, or a new one. */
export function restoreExtensions(sheetXml: string, lifted: readonly string[]): string {
  if (lifted.length === 0) return sheetXml;
  const list = worksheetExtensions(sheetXml);
  if (list !== null && sheetXml.slice(list.start, list.end).endsWith('/>')) {
    return `${sheetXml.slice(0, list.start)}<extLst>${lifted.join('')}</extLst>${sheetXml.slice(list.end)}`;
  }
  if (list !== null) {
    const close = sheetXml.lastIndexOf('</extLst>', list.end);
    return sheetXml.slice(0, close) + lifted.join('') + sheetXml.slice(close);
  }
  const end = sheetXml.lastIndexOf('</worksheet>');
  return end === -1 ? sheetXml : `${sheetXml.slice(0, end)}<extLst>${lifted.join('')}</extLst>${sheetXml.slice(end)}`;
}
