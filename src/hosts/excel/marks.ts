/// <reference types="office-js" />
/**
 * "Marker celler": colours finding cells by severity without touching anything of the user's.
 *
 * Why conditional formats: a mark must change no value, formula, fill, font, border, number
 * format or validation, and clearing must leave the workbook exactly as it was. Painting the
 * cell's own fill would overwrite the user's format, and restoring it afterwards breaks as soon
 * as the user edits a marked cell or saves while marked. Notes and comments are content. A
 * conditional format is a separate layer: it shows a fill while it exists, and deleting it
 * restores the cell's own look because that was never changed.
 *
 * Each mark's rule formula carries its own tag, `=ISTEXT("rapportsjekk:error")` (always TRUE),
 * so clearing finds our formats wherever they are — also after the workbook was saved and
 * reopened, or after a user copied a marked cell — and never touches a format of the user's.
 * No list of marks is kept anywhere that could go stale.
 *
 * Cells are merged into vertical runs and into blocks of equal runs side by side, and several
 * areas share one conditional format (Excel accepts area lists of up to 255 characters).
 * Batches are planned by the bytes they queue, one sync per batch.
 */
import type { Finding, Severity } from '../../engine';
import { normalizeKey, parseAddress, cellAddress, severityRank } from '../../engine';
import { HostBlockedError } from '../host-errors';
import { BATCH_BUDGET_BYTES, ExcelRun, jsonBytes, protectedSheets } from './run';

export const MARK_TAG = 'rapportsjekk';
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};
const MARK_FONT_COLORS: Readonly<Record<Severity, string>> = {
  error: '#9C0006',
  warning: '#9C5700',
  info: '#1F4E78',
};
const TAG_PATTERN = new RegExp(`"${MARK_TAG}:(error|warning|info)"`, 'i');
/** Excel refuses longer area lists in getRanges. */
export const MAX_AREA_LIST_CHARS = 255;

export function markFormula(severity: Severity): string {
  return `=ISTEXT("${MARK_TAG}:${severity}")`;
}

export function isMarkFormula(formula: string): boolean {
  return TAG_PATTERN.test(formula);
}

/** One conditional format to add: some areas of one sheet, one severity. */
export interface MarkGroup {
  readonly sheet: string;
  readonly severity: Severity;
  /** Comma-separated A1 areas, at most MAX_AREA_LIST_CHARS long. */
  readonly areas: string;
}

interface Run {
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Findings → conditional formats to add. A cell with several findings gets the most severe
 * one's colour; findings without a cell, or on a sheet that is not in the workbook, are skipped.
 */
export function planMarks(findings: readonly Finding[], sheetNames: readonly string[]): MarkGroup[] {
  const byKey = new Map(sheetNames.map((name) => [normalizeKey(name), name]));
  const worst = new Map<string, Map<string, { severity: Severity; row: number; column: number }>>();
  for (const finding of findings) {
    if (finding.sheet === null || finding.cell === null) continue;
    const sheet = byKey.get(normalizeKey(finding.sheet));
    const at = parseAddress(finding.cell.toUpperCase());
    if (sheet === undefined || at === null) continue;
    const cells = worst.get(sheet) ?? new Map();
    worst.set(sheet, cells);
    const key = `${at.row},${at.column}`;
    const known = cells.get(key);
    if (!known || severityRank(finding.severity) < severityRank(known.severity)) cells.set(key, { severity: finding.severity, ...at });
  }
  const groups: MarkGroup[] = [];
  for (const [sheet, cells] of worst) {
    for (const severity of ['info', 'warning', 'error'] as const) {
      const chosen = [...cells.values()].filter((c) => c.severity === severity);
      if (chosen.length === 0) continue;
      for (const areas of packAreas(rectangles(chosen).map(rectAddress))) groups.push({ sheet, severity, areas });
    }
  }
  return groups;
}

interface Rect {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Vertical runs per column, then equal runs in neighbouring columns joined into blocks. */
function rectangles(cells: readonly { row: number; column: number }[]): Rect[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Run[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.bottom === cell.row - 1) runs[runs.length - 1] = { ...last, bottom: cell.row };
    else runs.push({ column: cell.column, top: cell.row, bottom: cell.row });
  }
  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.column - b.column);
  const rects: Rect[] = [];
  for (const run of runs) {
    const last = rects[rects.length - 1];
    if (last && last.top === run.top && last.bottom === run.bottom && last.right === run.column - 1) rects[rects.length - 1] = { ...last, right: run.column };
    else rects.push({ top: run.top, bottom: run.bottom, left: run.column, right: run.column });
  }
  return rects;
}

function rectAddress(rect: Rect): string {
  const start = cellAddress(rect.top, rect.left);
  const end = cellAddress(rect.bottom, rect.right);
  return start === end ? start : `${start}:${end}`;
}

function packAreas(addresses: readonly string[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current !== '' && current.length + 1 + address.length > MAX_AREA_LIST_CHARS) {
      lists.push(current);
      current = '';
    }
    current = current === '' ? address : `${current},${address}`;
  }
  if (current !== '') lists.push(current);
  return lists;
}

/** What adding one group queues, as JSON bytes (the addresses travel with every call). */
function groupBytes(group: MarkGroup): number {
  const path = `worksheets.getItem(${JSON.stringify(group.sheet)}).getRanges(${JSON.stringify(group.areas)}).conditionalFormats.add("Custom")`;
  return jsonBytes([path, path, markFormula(group.severity), path, MARK_FILLS[group.severity], path, MARK_FONT_COLORS[group.severity]]) + 200;
}

/** Groups → batches whose queued requests stay within the budget. */
export function batchMarks(groups: readonly MarkGroup[], budgetBytes = BATCH_BUDGET_BYTES): MarkGroup[][] {
  const batches: MarkGroup[][] = [];
  let current: MarkGroup[] = [];
  let size = 0;
  for (const group of groups) {
    const bytes = groupBytes(group);
    if (current.length > 0 && size + bytes > budgetBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(group);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export interface MarkOptions {
  readonly budgetBytes?: number;
}

/**
 * Replaces any earlier marks with marks for these findings. Protected sheets (found in the first
 * sync) are left alone; when one of them had findings, the other sheets are marked and a
 * HostBlockedError names the protected ones.
 */
export async function markFindings(run: ExcelRun, findings: readonly Finding[], options: MarkOptions = {}): Promise<void> {
  const skipped = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/protection/protected');
    await context.sync();
    const locked = new Set(protectedSheets(worksheets.items));
    const open = worksheets.items.filter((sheet) => !locked.has(sheet.name));
    const stale = await findMarks(context, open);
    const batches = batchMarks(planMarks(findings, open.map((s) => s.name)), options.budgetBytes);
    for (const { format } of stale) format.delete();
    if (batches.length === 0 && stale.length > 0) await context.sync();
    for (const batch of batches) {
      for (const group of batch) addMark(context, group);
      // One sync per batch on purpose: a batch is sized to stay under Excel's request payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    const wanted = new Set(planMarks(findings, [...locked]).map((group) => group.sheet));
    return [...locked].filter((name) => wanted.has(name));
  });
  if (skipped.length > 0) throw new HostBlockedError('protected-sheets', skipped, true);
}

/** Removes every mark; nothing else is touched. Marks on protected sheets stay, and are named. */
export async function clearMarks(run: ExcelRun): Promise<void> {
  const skipped = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/protection/protected');
    await context.sync();
    const locked = new Set(protectedSheets(worksheets.items));
    const stale = await findMarks(context, worksheets.items);
    const removable = stale.filter(({ sheet }) => !locked.has(sheet));
    for (const { format } of removable) format.delete();
    if (removable.length > 0) await context.sync();
    return [...new Set(stale.filter(({ sheet }) => locked.has(sheet)).map(({ sheet }) => sheet))];
  });
  if (skipped.length > 0) throw new HostBlockedError('protected-sheets', skipped, true);
}

function addMark(context: Excel.RequestContext, group: MarkGroup): void {
  const areas = context.workbook.worksheets.getItem(group.sheet).getRanges(group.areas);
  const format = areas.conditionalFormats.add('Custom');
  format.custom.rule.formula = markFormula(group.severity);
  format.custom.format.fill.color = MARK_FILLS[group.severity];
  format.custom.format.font.color = MARK_FONT_COLORS[group.severity];
}

interface FoundMark {
  readonly sheet: string;
  readonly format: Excel.ConditionalFormat;
}

/** Our conditional formats on these sheets, in two syncs: their types, then the custom rules. */
async function findMarks(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<FoundMark[]> {
  const collections = sheets.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    formats.load('items/type');
    return { sheet: sheet.name, formats };
  });
  if (collections.length === 0) return [];
  await context.sync();
  const custom = collections.flatMap(({ sheet, formats }) => formats.items.filter((format) => format.type === 'Custom').map((format) => ({ sheet, format })));
  if (custom.length === 0) return [];
  const rules = custom.map(({ format }) => {
    const rule = format.custom.rule;
    rule.load('formula');
    return rule;
  });
  await context.sync();
  return custom.filter((_, i) => isMarkFormula(rules[i].formula));
}
