/// <reference types="office-js" />
/**
 * The add-in-owned sheet "Nøkkeltall": the Report's key figures (each rate with its numerator,
 * denominator and what the denominator is), goal attainment per goal, and a native bar chart
 * of attainment. Running again replaces the sheet, so there is always exactly one sheet and
 * one chart. The layout is plain data (keyFiguresLayout) so it is tested without Excel.
 */
import { ADDIN_SHEETS } from '../../engine';
import type { Report } from '../../engine';
import { KEY_FIGURE_COLUMNS as COLUMNS, KEY_FIGURE_TEXTS as TEXTS, keyFiguresLayout } from '../../report/key-figures-layout';
import { ExcelRun, loadSheetsAndStructure, refuseIfStructureProtected } from './run';
import { freeSheetName, hasMarker, KEY_FIGURES_MARKERS, MARKER_CELL } from '../own-sheets';

export { SMALL_BASE, keyFiguresLayout } from '../../report/key-figures-layout';
export type { KeyFiguresLayout } from '../../report/key-figures-layout';
export const CHART_NAME = 'Rapportsjekk måloppnåelse';

/** Writes the sheet, replacing an earlier one, in two syncs. */
export async function writeKeyFigures(run: ExcelRun, report: Report): Promise<void> {
  const layout = keyFiguresLayout(report);
  const t = TEXTS[report.lang];
  await run(async (context) => {
    const { worksheets, structure } = await loadSheetsAndStructure(context);
    // A new sheet needs an unprotected structure: stop before anything is written.
    refuseIfStructureProtected(structure);
    // Our earlier sheet is the one with our marker in A2, whatever it is called; a user's own
    // «Nøkkeltall» has none and is never deleted (Excel cannot undo that).
    const markers = worksheets.items.map((s) => {
      const cell = s.getRange(MARKER_CELL);
      cell.load('values');
      return { sheet: s, cell };
    });
    await context.sync();
    const existing = markers.find((m) => hasMarker(m.cell.values[0]?.[0], KEY_FIGURES_MARKERS))?.sheet;
    const names = worksheets.items.map((s) => s.name);
    const finalName = existing?.name ?? freeSheetName(ADDIN_SHEETS.keyFigures, names);

    // Build the new sheet under a free name first: a workbook whose only visible sheet is the
    // old one can then still lose it.
    const sheet = worksheets.add(freeSheetName(`${ADDIN_SHEETS.keyFigures} (ny)`, names));
    if (existing !== undefined) existing.delete();
    sheet.name = finalName;

    const area = sheet.getRangeByIndexes(0, 0, layout.values.length, COLUMNS);
    area.numberFormat = layout.numberFormats;
    area.values = layout.values;
    sheet.getRange('A1').format.font.bold = true;
    sheet.getRange('A1').format.font.size = 14;
    for (const row of layout.headerRows) {
      const header = sheet.getRangeByIndexes(row, 0, 1, COLUMNS);
      header.format.font.bold = true;
      header.format.fill.color = '#D9E1F2';
      header.format.borders.getItem('EdgeBottom').style = 'Continuous';
    }
    sheet.getRange('A:A').format.columnWidth = 260;
    sheet.getRange('B:D').format.columnWidth = 75;
    sheet.getRange('E:E').format.columnWidth = 200;
    sheet.getRange('F:F').format.columnWidth = 110;

    if (layout.chartSource !== null) {
      const chart = sheet.charts.add('BarClustered', sheet.getRange(layout.chartSource), 'Columns');
      chart.name = CHART_NAME;
      chart.title.text = t.chartTitle;
      chart.setPosition('H4', 'O22');
    }
    sheet.activate();
    await context.sync();
  });
}
