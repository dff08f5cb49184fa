/**
 * The terminal report, after ESLint's "stylish": per file, one aligned line per finding
 * (`  Deltakere!R7  advarsel  <message>  job-relevance-missing`), ordered by sheet then rule,
 * then the roll-up per rule and a summary line. Colour is the caller's decision (TTY, NO_COLOR);
 * this module is browser-safe and never looks at a stream or the environment.
 */
import { maskPersonalIds, UI } from '../engine';
import type { Finding, Lang, Report, Severity } from '../engine';
import { groupBySheet, location } from './group';
import { REPORT_TEXT } from './texts';
import type { FileReport } from './types';

/** The language is each report's own (report.lang); there is no second source for it. */
export interface TextOptions {
  /** ANSI colours; off unless the caller knows the stream is a colour terminal. */
  readonly color?: boolean;
}

type Paint = (text: string) => string;

interface Palette {
  readonly severity: Readonly<Record<Severity, Paint>>;
  readonly file: Paint;
  readonly dim: Paint;
  readonly bad: Paint;
  readonly good: Paint;
  readonly caution: Paint;
}

const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

const COLOURS: Palette = {
  severity: { error: ansi(31, 39), warning: ansi(33, 39), info: ansi(36, 39) },
  file: ansi(4, 24),
  dim: ansi(2, 22),
  bad: (text) => ansi(1, 22)(ansi(31, 39)(text)),
  good: (text) => ansi(1, 22)(ansi(32, 39)(text)),
  caution: (text) => ansi(1, 22)(ansi(33, 39)(text)),
};
const NO_COLOURS: Palette = {
  severity: { error: plain, warning: plain, info: plain },
  file: plain,
  dim: plain,
  bad: plain,
  good: plain,
  caution: plain,
};

/**
 * Workbook text reaches the terminal: control characters (an ANSI escape in a cell could
 * repaint the screen) become visible placeholders, and line breaks become spaces so every
 * finding stays on its line. (\p{Cc} is U+0000–001F and U+007F–009F; tabs and line breaks are
 * spaces by then.)
 */
export function terminalSafe(text: string): string {
  return maskPersonalIds(text).replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ').replace(/\p{Cc}/gu, '\ufffd');
}

/** Width in terminal columns (close enough: the reports hold no wide characters). */
const width = (text: string): number => [...text].length;
const pad = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - width(text)));

interface Row {
  readonly cells: readonly string[];
  readonly paints: readonly Paint[];
  /** A line printed under the row, indented to the message column. */
  readonly note?: string;
}

/** Aligns every column but the last, like text-table; colour is applied after padding. */
function table(rows: readonly Row[], indent: string, palette: Palette): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.cells.length));
  const widths = Array.from({ length: columns - 1 }, (_, i) => Math.max(...rows.map((r) => width(r.cells[i] ?? ''))));
  const lines: string[] = [];
  for (const row of rows) {
    const parts = row.cells.map((cell, i) => {
      const text = i < widths.length && i < row.cells.length - 1 ? pad(cell, widths[i]) : cell;
      return (row.paints[i] ?? plain)(text);
    });
    lines.push(`${indent}${parts.join('  ')}`.trimEnd());
    if (row.note !== undefined) {
      const offset = widths.slice(0, 2).reduce((sum, w) => sum + w + 2, 0);
      lines.push(`${indent}${' '.repeat(offset)}${palette.dim(row.note)}`);
    }
  }
  return lines;
}

function findingRow(finding: Finding, lang: Lang, palette: Palette): Row {
  const text = REPORT_TEXT[lang];
  const explained = finding.explanation !== undefined;
  const severity = UI[lang].severity[finding.severity] + (explained ? ` (${text.explained})` : '');
  return {
    cells: [terminalSafe(location(finding, { workbook: text.noSheet })), severity, terminalSafe(finding.message), finding.rule],
    paints: [palette.dim, explained ? palette.dim : palette.severity[finding.severity], plain, palette.dim],
    note: explained ? `${text.explanation}: «${terminalSafe(finding.explanation ?? '')}»` : undefined,
  };
}

/** "✖ 12 problemer (3 feil, 9 advarsler)", "✔ ingen feil, 2 advarsler (1 forklart)", "✔ ingen feil". */
export function summaryLine(counts: Report['counts'], lang: Lang, palette: Palette = NO_COLOURS): string {
  const text = REPORT_TEXT[lang];
  const infos = counts.info > 0 ? `, ${text.infos(counts.info)}` : '';
  const explained = counts.explained > 0 ? `, ${text.explainedCount(counts.explained)}` : '';
  if (counts.error > 0) {
    const problems = text.problems(counts.error + counts.warning);
    return palette.bad(`✖ ${problems} (${text.errors(counts.error)}, ${text.warnings(counts.warning)}${explained})`) + infos;
  }
  if (counts.warning > 0) {
    const warnings = `${text.warnings(counts.warning)}${counts.explained > 0 ? ` (${text.explainedCount(counts.explained)})` : ''}`;
    return palette.caution(`✔ ${text.noErrors}, ${warnings}`) + infos;
  }
  return palette.good(`✔ ${text.noErrors}`) + infos;
}

function heading(result: FileReport, palette: Palette): string {
  const { programName, orgName, reportingYear } = result.report.programme;
  const details = [orgName, reportingYear === null ? null : String(reportingYear)].filter((d): d is string => d !== null);
  const about = programName === null ? details.join(', ') : details.length > 0 ? `${programName} (${details.join(', ')})` : programName;
  const name = terminalSafe(result.file);
  return about === '' ? palette.file(name) : `${palette.file(name)}  ${palette.dim(terminalSafe(about))}`;
}

function fileBlock(result: FileReport, palette: Palette): string[] {
  const { report } = result;
  const { lang } = report;
  const lines = [heading(result, palette)];
  const rows = groupBySheet(report.findings).flatMap((group) => group.findings.map((f) => findingRow(f, lang, palette)));
  if (rows.length > 0) {
    lines.push(...table(rows, '  ', palette));
  }
  if (report.rules.length > 0) {
    lines.push('', `  ${REPORT_TEXT[lang].byRule}:`);
    lines.push(
      ...table(
        report.rules.map((summary) => ({
          cells: [UI[lang].severity[summary.severity], terminalSafe(summary.message), summary.rule],
          paints: [palette.severity[summary.severity], plain, palette.dim],
        })),
        '    ',
        palette,
      ),
    );
  }
  if (rows.length > 0 || report.rules.length > 0) lines.push('');
  lines.push(`  ${summaryLine(report.counts, lang, palette)}`);
  return lines;
}

function total(results: readonly FileReport[]): Report['counts'] {
  const sum = { error: 0, warning: 0, info: 0, explained: 0 };
  for (const { report } of results) {
    for (const key of ['error', 'warning', 'info', 'explained'] as const) sum[key] += report.counts[key];
  }
  return sum;
}

/** The whole text report; ends with a newline. */
export function formatText(results: readonly FileReport[], options: TextOptions = {}): string {
  const palette = options.color === true ? COLOURS : NO_COLOURS;
  const blocks = results.map((result) => fileBlock(result, palette).join('\n'));
  if (results.length > 1) {
    const { lang } = results[0].report;
    blocks.push(`${REPORT_TEXT[lang].files(results.length)}: ${summaryLine(total(results), lang, palette)}`);
  }
  // The choke point: nothing leaves with a national ID in full, whatever field it came from.
  return blocks.length === 0 ? '' : maskPersonalIds(`${blocks.join('\n\n')}\n`);
}
