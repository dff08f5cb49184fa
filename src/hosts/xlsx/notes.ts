/**
 * Notes (legacy comments) read straight from the package. ExcelJS attaches a note only to a
 * cell that is in the sheet data, so a note on an empty, unformatted cell is dropped when it
 * loads a file, and would be lost when the file is written back. Annotation reads them here
 * and puts them back. Browser-safe: JSZip and regular expressions over the OOXML parts.
 */
import JSZip from 'jszip';

/** Sheet name → cell address → note text. */
export type NoteTexts = Map<string, Map<string, string>>;

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : dec !== undefined ? String.fromCodePoint(Number(dec)) : NAMED[(name ?? '').toLowerCase()],
  );
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match === null ? undefined : decodeXml(match[2] ?? match[3]);
}

/** Relationship id → target, resolved against the folder of the part that owns the rels. */
function relationships(xml: string, folder: string, typeSuffix?: string): Map<string, string> {
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

const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};
const folderOf = (part: string): string => part.slice(0, Math.max(0, part.lastIndexOf('/')));

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file === null ? null : file.async('string');
}

function commentTexts(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of xml.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)) {
    const ref = attribute(match[1], 'ref');
    if (ref === undefined) continue;
    const runs = [...match[2].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1]));
    out.set(ref.toUpperCase(), runs.join(''));
  }
  return out;
}

/** Every note in the package, by sheet name and cell. */
export async function readNoteTexts(bytes: Uint8Array): Promise<NoteTexts> {
  const zip = await JSZip.loadAsync(bytes);
  const result: NoteTexts = new Map();
  const workbookXml = await text(zip, 'xl/workbook.xml');
  const workbookRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  if (workbookXml === null || workbookRels === null) return result;
  const sheetParts = relationships(workbookRels, 'xl');
  for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const part = sheetParts.get(attribute(tag, 'r:id') ?? '');
    if (name === undefined || part === undefined) continue;
    const rels = await text(zip, relsPathOf(part));
    if (rels === null) continue;
    for (const commentsPart of relationships(rels, folderOf(part), '/comments').values()) {
      const xml = await text(zip, commentsPart);
      if (xml !== null) result.set(name, commentTexts(xml));
    }
  }
  return result;
}
