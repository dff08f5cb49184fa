/**
 * Writes a report back into the user's own workbook: a `Funn` sheet listing every finding
 * with a link to its cell, a `Nøkkeltall` sheet with the key figures and goal attainment, and a
 * note (comment) and a colour (a conditional format, marks.ts) on each cell that has findings; the
 * file opens on the Funn sheet.
 *
 * The user's data is not touched: no value, formula, fill, font or number format of theirs
 * changes. The colour is a conditional format rather than a fill, because a changed fill would be
 * indistinguishable from the programme's own formatting once the file is sent on. A note the user already had is
 * kept, with ours appended after a marker, and annotating again replaces our part (and the
 * Funn sheet) instead of adding to it. Browser-safe.
 */
import * as ExcelJS from 'exceljs';
import { ADDIN_SHEETS, Finding, Lang, maskPersonalIds, normalizeKey, Report, ruleFix, severityRank, sideBySide, UI } from '../../engine';
import type { Explanation } from '../../engine';
import { COLORS, HEADER_STYLE } from './styles';
import { NoteTexts, readNoteTexts } from './notes';
import { guardPackage, loadWorkbook, toBytes, workbookBytes } from './workbook-io';
import { liftDeclarations } from './lifted-xml';
import { writeKeyFiguresSheet } from './key-figures-sheet';
import { maskWorksheet } from './mask-workbook';
import { writeExplanationSheet } from './explanation-sheet';
import { replaceOwnSheet } from '../own-sheets';
import { colourMarks, openOn } from './marks';
import { REPORT_TEXT } from '../../report/texts';

/** Starts our part of a note; everything from it to the end of the note is ours. */
export const NOTE_MARKER = '[Rapportsjekk]';
/** What the copy lacks of the original, for the page to say (the same chunk: it is asked for with the copy). */
export { copyLosses } from './copy-losses';

/** The Funn sheet's own words; the column headers and «no findings» are the reporters' (REPORT_TEXT). */
interface FunnWords {
  readonly title: string;
  readonly untouched: string;
  readonly sheet: string;
  readonly explanation: string;
  counts(errors: number, warnings: number, infos: number): string;
}

const WORDS = sideBySide<FunnWords>({
  title: ['Funn fra Rapportsjekk', 'Findings from Rapportsjekk'],
  untouched: [
    'Rapportsjekk har lagt til dette arket og en merknad på hver celle med funn. Ingen verdier, formler eller formater i arbeidsboken er endret.',
    'Rapportsjekk added this sheet and a note on every cell with findings. No value, formula or format in the workbook was changed.',
  ],
  sheet: ['Ark', 'Sheet'],
  explanation: ['Forklaring fra programmet', "The programme's explanation"],
  counts: [(e, w, i) => `${e} feil, ${w} advarsler, ${i} info`, (e, w, i) => `${e} errors, ${w} warnings, ${i} info`],
});

function headers(lang: Lang): string[] {
  const [words, r] = [WORDS[lang], REPORT_TEXT[lang]];
  return [r.severity, words.sheet, r.cell, r.rule, r.message, r.howToFix, words.explanation];
}

const WIDTHS = [12, 16, 14, 30, 80, 60, 50];
const HEADER_ROW = 4;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function findWorksheet(workbook: ExcelJS.Workbook, name: string | null): ExcelJS.Worksheet | undefined {
  if (name === null) return undefined;
  const wanted = normalizeKey(name);
  return workbook.worksheets.find((ws) => ws.name === name) ?? workbook.worksheets.find((ws) => normalizeKey(ws.name) === wanted);
}

/** `'Mål'!B3` for a formula; quotes inside sheet names are doubled. */
function reference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function linkCell(cell: ExcelJS.Cell, worksheet: ExcelJS.Worksheet | undefined, address: string | null, lang: Lang): void {
  const text = address ?? REPORT_TEXT[lang].wholeSheet;
  if (worksheet === undefined) {
    cell.value = address;
    return;
  }
  // A HYPERLINK formula jumps inside the workbook in Excel and LibreOffice alike.
  const target = `#${reference(worksheet.name, address ?? 'A1')}`;
  cell.value = { formula: `HYPERLINK(${formulaText(target)},${formulaText(text)})`, result: text };
  cell.font = { color: { argb: COLORS.link }, underline: true };
}


/**
 * Room for the wrapped message, advice and explanation: ExcelJS writes no height, and Excel and
 * LibreOffice only grow a row for wrapped text when they edit it, so without one lines overlap.
 * About one character per unit of column width.
 */
function rowHeight(row: ExcelJS.Row): number {
  const lines = [5, 6, 7].map((column) => Math.ceil(String(row.getCell(column).value ?? '').length / (WIDTHS[column - 1] * 0.95)));
  return 15 * Math.max(1, ...lines);
}

/** What marks a findings sheet as ours: the line in A2 saying we added it (either language). */
const FINDINGS_MARKERS = [WORDS.nb.untouched, WORDS.en.untouched];

function writeFindingsSheet(workbook: ExcelJS.Workbook, report: Report, lang: Lang): ExcelJS.Worksheet {
  // Our earlier Funn sheet, by its marker; a user's own «Funn» or «FUNN» is never replaced.
  const sheet = replaceOwnSheet(workbook, ADDIN_SHEETS.findings, FINDINGS_MARKERS);
  const words = WORDS[lang];
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.getCell('A1').value = `${words.title}: ${words.counts(report.counts.error, report.counts.warning, report.counts.info)}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = words.untouched;
  sheet.getCell('A2').font = { italic: true, color: { argb: COLORS.note } };
  const header = sheet.getRow(HEADER_ROW);
  header.values = headers(lang);
  header.eachCell((cell) => {
    cell.style = { ...HEADER_STYLE };
  });
  const findings = bySeverity(report.findings);
  if (findings.length === 0) sheet.getCell(HEADER_ROW + 1, 1).value = REPORT_TEXT[lang].noFindings;
  findings.forEach((finding, i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    const target = findWorksheet(workbook, finding.sheet);
    row.getCell(1).value = capitalise(UI[lang].severity[finding.severity]);
    row.getCell(2).value = finding.sheet;
    linkCell(row.getCell(3), target, finding.cell, lang);
    row.getCell(4).value = finding.rule;
    row.getCell(5).value = maskPersonalIds(finding.message);
    row.getCell(6).value = ruleFix(finding.rule, lang);
    row.getCell(7).value = finding.explanation === undefined ? null : maskPersonalIds(finding.explanation);
    for (const column of [5, 6, 7]) row.getCell(column).alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(row);
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }];
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: WIDTHS.length } };
  return sheet;
}

// ---------------------------------------------------------------- notes

type NoteRun = ExcelJS.RichText;

function noteRuns(note: ExcelJS.Cell['note'] | undefined): NoteRun[] {
  if (note === undefined || note === null) return [];
  if (typeof note === 'string') return [{ text: note }];
  return (note.texts ?? []).map((run) => ({ ...run }));
}

/** The runs of a note without our part (the marker and everything after it). */
function withoutOurPart(runs: readonly NoteRun[]): NoteRun[] {
  const kept: NoteRun[] = [];
  for (const run of runs) {
    const at = run.text.indexOf(NOTE_MARKER);
    if (at === -1) {
      kept.push(run);
      continue;
    }
    const before = run.text.slice(0, at).replace(/\s+$/, '');
    if (before !== '') kept.push({ ...run, text: before });
    break;
  }
  return kept.some((run) => run.text.trim() !== '') ? kept : [];
}

function setNote(cell: ExcelJS.Cell, runs: NoteRun[]): void {
  if (runs.length === 0) {
    // ExcelJS has no API to remove a note: assigning undefined writes an empty one. A cell
    // keeps its note in `_comment`, and a loaded one also in its value's model; clear both.
    const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    internals._comment = undefined;
    if (internals._value?.model !== undefined) delete internals._value.model.comment;
    return;
  }
  const old = cell.note;
  const base = typeof old === 'object' && old !== null ? old : {};
  cell.note = { ...base, texts: runs };
}

/**
 * Goes through every note in the package (ExcelJS cannot list notes on empty cells): puts back
 * the ones ExcelJS dropped, and removes our part of each, so a re-run does not stack findings.
 */
function resetNotes(workbook: ExcelJS.Workbook, notes: NoteTexts): void {
  for (const worksheet of workbook.worksheets) {
    for (const [address, text] of notes.get(worksheet.name) ?? []) {
      const cell = worksheet.getCell(address);
      const runs = cell.note === undefined ? [{ text }] : noteRuns(cell.note);
      if (runs.some((run) => run.text.includes(NOTE_MARKER))) setNote(cell, withoutOurPart(runs));
      else if (cell.note === undefined) setNote(cell, runs);
    }
  }
}

function noteText(findings: readonly Finding[], lang: Lang): string {
  const lines = findings.map((f) => `${capitalise(UI[lang].severity[f.severity])} (${f.rule}): ${maskPersonalIds(f.message)}`);
  return `${NOTE_MARKER}\n${lines.join('\n')}`;
}

function addNotes(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): void {
  const byCell = new Map<string, { worksheet: ExcelJS.Worksheet; cell: string; findings: Finding[] }>();
  for (const finding of findings) {
    const worksheet = findWorksheet(workbook, finding.sheet);
    if (worksheet === undefined || finding.cell === null) continue;
    const key = `${worksheet.name}!${finding.cell}`;
    const entry = byCell.get(key) ?? { worksheet, cell: finding.cell, findings: [] };
    entry.findings.push(finding);
    byCell.set(key, entry);
  }
  for (const { worksheet, cell: address, findings: here } of byCell.values()) {
    const cell = worksheet.getCell(address);
    const own = withoutOurPart(noteRuns(cell.note));
    const separator = own.length > 0 ? '\n\n' : '';
    setNote(cell, [...own, { text: `${separator}${noteText(bySeverity(here), lang)}` }]);
  }
}

/** Errors first, then warnings, then info; within each, the Report's one order (stable sort). */
const bySeverity = (findings: readonly Finding[]): Finding[] =>
  [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));

/**
 * Opens the workbook, replaces the Funn sheet and our notes, and returns the new file.
 * Everything ExcelJS can round-trip is kept (values, formulas, styles, merges, validations,
 * notes, hidden sheets, defined names); see the test for what is checked.
 */
export interface AnnotateOptions {
  /**
   * The explanations the workbook should carry: its explanation sheet is replaced by them in
   * the same pass (the browser page's explanations, saved since the file was opened).
   */
  readonly explanations?: readonly Explanation[];
}

export async function annotateWorkbook(
  data: ArrayBuffer | Uint8Array,
  report: Report,
  lang: Lang = report.lang,
  options: AnnotateOptions = {},
): Promise<Uint8Array> {
  const bytes = toBytes(data);
  await guardPackage(bytes);
  // Validations and defined names ExcelJS would expand cell by cell go round it, byte for byte.
  const lifted = await liftDeclarations(bytes);
  const workbook = await loadWorkbook(lifted.bytes);
  if (options.explanations !== undefined) writeExplanationSheet(workbook, options.explanations);
  resetNotes(workbook, await readNoteTexts(bytes));
  const findingsSheet = writeFindingsSheet(workbook, report, lang);
  const keyFiguresSheet = writeKeyFiguresSheet(workbook, report);
  // The choke point for what we add (the user's own cells stay as they are).
  for (const own of [findingsSheet, keyFiguresSheet]) maskWorksheet(own);
  addNotes(workbook, report.findings, lang);
  const bySheet = new Map<ExcelJS.Worksheet, Finding[]>();
  for (const finding of report.findings) {
    const worksheet = findWorksheet(workbook, finding.sheet);
    if (worksheet !== undefined) bySheet.set(worksheet, [...(bySheet.get(worksheet) ?? []), finding]);
  }
  // Every sheet, so a re-run clears the colour of cells that no longer have findings.
  for (const worksheet of workbook.worksheets) {
    if (worksheet !== findingsSheet && worksheet !== keyFiguresSheet) colourMarks(worksheet, bySheet.get(worksheet) ?? []);
  }
  openOn(workbook, findingsSheet);
  return lifted.restore(await workbookBytes(workbook));
}
