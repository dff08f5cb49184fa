/**
 * Sheets Rapportsjekk writes (the marked copy's findings and key figures, the add-in's key
 * figures) are recognised by what we put in them, never by their name alone: «Nøkkeltall» and
 * «Funn» are ordinary Norwegian sheet names, and a user's sheet of that name must never be
 * deleted or overwritten (Excel cannot undo a deleted sheet). Our sheets carry a marker text in
 * A2, in either language; a sheet of the name without it is the user's, and ours gets the first
 * free name beside it. Names are compared as Excel does, without case. Host-neutral.
 */
import type * as ExcelJS from 'exceljs';
import { KEY_FIGURE_TEXTS } from '../report/key-figures-layout';

/** Where our marker text stands in every sheet we write. */
export const MARKER_CELL = 'A2';

/** The key-figures sheet's marker: its notice line, in either language. */
export const KEY_FIGURES_MARKERS: readonly string[] = [KEY_FIGURE_TEXTS.nb.notice, KEY_FIGURE_TEXTS.en.notice];

export function hasMarker(a2: unknown, markers: readonly string[]): boolean {
  return typeof a2 === 'string' && markers.includes(a2.trim());
}

/** `base`, or `base (Rapportsjekk)`, `base (Rapportsjekk 2)`, … : the first name no sheet has. */
/**
 * Adds our sheet to an ExcelJS workbook in place of our earlier one (found by its marker, and
 * keeping its name), or under the first free name: a user's sheet is never removed.
 */
export function replaceOwnSheet(workbook: ExcelJS.Workbook, base: string, markers: readonly string[]): ExcelJS.Worksheet {
  const ours = workbook.worksheets.find((ws) => hasMarker(ws.getCell(MARKER_CELL).value, markers));
  if (ours === undefined) return workbook.addWorksheet(freeSheetName(base, workbook.worksheets.map((ws) => ws.name)));
  const name = ours.name;
  workbook.removeWorksheet(ours.id);
  return workbook.addWorksheet(name);
}

export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (Rapportsjekk)` : `${base} (Rapportsjekk ${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
