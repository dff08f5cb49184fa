/**
 * Finding one's way in an xlsx package without loading it into a workbook model: XML entities,
 * attributes, relationships, and which part holds which sheet. Browser-safe: JSZip and regular
 * expressions over the OOXML parts (shared by the notes reader and the fixed copy).
 */
import JSZip from 'jszip';

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : dec !== undefined ? String.fromCodePoint(Number(dec)) : NAMED[(name ?? '').toLowerCase()],
  );
}

export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match === null ? undefined : decodeXml(match[2] ?? match[3]);
}

/** Relationship id → target, resolved against the folder of the part that owns the rels. */
export function relationships(xml: string, folder: string, typeSuffix?: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    const type = attribute(tag, 'Type') ?? '';
    if (id === undefined || target === undefined || (typeSuffix !== undefined && !type.endsWith(typeSuffix))) continue;
    out.set(id, resolvePath(folder, target));
  }
  return out;
}

function resolvePath(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = folder === '' ? [] : folder.split('/');
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};
export const folderOf = (part: string): string => part.slice(0, Math.max(0, part.lastIndexOf('/')));

export async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file === null ? null : file.async('string');
}

/** Sheet name (as the tab shows it) → the path of its part, in tab order. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const workbookXml = await partText(zip, 'xl/workbook.xml');
  const workbookRels = await partText(zip, 'xl/_rels/workbook.xml.rels');
  if (workbookXml === null || workbookRels === null) return result;
  const parts = relationships(workbookRels, 'xl');
  for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const part = parts.get(attribute(tag, 'r:id') ?? '');
    if (name !== undefined && part !== undefined) result.set(name, part);
  }
  return result;
}
