/**
 * Writing values into a worksheet part's XML in place: the cells asked for are replaced (their
 * style kept) and every other byte of the part stays as it was. One pass over the cells, one
 * over the rows for cells that are not in the XML yet. Strings are written inline, so the shared
 * string table is not touched.
 */
import { parseAddress } from '../../engine';
import { attribute } from './package-parts';

/** What to put in a cell: text, a number (with a style index to use, for dates), or nothing. */
export type CellWrite =
  | { readonly type: 'string'; readonly text: string }
  | { readonly type: 'number'; readonly value: number; readonly style?: number }
  | { readonly type: 'empty' };

export interface SheetPatch {
  readonly xml: string;
  /** Addresses written. */
  readonly written: readonly string[];
  /** Addresses left alone because the cell holds a formula. */
  readonly formulas: readonly string[];
}

const CELL = /<((?:[\w.-]+:)?)c\b([^>]*?)(\/>|>([\s\S]*?)<\/\1c>)/g;
const ROW = /<((?:[\w.-]+:)?)row\b([^>]*?)(\/>|>([\s\S]*?)<\/\1row>)/g;

export function escapeXml(text: string): string {
  // Control characters other than tab and newlines are not allowed in XML 1.0.
  return text
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, named on purpose
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The style index a cell's attributes name (0 when none). */
export function cellStyle(attributes: string): number {
  return Number(attribute(attributes, 's') ?? 0);
}

function cellXml(prefix: string, attributes: string, write: CellWrite): string {
  let attrs = attributes.replace(/\s+t\s*=\s*("[^"]*"|'[^']*')/, '').replace(/\s+$/, '');
  if (write.type === 'number' && write.style !== undefined) {
    attrs = /\ss\s*=/.test(attrs) ? attrs.replace(/(\ss\s*=\s*)("[^"]*"|'[^']*')/, `$1"${write.style}"`) : `${attrs} s="${write.style}"`;
  }
  const c = `${prefix}c`;
  switch (write.type) {
    case 'empty':
      return `<${c}${attrs}/>`;
    case 'number':
      return `<${c}${attrs}><${prefix}v>${String(write.value)}</${prefix}v></${c}>`;
    case 'string':
      return `<${c}${attrs} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(write.text)}</${prefix}t></${prefix}is></${c}>`;
  }
}

const columnOf = (address: string): number => parseAddress(address)?.column ?? -1;

/** The row's cells with the new ones put in column order; `spans` widened when they reach past it. */
function insertIntoRow(prefix: string, attributes: string, inner: string, cells: readonly [string, string][]): string {
  let body = inner;
  for (const [address, xml] of [...cells].sort((a, b) => columnOf(a[0]) - columnOf(b[0]))) {
    let at = body.length;
    for (const match of body.matchAll(CELL)) {
      const r = attribute(match[2], 'r');
      if (r !== undefined && columnOf(r) > columnOf(address)) {
        at = match.index ?? at;
        break;
      }
    }
    body = body.slice(0, at) + xml + body.slice(at);
  }
  let attrs = attributes.replace(/\s+$/, '');
  const spans = /(\sspans\s*=\s*")(\d+):(\d+)(")/.exec(attrs);
  if (spans !== null) {
    const columns = cells.map(([address]) => columnOf(address) + 1);
    const from = Math.min(Number(spans[2]), ...columns);
    const to = Math.max(Number(spans[3]), ...columns);
    attrs = attrs.replace(spans[0], `${spans[1]}${from}:${to}${spans[4]}`);
  }
  return `<${prefix}row${attrs}>${body}</${prefix}row>`;
}

/**
 * The part's XML with the cells written. Cells holding a formula are never changed (the fix
 * would replace what the user wrote with a constant); they are listed in `formulas`.
 */
export function patchSheetXml(xml: string, writes: ReadonlyMap<string, CellWrite>): SheetPatch {
  const written: string[] = [];
  const formulas: string[] = [];
  const pending = new Map(writes);
  let out = xml.replace(CELL, (whole, prefix: string, attributes: string, _end: string, inner: string | undefined) => {
    const r = attribute(attributes, 'r');
    const write = r === undefined ? undefined : pending.get(r);
    if (r === undefined || write === undefined) return whole;
    pending.delete(r);
    if (inner !== undefined && new RegExp(`<${prefix}f[\\s>/]`).test(inner)) {
      formulas.push(r);
      return whole;
    }
    written.push(r);
    return cellXml(prefix, attributes, write);
  });
  if (pending.size === 0) return { xml: out, written, formulas };

  // Cells not in the XML yet (an empty goal part): into their row, or a new row.
  const prefix = /<((?:[\w.-]+:)?)sheetData\b/.exec(out)?.[1] ?? '';
  const byRow = new Map<number, [string, string][]>();
  for (const [address, write] of pending) {
    if (write.type === 'empty') continue;
    const at = parseAddress(address);
    if (at === null) continue;
    const list = byRow.get(at.row + 1) ?? [];
    list.push([address, cellXml(prefix, ` r="${address}"`, write)]);
    byRow.set(at.row + 1, list);
    written.push(address);
  }
  out = out.replace(ROW, (whole, rowPrefix: string, attributes: string, _end: string, inner: string | undefined) => {
    const r = Number(attribute(attributes, 'r'));
    const cells = byRow.get(r);
    if (cells === undefined) return whole;
    byRow.delete(r);
    return insertIntoRow(rowPrefix, attributes, inner ?? '', cells);
  });
  for (const [r, cells] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const row = insertIntoRow(prefix, ` r="${r}"`, '', cells);
    let at = -1;
    for (const match of out.matchAll(ROW)) {
      if (Number(attribute(match[2], 'r')) > r) {
        at = match.index ?? -1;
        break;
      }
    }
    if (at >= 0) out = out.slice(0, at) + row + out.slice(at);
    else if (new RegExp(`<${prefix}sheetData\\s*/>`).test(out)) out = out.replace(new RegExp(`<${prefix}sheetData\\s*/>`), `<${prefix}sheetData>${row}</${prefix}sheetData>`);
    else out = out.replace(`</${prefix}sheetData>`, `${row}</${prefix}sheetData>`);
  }
  return { xml: out, written, formulas };
}
