/**
 * The user's conditional formats, kept out of ExcelJS's reach and put back as they were.
 *
 * ExcelJS keeps a conditional format's range as text (one over A1:XFD1048576 costs nothing), but
 * it rewrites each rule from its own model and loses what that model lacks (a rule's
 * `stopIfTrue`, for one). The marked copy adds conditional formats of its own (marks.ts) and
 * never changes the user's, so the user's `<conditionalFormatting>` blocks are lifted out of
 * each worksheet before ExcelJS loads the package, with the differential formats (`<dxfs>`) of
 * the styles part they point at, and put back into the written copy: the blocks byte for byte
 * but for `dxfId` (the formats they use are appended after the ones ExcelJS wrote for ours, so
 * the index moves), ahead of ours, whose priorities move after the user's highest.
 * Our own blocks (their formula is MARK_FORMULA) stay with ExcelJS, which replaces them.
 *
 * Only unprefixed elements (Excel's own shape) are lifted. Browser-safe: regular expressions.
 */
import { MARK_FORMULA } from './marks';

const FORMATS = /<conditionalFormatting\b[^>]*?(?:\/>|>[\s\S]*?<\/conditionalFormatting>)/g;
const DXFS = /<dxfs\b[^>]*?(?:\/>|>[\s\S]*?<\/dxfs>)/;
const DXF = /<dxf\b[^>]*?(?:\/>|>[\s\S]*?<\/dxf>)/g;
const OURS = [MARK_FORMULA, MARK_FORMULA.replace(/"/g, '&quot;')];
/** What follows `<conditionalFormatting>` in a worksheet (CT_Worksheet's order): it goes before the first. */
const AFTER_FORMATS = [
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties',
  'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
];
/** What follows `<dxfs>` in a styles part (CT_Stylesheet's order). */
const AFTER_DXFS = ['tableStyles', 'colors', 'extLst'];

const isOurs = (block: string): boolean => OURS.some((formula) => block.includes(`<formula>${formula}</formula>`));

/** The user's conditional formats of one worksheet, and the worksheet without them. */
export function liftFormats(sheetXml: string): { readonly kept: string; readonly lifted: readonly string[] } {
  const lifted = [...sheetXml.matchAll(FORMATS)].map(([block]) => block).filter((block) => !isOurs(block));
  return { kept: lifted.reduce((xml, block) => xml.replace(block, ''), sheetXml), lifted };
}

/** The differential formats of a styles part, in their order (what `dxfId` counts). */
export function differentialFormats(stylesXml: string): string[] {
  const block = DXFS.exec(stylesXml)?.[0] ?? '';
  return [...block.matchAll(DXF)].map(([dxf]) => dxf);
}

function insertBefore(xml: string, followers: readonly string[], closing: string, text: string): string {
  for (const name of followers) {
    const at = xml.search(new RegExp(`<${name}[\\s/>]`));
    if (at !== -1) return xml.slice(0, at) + text + xml.slice(at);
  }
  const end = xml.lastIndexOf(closing);
  return end === -1 ? xml : xml.slice(0, end) + text + xml.slice(end);
}

const DXF_ID = /(<cfRule\b[^>]*?\sdxfId=")(\d+)"/g;

/**
 * The written styles part with the differential formats the user's blocks use after its own,
 * and where each old index is now. Only the used ones travel: a format of an earlier marking of
 * ours, no longer pointed at, is not carried on from copy to copy.
 */
export function appendDifferentialFormats(stylesXml: string, dxfs: readonly string[], blocks: readonly string[]): { readonly xml: string; readonly moved: ReadonlyMap<number, number> } {
  const own = differentialFormats(stylesXml);
  const used = [...new Set(blocks.flatMap((block) => [...block.matchAll(DXF_ID)].map((m) => Number(m[2]))))].filter((id) => dxfs[id] !== undefined).sort((a, b) => a - b);
  const moved = new Map(used.map((id, position) => [id, own.length + position]));
  if (used.length === 0) return { xml: stylesXml, moved };
  const block = `<dxfs count="${own.length + used.length}">${own.join('')}${used.map((id) => dxfs[id]).join('')}</dxfs>`;
  const existing = DXFS.exec(stylesXml);
  const xml = existing !== null ? stylesXml.replace(existing[0], () => block) : insertBefore(stylesXml, AFTER_DXFS, '</styleSheet>', block);
  return { xml, moved };
}

const priorities = (xml: string): number[] => [...xml.matchAll(/<cfRule\b[^>]*?\spriority="(\d+)"/g)].map((m) => Number(m[1]));

/**
 * The written worksheet with the user's blocks back, ahead of ours: their `dxfId`s moved where
 * `moved` says, our rules' priorities moved after the user's highest (Excel wants them distinct).
 */
export function restoreFormats(writtenXml: string, lifted: readonly string[], moved: ReadonlyMap<number, number>): string {
  if (lifted.length === 0) return writtenXml;
  const highest = Math.max(0, ...lifted.flatMap(priorities));
  const ours = writtenXml.replace(FORMATS, (block) =>
    block.replace(/(<cfRule\b[^>]*?\spriority=")(\d+)"/g, (_, head: string, n: string) => `${head}${Number(n) + highest}"`),
  );
  const user = lifted
    .map((block) => block.replace(DXF_ID, (whole, head: string, n: string) => (moved.has(Number(n)) ? `${head}${moved.get(Number(n))}"` : whole)))
    .join('');
  const first = ours.search(/<conditionalFormatting[\s>]/);
  return first !== -1 ? ours.slice(0, first) + user + ours.slice(first) : insertBefore(ours, AFTER_FORMATS, '</worksheet>', user);
}
