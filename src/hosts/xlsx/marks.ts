/**
 * Colour on the cells with findings, and the marked workbook opening on its Funn sheet.
 *
 * The colour is a conditional format, not a fill: the cell's own fill, font and number format
 * stay exactly as the programme made them, the colour shows in Excel and LibreOffice alike, and
 * it goes in one step (Conditional Formatting › Clear Rules) or by the next marking, which
 * recognises its rules by their formula and replaces them.
 */
import type * as ExcelJS from 'exceljs';
import { severityRank } from '../../engine';
import type { Finding, Severity } from '../../engine';

/** Always true, and says whose rule it is: how a re-run finds the rules to replace. */
export const MARK_FORMULA = 'ISTEXT("Rapportsjekk")';

/** Light fills that keep black text readable (Excel's own «light red» and «yellow» styles). */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const SINGLE_CELL = /^[A-Z]{1,3}[1-9]\d*$/;

/** ExcelJS keeps a sheet's conditional formats here, read and written, but does not type it. */
type WithFormats = { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };

const isOurs = (cf: ExcelJS.ConditionalFormattingOptions): boolean =>
  cf.rules.length > 0 && cf.rules.every((rule) => rule.type === 'expression' && (rule.formulae ?? []).includes(MARK_FORMULA));

/** The worst severity per single cell of one sheet. */
function worstByCell(findings: readonly Finding[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const finding of findings) {
    if (finding.cell === null || !SINGLE_CELL.test(finding.cell)) continue;
    const before = worst.get(finding.cell);
    if (before === undefined || severityRank(finding.severity) < severityRank(before)) worst.set(finding.cell, finding.severity);
  }
  return worst;
}

/**
 * Replaces our colour rules on a sheet by one per severity over its cells with findings (the
 * worst severity of a cell decides its colour). The user's own conditional formats are kept.
 */
export function colourMarks(worksheet: ExcelJS.Worksheet, findings: readonly Finding[]): void {
  const sheet = worksheet as unknown as WithFormats;
  const kept = (sheet.conditionalFormattings ?? []).filter((cf) => !isOurs(cf));
  const cells = new Map<Severity, string[]>();
  for (const [cell, severity] of worstByCell(findings)) cells.set(severity, [...(cells.get(severity) ?? []), cell]);
  const ours: ExcelJS.ConditionalFormattingOptions[] = [...cells].map(([severity, refs]) => ({
    ref: refs.join(' '),
    rules: [
      {
        type: 'expression',
        // 0: ExcelJS numbers it after the user's own rules, whose priorities stay as they were.
        priority: 0,
        formulae: [MARK_FORMULA],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: MARK_FILLS[severity] } } },
      },
    ],
  }));
  sheet.conditionalFormattings = [...kept, ...ours];
}

/** The workbook opens on `sheet`: its tab is the active and the only selected one. */
export function openOn(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  const index = workbook.worksheets.indexOf(sheet);
  const views = workbook.views ?? [];
  const view = views[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: 'visible' };
  workbook.views = [{ ...view, activeTab: index, firstSheet: 0 }, ...views.slice(1)];
  // ExcelJS reads and writes tabSelected but leaves it out of its types. Without this, a tab the
  // user had selected stays selected too, and Excel opens with two sheets grouped.
  type Selectable = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };
  for (const worksheet of workbook.worksheets) {
    const selected = worksheet === sheet;
    // A loaded sheet without a view has null here: not selected, and left so unless it is ours.
    const views = (worksheet.views ?? []) as Selectable[];
    if (views.length === 0 && !selected) continue;
    const next = views.length === 0 ? [{ tabSelected: true }] : views.map((v, i) => (i === 0 ? { ...v, tabSelected: selected } : v));
    worksheet.views = next as ExcelJS.WorksheetView[];
  }
}
