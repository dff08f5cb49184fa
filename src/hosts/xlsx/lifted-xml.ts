/**
 * Declarations ExcelJS expands cell by cell, kept out of its reach and put back byte for byte.
 *
 * ExcelJS turns a data validation's range and a defined name's range into one entry per cell:
 * a dropdown over `A1:XFD1048576` or a name over a whole sheet is 17 billion entries, which
 * takes minutes and gigabytes before it fails. The marked copy adds sheets and notes and never
 * changes these declarations, so before ExcelJS loads the package they are lifted out of its
 * XML (the worksheets' `<dataValidations>`, the workbook's `<definedNames>`), and after it has
 * written the copy the original XML goes back into the written parts, found by sheet name.
 * Column declarations past the last column (XFD, 16 384) are cut to it: no such columns exist.
 * The user's conditional formats go round ExcelJS the same way (lifted-formats.ts), and so do the
 * worksheet extensions ExcelJS would drop (lifted-ext.ts: dropdowns listing another sheet,
 * sparklines).
 *
 * Only unprefixed elements (Excel's own shape) are lifted; a prefixed package is left to ExcelJS
 * as before. Browser-safe: JSZip and regular expressions.
 */
import JSZip from 'jszip';
import { liftExtensions, restoreExtensions } from './lifted-ext';
import { appendDifferentialFormats, differentialFormats, liftFormats, restoreFormats } from './lifted-formats';
import { attribute, partText, relationships, sheetParts } from './package-parts';

const MAX_COLUMN = 16_384;
const VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/g;
const DEFINED_NAMES = /<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/;
const COL = /<col\b[^>]*>/g;
/** What follows `<dataValidations>` in a worksheet (CT_Worksheet's order): it goes before the first. */
const AFTER_VALIDATIONS = [
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems',
  'tableParts', 'extLst',
];

export interface LiftedPackage {
  /** The package for ExcelJS, without the lifted declarations. */
  readonly bytes: Uint8Array;
  /** Puts the lifted XML back into the package ExcelJS wrote. */
  restore(written: Uint8Array): Promise<Uint8Array>;
}

/** The styles part, as the workbook's relationships name it. */
async function stylesPart(zip: JSZip): Promise<string | null> {
  const rels = await partText(zip, 'xl/_rels/workbook.xml.rels');
  return rels === null ? null : ([...relationships(rels, 'xl', '/styles').values()][0] ?? null);
}

/** Sheet names in tab order (what a defined name's localSheetId counts). */
function sheetOrder(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => attribute(tag, 'name') ?? '');
}

/** `<col max="200000000">` → `max="16384"`; a column declaration wholly past XFD goes. */
function clampColumns(xml: string): string {
  return xml.replace(COL, (tag) => {
    const min = Number(attribute(tag, 'min'));
    const max = Number(attribute(tag, 'max'));
    if (min > MAX_COLUMN) return tag.endsWith('/>') ? '' : tag; // an open <col> keeps its shape
    return max > MAX_COLUMN ? tag.replace(/(\smax\s*=\s*)(["'])\d+\2/, `$1$2${MAX_COLUMN}$2`) : tag;
  });
}

function insertValidations(sheetXml: string, validations: string): string {
  for (const name of AFTER_VALIDATIONS) {
    const at = sheetXml.search(new RegExp(`<${name}[\\s/>]`));
    if (at !== -1) return sheetXml.slice(0, at) + validations + sheetXml.slice(at);
  }
  const end = sheetXml.lastIndexOf('</worksheet>');
  return end === -1 ? sheetXml : sheetXml.slice(0, end) + validations + sheetXml.slice(end);
}

/** The original defined names, their localSheetId moved to where the sheet of that index is now. */
function restoreDefinedNames(written: string, block: string, before: readonly string[]): string {
  const after = sheetOrder(written);
  const moved = block.replace(/(<definedName\b[^>]*?\slocalSheetId\s*=\s*)(["'])(\d+)\2/g, (whole, head: string, quote: string, index: string) => {
    const now = after.indexOf(before[Number(index)] ?? '\u0000');
    return now === -1 ? whole : `${head}${quote}${now}${quote}`;
  });
  const existing = DEFINED_NAMES.exec(written);
  if (existing === null) return written.replace('</sheets>', `</sheets>${moved}`);
  // ExcelJS wrote names of its own (print areas of our sheets): keep both, ours after the user's.
  const inner = (xml: string): string => xml.replace(/^<definedNames\b[^>]*>/, '').replace(/<\/definedNames>$/, '');
  const merged = moved.endsWith('/>') ? existing[0] : `<definedNames>${inner(moved)}${existing[0].endsWith('/>') ? '' : inner(existing[0])}</definedNames>`;
  return written.replace(existing[0], () => merged);
}

/** Each lifted sheet's XML, in the written package, through `put` (sheets found by name). */
async function rewriteSheets<T>(out: JSZip, parts: ReadonlyMap<string, string>, lifted: ReadonlyMap<string, T>, put: (xml: string, value: T) => string): Promise<void> {
  for (const [name, value] of lifted) {
    const part = parts.get(name);
    const sheetXml = part === undefined ? undefined : await out.file(part)?.async('string');
    if (part !== undefined && sheetXml !== undefined) out.file(part, put(sheetXml, value));
  }
}

export async function liftDeclarations(bytes: Uint8Array): Promise<LiftedPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const validations = new Map<string, string>(); // sheet name → its <dataValidations> XML
  const formats = new Map<string, readonly string[]>(); // sheet name → its own <conditionalFormatting> blocks
  const extensions = new Map<string, readonly string[]>(); // sheet name → the <ext> elements ExcelJS would drop
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? null;
  const definedNames = workbookXml === null ? null : (DEFINED_NAMES.exec(workbookXml)?.[0] ?? null);
  let changed = definedNames !== null;
  if (workbookXml !== null && definedNames !== null) zip.file('xl/workbook.xml', workbookXml.replace(definedNames, ''));
  for (const [name, part] of await sheetParts(zip)) {
    const xml = await zip.file(part)?.async('string');
    if (xml === undefined) continue;
    const lifted = [...xml.matchAll(VALIDATIONS)].map(([element]) => element);
    const withoutFormats = liftFormats(xml);
    const withoutExtensions = liftExtensions(withoutFormats.kept);
    const kept = clampColumns(lifted.reduce((text, element) => text.replace(element, ''), withoutExtensions.kept));
    if (kept === xml) continue;
    if (lifted.length > 0) validations.set(name, lifted.join(''));
    if (withoutFormats.lifted.length > 0) formats.set(name, withoutFormats.lifted);
    if (withoutExtensions.lifted.length > 0) extensions.set(name, withoutExtensions.lifted);
    zip.file(part, kept);
    changed = true;
  }
  if (!changed) return { bytes, restore: async (written) => written };
  const order = workbookXml === null ? [] : sheetOrder(workbookXml);
  const originalStyles = formats.size === 0 ? null : await stylesPart(zip);
  const dxfs = originalStyles === null ? [] : differentialFormats((await partText(zip, originalStyles)) ?? '');
  return {
    bytes: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }),
    async restore(written) {
      const out = await JSZip.loadAsync(written);
      const parts = await sheetParts(out);
      const writtenStyles = formats.size === 0 ? null : await stylesPart(out);
      const stylesXml = writtenStyles === null ? null : await partText(out, writtenStyles);
      const styles = stylesXml === null ? { xml: null, moved: new Map<number, number>() } : appendDifferentialFormats(stylesXml, dxfs, [...formats.values()].flat());
      if (writtenStyles !== null && styles.xml !== null) out.file(writtenStyles, styles.xml);
      await rewriteSheets(out, parts, formats, (xml, blocks) => restoreFormats(xml, blocks, styles.moved));
      await rewriteSheets(out, parts, validations, insertValidations);
      await rewriteSheets(out, parts, extensions, restoreExtensions);
      const writtenWorkbook = await out.file('xl/workbook.xml')?.async('string');
      if (definedNames !== null && writtenWorkbook !== undefined) out.file('xl/workbook.xml', restoreDefinedNames(writtenWorkbook, definedNames, order));
      return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    },
  };
}
