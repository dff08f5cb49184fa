/**
 * How portfolio.xlsx lays out a sheet: header rows bold, frozen and filtered, widths from the
 * content, numbers stored as numbers with formats, every text a plain string cell,
 * and A4 landscape fitted to the page width when printed. (Masking: portfolioXlsxBuffer.)
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../engine';
import { REPORT_TEXT } from '../report/texts';
import type { Shown } from './figures';
import { BATCH_TEXT } from './texts';

export type CellOut = string | number | null;

export interface Column {
  readonly header: string;
  /** The header row above, for sheets with two header rows (merged over its columns). */
  readonly group?: string;
  /** Excel number format for numeric cells. */
  readonly format?: string;
  /** Narrow number columns wrap their header instead of growing. */
  readonly numeric?: boolean;
  /** Long text (messages, advice): wraps at this width. */
  readonly wrap?: number;
}

export const FORMAT = {
  whole: '0',
  percent: '0.0%',
  mean: '0.00',
  number: '0.##',
  changeWhole: '+0;-0;0',
  changeMean: '+0.00;-0.00;0.00',
} as const;

export const changePoints = (pp: string): string => `+0.0" ${pp}";-0.0" ${pp}";0.0" ${pp}"`;

function displayLength(value: CellOut, format: string | undefined): number {
  if (value === null) return 0;
  if (typeof value === 'string') return value.includes('\n') ? Math.max(...value.split('\n').map((line) => line.length)) : value.length;
  if (format === FORMAT.percent) return 7;
  return String(Math.round(value * 100) / 100).length + 1;
}

export function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[], rows: readonly CellOut[][]): ExcelJS.Worksheet {
  const grouped = columns.some((c) => c.group !== undefined);
  const headerRows = grouped ? 2 : 1;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: headerRows }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${headerRows}` },
  });
  if (grouped) {
    const top = sheet.addRow(columns.map((c) => c.group ?? c.header));
    top.font = { bold: true };
    top.alignment = { vertical: 'top', wrapText: true };
    // Merge each run of columns under one group label.
    for (let start = 0; start < columns.length; ) {
      let end = start;
      while (end + 1 < columns.length && columns[end + 1].group !== undefined && columns[end + 1].group === columns[start].group) end++;
      if (end > start) sheet.mergeCells(1, start + 1, 1, end + 1);
      start = end + 1;
    }
  }
  // One alignment object per kind, shared by the cells of tall rows (shareCellStyles then
  // finds their styles equal without comparing contents).
  const top = { wrapped: { vertical: 'top', wrapText: true }, unwrapped: { vertical: 'top', wrapText: false } } as const satisfies Record<string, Partial<ExcelJS.Alignment>>;
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  const wrapping = columns.flatMap((c, i) => (c.wrap === undefined ? [] : [{ i, width: c.wrap }]));
  for (const values of rows) {
    const row = sheet.addRow(values);
    // Wrapped text: the row is made tall enough here, since not every spreadsheet program grows it.
    let lines = 1;
    for (const { i, width } of wrapping) {
      const value = values[i];
      if (typeof value === 'string') lines = Math.max(lines, value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(1, width - 2))), 0));
    }
    if (lines > 1) {
      row.height = 15 * Math.min(lines, 30);
      row.eachCell((cell, i) => {
        cell.alignment = columns[i - 1]?.wrap !== undefined ? top.wrapped : top.unwrapped;
      });
    }
  }
  columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    if (column.format) col.numFmt = column.format;
    if (column.wrap !== undefined) {
      col.width = column.wrap;
      col.alignment = { wrapText: true, vertical: 'top' };
      return;
    }
    const longest = rows.reduce((max, row) => Math.max(max, displayLength(row[i], column.format)), 0);
    const headerWidth = column.numeric ? Math.min(column.header.length, 14) : column.header.length;
    col.width = Math.max(6, Math.min(50, Math.max(longest, headerWidth) + 2));
  });
  const lines = Math.max(1, ...columns.map((c, i) => Math.ceil(c.header.length / Math.max(1, (sheet.getColumn(i + 1).width ?? 10) - 1))));
  header.height = 15 * Math.min(4, lines);
  sheet.autoFilter = { from: { row: headerRows, column: 1 }, to: { row: headerRows, column: columns.length } };
  return sheet;
}

/** A shown number as a cell: numbers stay numbers, "<5" and withheld values are text. */
export function shownCell(value: Shown, withheld: boolean, lang: Lang): CellOut {
  if (typeof value === 'number' || value === '<5') return value;
  return withheld ? BATCH_TEXT[lang].hidden : REPORT_TEXT[lang].cannotCompute;
}
