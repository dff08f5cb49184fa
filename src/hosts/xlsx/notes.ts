/**
 * Notes (legacy comments) read straight from the package. ExcelJS attaches a note only to a
 * cell that is in the sheet data, so a note on an empty, unformatted cell is dropped when it
 * loads a file, and would be lost when the file is written back. Annotation reads them here
 * and puts them back. Browser-safe: JSZip and regular expressions over the OOXML parts.
 */
import JSZip from 'jszip';
import { attribute, decodeXml, folderOf, partText, relationships, relsPathOf, sheetParts } from './package-parts';

/** Sheet name → cell address → note text. */
export type NoteTexts = Map<string, Map<string, string>>;

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
  for (const [name, part] of await sheetParts(zip)) {
    const rels = await partText(zip, relsPathOf(part));
    if (rels === null) continue;
    for (const commentsPart of relationships(rels, folderOf(part), '/comments').values()) {
      const xml = await partText(zip, commentsPart);
      if (xml !== null) result.set(name, commentTexts(xml));
    }
  }
  return result;
}
