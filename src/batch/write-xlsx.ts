/**
 * portfolio.xlsx: the overview (one row per report, the headline figures, readable headers),
 * the rules across reports, every key figure with its numerator and denominator, the goals, the
 * findings, the unreadable files and a short "about" sheet. Every text is a plain string cell
 * (ExcelJS never turns a string into a formula), so `=HYPERLINK(…)` in a name stays text.
 */
import type ExcelJS from 'exceljs';
import { Workbook } from './exceljs-writer';
import { UI } from '../engine';
import type { RuleId } from '../engine';
import { plainAdvice, ruleFix } from './fix-advice';
import { REPORT_TEXT } from '../report/texts';
import { maskWorksheet } from '../hosts/xlsx/mask-workbook';
import { deflateStoredZip } from './deflate-zip';
import { shareCellStyles } from './xlsx-styles';
import { figureDenominatorLabel, figureKind, figureLabel } from './figures';
import { WORK_OR_EDUCATION_LEVEL } from './html/overview';
import type { Portfolio, Submission } from './portfolio';
import { BATCH_TEXT } from './texts';
import { addSheet, CellOut, changePoints, Column, FORMAT, shownCell } from './xlsx-sheets';
import { XLSX_TEXT } from './xlsx-texts';

import { PORTFOLIO_KEYWORD } from './portfolio-keyword';

function versionText(s: Submission, x: (typeof XLSX_TEXT)['nb']): string {
  const v = s.version;
  const own = !v.counted ? x.olderOf(v.countedFile) : v.versions > 1 ? x.versionsOf(v.versions) : x.counted;
  return v.sameOrganisation.length === 0 ? own : `${own}; ${x.sameOrg(v.sameOrganisation.join(', '))}`;
}

function overviewSheet(workbook: ExcelJS.Workbook, portfolio: Portfolio): void {
  const { lang } = portfolio;
  const text = REPORT_TEXT[lang];
  const words = BATCH_TEXT[lang];
  const x = XLSX_TEXT[lang];
  const pp = changePoints(words.percentagePoints);
  const columns: Column[] = [
    { header: text.file, wrap: 28 },
    { header: text.programme, wrap: 26 },
    { header: text.organisation, wrap: 22 },
    { header: words.orgNumber },
    { header: words.programmeType, wrap: 16 },
    { header: words.year, format: FORMAT.whole, numeric: true },
    { header: x.version, wrap: 26 },
    { header: words.errors, format: FORMAT.whole, numeric: true },
    { header: words.warnings, format: FORMAT.whole, numeric: true },
    { header: words.explainedWarnings, format: FORMAT.whole, numeric: true },
    { header: figureLabel('participants', lang), format: FORMAT.whole, numeric: true },
    { header: x.leavers, format: FORMAT.whole, numeric: true },
    { header: x.workOrEducation, format: FORMAT.percent, numeric: true },
    { header: x.belowLevel, numeric: true },
    { header: x.relevantJob, format: FORMAT.percent, numeric: true },
    { header: x.goalsReached, format: FORMAT.whole, numeric: true },
    { header: x.goalsAssessable, format: FORMAT.whole, numeric: true },
    { header: x.goalsAll, format: FORMAT.whole, numeric: true },
    { header: x.changeWorkOrEducation, format: pp, numeric: true },
    { header: words.previousYear, wrap: 24 },
  ];
  const rows = portfolio.submissions.map((s): CellOut[] => {
    const work = s.metrics.workOrEducationRateAtEnd;
    const change = s.previous?.change.workOrEducationRateAtEnd ?? null;
    return [
      s.file,
      s.programName,
      s.orgName,
      s.orgNumber,
      s.programType,
      s.year,
      versionText(s, x),
      s.errors,
      s.warnings,
      s.explained,
      shownCell(s.metrics.participants.value, s.metrics.participants.suppressed, lang),
      shownCell(s.metrics.leavers.value, s.metrics.leavers.suppressed, lang),
      shownCell(work.value, work.suppressed, lang),
      typeof work.value === 'number' ? (work.value < WORK_OR_EDUCATION_LEVEL ? words.yes : words.no) : null,
      shownCell(s.metrics.relevantEmploymentRateAtEnd.value, s.metrics.relevantEmploymentRateAtEnd.suppressed, lang),
      s.goalCounts.reached,
      s.goalCounts.assessable,
      s.goalCounts.goals,
      change === null ? null : Math.round(change * 1000) / 10,
      s.previous === null ? null : `${s.previous.year} (${s.previous.file})`,
    ];
  });
  addSheet(workbook, words.sheets.overview, columns, rows);
}

function rulesSheet(workbook: ExcelJS.Workbook, portfolio: Portfolio): void {
  const { lang } = portfolio;
  const x = XLSX_TEXT[lang].rule;
  const columns: Column[] = [
    { header: x.id },
    { header: x.description, wrap: 50 },
    { header: REPORT_TEXT[lang].severity },
    { header: x.reports, format: FORMAT.whole, numeric: true },
    { header: x.of, format: FORMAT.whole, numeric: true },
    { header: x.share, format: FORMAT.percent, numeric: true },
    { header: x.findings, format: FORMAT.whole, numeric: true },
    { header: x.fix, wrap: 60 },
    { header: x.files, wrap: 60 },
  ];
  const rows = portfolio.ruleTable.map((r): CellOut[] => [
    r.rule,
    r.description,
    UI[lang].severity[r.severity],
    r.reports,
    r.of,
    r.of === 0 ? null : r.reports / r.of,
    r.findings,
    r.fix.replace(/`/g, ''),
    r.files.join('\n'),
  ]);
  addSheet(workbook, XLSX_TEXT[lang].sheets.rules, columns, rows);
}

/** Every key figure: value, numerator and denominator (and the change) under one group header. */
function figuresSheet(workbook: ExcelJS.Workbook, portfolio: Portfolio): void {
  const { lang } = portfolio;
  const x = XLSX_TEXT[lang];
  const withChange = portfolio.submissions.some((s) => s.previous !== null);
  const columns: Column[] = [{ header: REPORT_TEXT[lang].file }];
  for (const key of portfolio.keyMetrics) {
    const group = figureLabel(key, lang);
    const over = figureDenominatorLabel(key, lang) ?? '';
    const kind = figureKind(key);
    if (kind === 'count') columns.push({ group, header: group, format: FORMAT.whole, numeric: true });
    if (kind === 'rate') {
      columns.push({ group, header: x.rate, format: FORMAT.percent, numeric: true });
      columns.push({ group, header: x.numerator, format: FORMAT.whole, numeric: true });
      columns.push({ group, header: x.denominator(over), format: FORMAT.whole, numeric: true });
    }
    if (kind === 'mean') {
      columns.push({ group, header: REPORT_TEXT[lang].value, format: FORMAT.mean, numeric: true });
      columns.push({ group, header: x.answers(over), format: FORMAT.whole, numeric: true });
    }
    if (withChange) {
      const format = kind === 'rate' ? changePoints(BATCH_TEXT[lang].percentagePoints) : kind === 'mean' ? FORMAT.changeMean : FORMAT.changeWhole;
      columns.push({ group, header: x.change, format, numeric: true });
    }
  }
  const rows = portfolio.submissions.map((s): CellOut[] => [
    s.file,
    ...portfolio.keyMetrics.flatMap((key) => {
      const f = s.metrics[key];
      const cells: CellOut[] = [shownCell(f.value, f.suppressed, lang)];
      if (f.kind === 'rate') cells.push(shownCell(f.numerator, f.suppressed, lang), shownCell(f.denominator, f.suppressed, lang));
      if (f.kind === 'mean') cells.push(shownCell(f.denominator, f.suppressed, lang));
      if (withChange) {
        const change = s.previous?.change[key] ?? null;
        // Rates change in percentage points: stored as points so the number reads as written.
        cells.push(change === null ? null : f.kind === 'rate' ? Math.round(change * 1000) / 10 : change);
      }
      return cells;
    }),
  ]);
  addSheet(workbook, x.sheets.figures, columns, rows);
}

export function buildPortfolioWorkbook(portfolio: Portfolio): ExcelJS.Workbook {
  const { lang } = portfolio;
  const text = REPORT_TEXT[lang];
  const words = BATCH_TEXT[lang];
  const workbook = new Workbook();
  workbook.creator = 'Rapportsjekk';
  workbook.keywords = PORTFOLIO_KEYWORD;
  workbook.title = words.title;
  workbook.created = new Date(portfolio.generatedAt);
  workbook.modified = new Date(portfolio.generatedAt);

  overviewSheet(workbook, portfolio);
  rulesSheet(workbook, portfolio);
  figuresSheet(workbook, portfolio);

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
    { header: XLSX_TEXT[lang].rule.fix, wrap: 60 },
  ];
  // The advice beside each finding too (not only on Regler): a caseworker filters this sheet to
  // one programme and pastes its rows into a reply.
  const advice = new Map<string, string>();
  const adviceFor = (rule: RuleId): string => advice.get(rule) ?? advice.set(rule, plainAdvice(ruleFix(rule, lang))).get(rule) ?? '';
  const findingRows = portfolio.findings.map((f): CellOut[] => [f.file, f.sheet, f.cell, f.rule, UI[lang].severity[f.severity], f.message, f.explanation, adviceFor(f.rule)]);
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

/**
 * The workbook's bytes. ExcelJS writes the package stored and Node's zlib deflates it
 * (deflate-zip.ts): the parts are exactly ExcelJS's, without its pure-JavaScript deflate.
 */
export async function portfolioXlsxBuffer(portfolio: Portfolio): Promise<Buffer> {
  const workbook = buildPortfolioWorkbook(portfolio);
  for (const sheet of workbook.worksheets) maskWorksheet(sheet);
  shareCellStyles(workbook);
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return deflateStoredZip(Buffer.from(stored as ArrayBuffer));
}
