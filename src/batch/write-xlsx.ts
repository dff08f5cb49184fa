/**
 * portfolio.xlsx: overview, goals, findings and unreadable files, one sheet each, plus a short
 * "about" sheet. Header rows frozen, filters on, widths from the content, numbers stored as
 * numbers with number formats. Every text is written as a plain string cell (ExcelJS never
 * turns a string into a formula), so `=HYPERLINK(…)` in an organisation name stays text.
 */
import ExcelJS from 'exceljs';
import { UI } from '../engine';
import type { Lang } from '../engine';
import { REPORT_TEXT } from '../report/texts';
import { maskWorksheet } from '../hosts/xlsx/mask-workbook';
import { Figure, figureDenominatorLabel, figureKind, figureLabel, KeyMetric, Shown } from './figures';
import type { Portfolio } from './portfolio';
import { BATCH_TEXT } from './texts';

/** Marks a workbook as our own output, so a rerun does not take it for a submission. */
export const PORTFOLIO_KEYWORD = 'rapportsjekk-portfolio';

type CellOut = string | number | null;

interface Column {
  readonly header: string;
  /** Excel number format for numeric cells. */
  readonly format?: string;
  /** Narrow number columns wrap their (long) header instead of growing. */
  readonly numeric?: boolean;
}

const FORMAT = {
  whole: '0',
  percent: '0.0%',
  mean: '0.00',
  number: '0.##',
  changeWhole: '+0;-0;0',
  changeMean: '+0.00;-0.00;0.00',
} as const;

const changePoints = (pp: string): string => `+0.0" ${pp}";-0.0" ${pp}";0.0" ${pp}"`;

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[], rows: readonly CellOut[][]): ExcelJS.Worksheet {
  // Printed (or saved as PDF): landscape A4 with the header on every page; sheets narrow enough
  // are fitted to the page width, the wide overview runs over several pages with its file column.
  const fits = columns.length <= 16;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: fits
      ? { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' }
      : { paperSize: 9, orientation: 'landscape', scale: 70, printTitlesRow: '1:1', printTitlesColumn: 'A:A' },
  });
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const values of rows) sheet.addRow(values);
  columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    if (column.format) col.numFmt = column.format;
    const longest = rows.reduce((max, row) => Math.max(max, displayLength(row[i], column.format)), 0);
    const headerWidth = column.numeric ? Math.min(column.header.length, 16) : column.header.length;
    col.width = Math.max(6, Math.min(60, Math.max(longest, headerWidth) + 2));
  });
  // Headers of narrow numeric columns wrap: let the header row grow to show them.
  const wraps = columns.some((c, i) => c.header.length > (sheet.getColumn(i + 1).width ?? 10));
  if (wraps) header.height = 15 * Math.min(5, Math.ceil(Math.max(...columns.map((c, i) => c.header.length / Math.max(1, (sheet.getColumn(i + 1).width ?? 10) - 1)))));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

function displayLength(value: CellOut, format: string | undefined): number {
  if (value === null) return 0;
  if (typeof value === 'string') return Math.max(...value.split('\n').map((line) => line.length));
  if (format === FORMAT.percent) return 7;
  return String(Math.round(value * 100) / 100).length + 1;
}

/** A shown number as a cell: numbers stay numbers, "<5" and withheld values are text. */
function shownCell(value: Shown, withheld: boolean, lang: Lang): CellOut {
  if (typeof value === 'number' || value === '<5') return value;
  return withheld ? BATCH_TEXT[lang].hidden : REPORT_TEXT[lang].cannotCompute;
}

function figureColumns(key: KeyMetric, lang: Lang, withChange: boolean): Column[] {
  const text = REPORT_TEXT[lang];
  const label = figureLabel(key, lang);
  const over = figureDenominatorLabel(key, lang);
  const kind = figureKind(key);
  const columns: Column[] = [];
  if (kind === 'count') columns.push({ header: label, format: FORMAT.whole, numeric: true });
  if (kind === 'rate') {
    columns.push({ header: label, format: FORMAT.percent, numeric: true });
    columns.push({ header: `${label}: ${text.numerator.toLowerCase()}`, format: FORMAT.whole, numeric: true });
    columns.push({ header: `${label}: ${text.denominator.toLowerCase()} (${over})`, format: FORMAT.whole, numeric: true });
  }
  if (kind === 'mean') {
    columns.push({ header: label, format: FORMAT.mean, numeric: true });
    columns.push({ header: `${label}: n (${over})`, format: FORMAT.whole, numeric: true });
  }
  if (withChange) {
    const format = kind === 'rate' ? changePoints(BATCH_TEXT[lang].percentagePoints) : kind === 'mean' ? FORMAT.changeMean : FORMAT.changeWhole;
    columns.push({ header: BATCH_TEXT[lang].change(label), format, numeric: true });
  }
  return columns;
}

function figureCells(figure: Figure, change: number | null | undefined, withChange: boolean, lang: Lang): CellOut[] {
  const cells: CellOut[] = [shownCell(figure.value, figure.suppressed, lang)];
  if (figure.kind === 'rate') cells.push(shownCell(figure.numerator, figure.suppressed, lang), shownCell(figure.denominator, figure.suppressed, lang));
  if (figure.kind === 'mean') cells.push(shownCell(figure.denominator, figure.suppressed, lang));
  if (withChange) {
    // Rates change in percentage points: stored as points so the number reads as written.
    cells.push(change === null || change === undefined ? null : figure.kind === 'rate' ? Math.round(change * 1000) / 10 : change);
  }
  return cells;
}

export function buildPortfolioWorkbook(portfolio: Portfolio): ExcelJS.Workbook {
  const { lang } = portfolio;
  const text = REPORT_TEXT[lang];
  const words = BATCH_TEXT[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rapportsjekk';
  workbook.keywords = PORTFOLIO_KEYWORD;
  workbook.title = words.title;
  workbook.created = new Date(portfolio.generatedAt);
  workbook.modified = new Date(portfolio.generatedAt);

  // Overview
  const withChange = portfolio.submissions.some((s) => s.previous !== null);
  const overviewColumns: Column[] = [
    { header: text.file },
    { header: text.organisation },
    { header: words.orgNumber },
    { header: text.programme },
    { header: words.programmeType },
    { header: words.year, format: FORMAT.whole, numeric: true },
    { header: words.passes },
    { header: words.errors, format: FORMAT.whole, numeric: true },
    { header: words.warnings, format: FORMAT.whole, numeric: true },
    { header: words.explainedWarnings, format: FORMAT.whole, numeric: true },
    ...portfolio.keyMetrics.flatMap((key) => figureColumns(key, lang, withChange)),
    ...(withChange ? [{ header: words.previousYear }] : []),
  ];
  const overviewRows = portfolio.submissions.map((s): CellOut[] => [
    s.file,
    s.orgName,
    s.orgNumber,
    s.programName,
    s.programType,
    s.year,
    s.passed ? words.yes : words.no,
    s.errors,
    s.warnings,
    s.explained,
    ...portfolio.keyMetrics.flatMap((key) => figureCells(s.metrics[key], s.previous?.change[key], withChange, lang)),
    ...(withChange ? [s.previous === null ? null : `${s.previous.year} (${s.previous.file})`] : []),
  ]);
  addSheet(workbook, words.sheets.overview, overviewColumns, overviewRows);

  // Goals
  const goalColumns: Column[] = [
    { header: text.file },
    { header: text.organisation },
    { header: text.programme },
    { header: words.year, format: FORMAT.whole, numeric: true },
    { header: text.goalId },
    { header: words.goalText },
    { header: text.indicator },
    { header: words.timepoint },
    { header: text.target, numeric: true },
    { header: text.achieved, numeric: true },
    { header: text.numerator, format: FORMAT.whole, numeric: true },
    { header: text.denominator, format: FORMAT.whole, numeric: true },
    { header: text.attainment, format: FORMAT.percent, numeric: true },
    { header: text.status },
  ];
  const goalRows = portfolio.goals.map((g): CellOut[] => [
    g.file,
    g.orgName,
    g.programName,
    g.year,
    g.id,
    g.text,
    g.indicator,
    g.timepoint,
    g.target,
    g.status === 'not-assessable' && g.achieved === null ? g.statusText : shownCell(g.achieved, g.suppressed, lang),
    g.numerator === null ? null : shownCell(g.numerator, g.suppressed, lang),
    g.denominator === null ? null : shownCell(g.denominator, g.suppressed, lang),
    g.attainment,
    g.statusText,
  ]);
  const goalSheet = addSheet(workbook, words.sheets.goals, goalColumns, goalRows);
  // Target and achieved share a column across indicators: format each cell by its goal's kind.
  portfolio.goals.forEach((g, i) => {
    const format = g.kind === 'share' ? FORMAT.percent : g.kind === 'count' ? FORMAT.whole : FORMAT.number;
    const row = goalSheet.getRow(i + 2);
    row.getCell(9).numFmt = format;
    row.getCell(10).numFmt = format;
  });

  // Findings
  const findingColumns: Column[] = [
    { header: text.file },
    { header: words.sheet },
    { header: text.cell },
    { header: text.rule },
    { header: text.severity },
    { header: text.message },
    { header: words.explanation },
  ];
  const findingRows = portfolio.findings.map((f): CellOut[] => [f.file, f.sheet, f.cell, f.rule, UI[lang].severity[f.severity], f.message, f.explanation]);
  addSheet(workbook, words.sheets.findings, findingColumns, findingRows);

  // Unreadable files
  addSheet(
    workbook,
    words.sheets.unreadable,
    [{ header: text.file }, { header: text.reason }, { header: words.reasonCode }],
    portfolio.unreadable.map((u) => [u.file, u.message, u.reason]),
  );

  // About
  const about = workbook.addWorksheet(words.sheets.about);
  const rows: [string, string][] = [
    [words.aboutRows.generated, portfolio.generatedAt],
    [words.aboutRows.template, `${portfolio.template.id} ${portfolio.template.version}`],
    [words.aboutRows.files, words.summary(portfolio.totals)],
    [words.aboutRows.suppression, portfolio.suppressSmall ? words.aboutRows.on : words.aboutRows.off],
  ];
  if (portfolio.suppressSmall) rows.push(['', words.suppressionNote]);
  for (const row of rows) about.addRow(row);
  about.getColumn(1).width = 24;
  about.getColumn(1).font = { bold: true };
  about.getColumn(2).width = 100;
  return workbook;
}

export async function portfolioXlsxBuffer(portfolio: Portfolio): Promise<Buffer> {
  const workbook = buildPortfolioWorkbook(portfolio);
  for (const sheet of workbook.worksheets) maskWorksheet(sheet);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
