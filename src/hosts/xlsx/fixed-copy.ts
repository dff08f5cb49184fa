/**
 * The fixed copy (`…-rettet.xlsx`): the user's file with exactly the chosen fixes written in.
 * It patches the worksheet XML inside the zip instead of loading and re-saving the workbook, so
 * every other cell, format, formula, note, chart and validation stays byte for byte. Changed are
 * only: the worksheet parts that hold a fixed cell; styles.xml gains one date style per style a
 * text date had; workbook.xml asks Excel to recalculate on opening when the workbook has formulas
 * (their saved results may depend on a fixed cell). Browser-safe: JSZip, no ExcelJS.
 */
import JSZip from 'jszip';
import { CellFix, dateToExcelSerial } from '../../engine';
import { checkContainer } from './container';
import { partText, sheetParts } from './package-parts';
import { cellStyle, CellWrite, patchSheetXml } from './sheet-xml';
import { DateStyles } from './date-styles';

export type SkipReason = 'formula' | 'no-sheet';

export interface FixedCopy {
  readonly bytes: Uint8Array;
  readonly applied: readonly CellFix[];
  readonly skipped: readonly { readonly fix: CellFix; readonly reason: SkipReason }[];
}

const STYLES_PART = 'xl/styles.xml';
const WORKBOOK_PART = 'xl/workbook.xml';

/** The style attribute of each cell the fixes write a date into, by address. */
function stylesOfCells(xml: string, addresses: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?c\b([^>]*?)\/?>/g)) {
    const r = /\sr\s*=\s*"([^"]*)"/.exec(match[1])?.[1];
    if (r !== undefined && addresses.has(r)) out.set(r, cellStyle(match[1]));
  }
  return out;
}

function toWrite(fix: CellFix, dateStyle: (address: string) => number | undefined): CellWrite {
  const value = fix.newValue;
  if (value === null) return { type: 'empty' };
  if (typeof value === 'string') return { type: 'string', text: value };
  if (typeof value === 'number') return { type: 'number', value };
  return { type: 'number', value: dateToExcelSerial(value), style: dateStyle(fix.cell) };
}

/** Ask Excel to recalculate formulas when the copy is opened (their cached results may be stale). */
export function withFullCalcOnLoad(workbookXml: string): string {
  if (/<(?:[\w.-]+:)?calcPr\b[^>]*\sfullCalcOnLoad\s*=\s*"(?:1|true)"/.test(workbookXml)) return workbookXml;
  const existing = /<((?:[\w.-]+:)?)calcPr\b([^>]*?)(\/?)>/.exec(workbookXml);
  if (existing !== null) {
    const attrs = existing[2].replace(/\s+fullCalcOnLoad\s*=\s*"[^"]*"/, '').replace(/\s+$/, '');
    return workbookXml.replace(existing[0], `<${existing[1]}calcPr${attrs} fullCalcOnLoad="1"${existing[3]}>`);
  }
  const prefix = /<((?:[\w.-]+:)?)workbook\b/.exec(workbookXml)?.[1] ?? '';
  // The schema's order: sheets, (functionGroups, externalReferences,) definedNames, calcPr.
  const after = ['definedNames', 'externalReferences', 'functionGroups', 'sheets']
    .map((tag) => new RegExp(`</${prefix}${tag}>|<${prefix}${tag}\\b[^>]*/>`).exec(workbookXml))
    .find((match) => match !== null);
  if (after === undefined || after === null) return workbookXml;
  const at = (after.index ?? 0) + after[0].length;
  return `${workbookXml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${workbookXml.slice(at)}`;
}

export async function writeFixedCopy(original: Uint8Array, fixes: readonly CellFix[]): Promise<FixedCopy> {
  checkContainer(original);
  const zip = await JSZip.loadAsync(original);
  const parts = await sheetParts(zip);
  const applied: CellFix[] = [];
  const skipped: { fix: CellFix; reason: SkipReason }[] = [];
  const bySheet = new Map<string, CellFix[]>();
  for (const fix of fixes) {
    if (!parts.has(fix.sheet)) skipped.push({ fix, reason: 'no-sheet' });
    else bySheet.set(fix.sheet, [...(bySheet.get(fix.sheet) ?? []), fix]);
  }

  const stylesXml = await partText(zip, STYLES_PART);
  const dateStyles = stylesXml === null ? null : new DateStyles(stylesXml);
  let anyFormula = false;
  for (const [sheet, part] of parts) {
    const xml = (await partText(zip, part)) ?? '';
    anyFormula ||= /<(?:[\w.-]+:)?f[\s>/]/.test(xml);
    const sheetFixes = bySheet.get(sheet);
    if (sheetFixes === undefined) continue;
    const dates = new Set(sheetFixes.filter((f) => f.newValue instanceof Date).map((f) => f.cell));
    const styles = dates.size === 0 ? new Map<string, number>() : stylesOfCells(xml, dates);
    const dateStyle = (address: string): number | undefined => dateStyles?.dateStyleFor(styles.get(address) ?? 0);
    const writes = new Map(sheetFixes.map((fix) => [fix.cell, toWrite(fix, dateStyle)]));
    const patch = patchSheetXml(xml, writes);
    const formulas = new Set(patch.formulas);
    for (const fix of sheetFixes) {
      if (formulas.has(fix.cell)) skipped.push({ fix, reason: 'formula' });
      else applied.push(fix);
    }
    if (patch.written.length > 0) zip.file(part, patch.xml);
  }
  if (dateStyles?.changed) zip.file(STYLES_PART, dateStyles.xml);
  if (anyFormula && applied.length > 0) {
    const workbookXml = await partText(zip, WORKBOOK_PART);
    if (workbookXml !== null) {
      const updated = withFullCalcOnLoad(workbookXml);
      if (updated !== workbookXml) zip.file(WORKBOOK_PART, updated);
    }
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes, applied, skipped };
}
