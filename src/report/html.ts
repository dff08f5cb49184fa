/**
 * One self-contained HTML page for one or several reports: inline CSS, no scripts, no external
 * assets, so it can be mailed, archived and opened offline. Tables have captions and header
 * scopes for screen readers; every piece of text from a workbook or a file name is escaped.
 */
import { maskPersonalIds, METRIC_KEYS, ruleFix, SEVERITIES, TEMPLATE_ID, TEMPLATE_VERSION, UI } from '../engine';
import type { Finding, GoalResult, Lang, Report, RuleId } from '../engine';
import { escapeHtml } from './escape';
import { groupBySheet } from './group';
import { METRIC_LABELS } from './metric-labels';
import { summaryLine } from './text';
import { REPORT_TEXT } from './texts';
import type { FileFailure, FileReport } from './types';
import { formatAttainment, formatGoalAchieved, formatGoalValue, formatGrouped, formatMetric } from './values';

export interface HtmlOptions {
  /** Files that could not be read; listed so the page tells the whole story. */
  readonly failures?: readonly FileFailure[];
  /**
   * The page's language only when there is no report to take it from (every file unreadable);
   * otherwise each report's own report.lang decides.
   */
  readonly lang?: Lang;
  /**
   * Where the rule pages (`<id>.md`) are, as the start of a link. By default `docs/rules/`, the
   * repository's own folder: the link works for a page saved in a checkout's root, and names the
   * page to open anywhere else (the report is mailed and archived, so it points nowhere online).
   */
  readonly ruleDocs?: string;
}

export const RULE_DOCS = 'docs/rules/';

function pageLang(results: readonly FileReport[], options: HtmlOptions): Lang {
  return results[0]?.report.lang ?? options.lang ?? 'nb';
}

const e = escapeHtml;

const CSS = `
:root { color-scheme: light; --error: #a4161a; --warning: #7a4a00; --info: #0b5394; --line: #c9ccd1; --muted: #545b64; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1e23; background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; padding-top: 1rem; border-top: 3px solid #1b1e23; word-break: break-all; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
p.meta, .muted { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.status { font-weight: 700; padding: .5rem .75rem; border-left: 6px solid; background: #f4f5f7; }
.status.fail { border-color: var(--error); }
.status.pass { border-color: #1e7b34; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eef0f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sev-error { color: var(--error); font-weight: 700; }
.sev-warning { color: var(--warning); font-weight: 700; }
.sev-info { color: var(--info); }
.explanation { margin: .25rem 0 0; color: var(--muted); }
code { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; font-size: .9em; }
.goal-reached { color: #1e7b34; font-weight: 600; }
.goal-not-reached { color: var(--error); font-weight: 600; }
.goal-not-assessable { color: var(--muted); font-style: italic; }
.cannot { color: var(--muted); font-style: italic; }
@media print { main { max-width: none; padding: 0; } h2 { break-before: page; } table { break-inside: auto; } tr { break-inside: avoid; } }
`;

const SEVERITY_MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

function table(caption: string, headers: readonly string[], rows: readonly string[], className = ''): string {
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const cls = className === '' ? '' : ` class="${className}"`;
  return `<table${cls}><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function severityCell(finding: Pick<Finding, 'severity' | 'explanation'>, lang: Lang): string {
  const word = UI[lang].severity[finding.severity];
  const explained = finding.explanation === undefined ? '' : ` (${e(REPORT_TEXT[lang].explained)})`;
  return `<td class="sev-${finding.severity}"><span aria-hidden="true">${SEVERITY_MARK[finding.severity]} </span>${e(word)}${explained}</td>`;
}

/** The rule's short advice and a link to its page: how to fix every finding of the group. */
function adviceCell(rule: RuleId, lang: Lang, ruleDocs: string): string {
  const page = `${ruleDocs}${rule}.md`;
  return `<td>${e(ruleFix(rule, lang))}<br><a href="${e(page)}">${e(REPORT_TEXT[lang].ruleDoc)}: <code>${e(rule)}</code></a></td>`;
}

function findingsSection(report: Report, lang: Lang, ruleDocs: string): string {
  const text = REPORT_TEXT[lang];
  if (report.findings.length === 0) return `<h3>${e(text.findings)}</h3>\n<p>${e(text.noFindings)}</p>`;
  const tables = groupBySheet(report.findings).map((group) => {
    const sheetName = group.sheet ?? text.noSheet;
    const rows = group.findings.map((f) => {
      const note = f.explanation === undefined ? '' : `<p class="explanation">${e(text.explanation)}: «${e(f.explanation)}»</p>`;
      return `<tr><th scope="row">${e(f.cell ?? text.wholeSheet)}</th>${severityCell(f, lang)}<td>${e(f.message)}${note}</td><td><code>${e(f.rule)}</code></td></tr>`;
    });
    return table(text.findingsIn(sheetName), [text.cell, text.severity, text.message, text.rule], rows, 'findings');
  });
  const summaries = report.rules.map(
    (s) =>
      `<tr><th scope="row"><code>${e(s.rule)}</code></th>${severityCell({ severity: s.severity }, lang)}<td>${e(s.message)}</td><td class="num">${formatGrouped(s.findings, lang)}</td>${adviceCell(s.rule, lang, ruleDocs)}</tr>`,
  );
  return [
    `<h3>${e(text.findings)}</h3>`,
    ...tables,
    table(text.summaryTitle, [text.rule, text.severity, text.concerned, text.findings, text.howToFix], summaries, 'rules'),
  ].join('\n');
}

function countsTable(report: Report, lang: Lang): string {
  const text = REPORT_TEXT[lang];
  const rows = SEVERITIES.map(
    (s) => `<tr><th scope="row" class="sev-${s}">${e(text.severityLabels[s])}</th><td class="num">${formatGrouped(report.counts[s], lang)}</td></tr>`,
  );
  rows.push(`<tr><th scope="row">${e(text.explainedWarnings)}</th><td class="num">${formatGrouped(report.counts.explained, lang)}</td></tr>`);
  return table(text.counts, [text.severity, text.number], rows, 'counts');
}

function cannot(value: string, lang: Lang): string {
  return value === REPORT_TEXT[lang].cannotCompute ? `<span class="cannot">${e(value)}</span>` : e(value);
}

function metricsTable(report: Report, lang: Lang): string {
  const text = REPORT_TEXT[lang];
  const rows = METRIC_KEYS.map((key) => {
    const metric = report.metrics[key];
    const label = METRIC_LABELS[key][lang];
    const basis = label.denominator === null ? '' : `<br><span class="muted">${e(text.basis)}: ${e(label.denominator)}</span>`;
    const part = (n: number | null): string => (n === null || metric.kind === 'count' ? text.missingValue : formatGrouped(n, lang));
    return (
      `<tr><th scope="row">${e(label.label)}${basis}</th>` +
      `<td class="num">${cannot(formatMetric(metric, lang), lang)}</td>` +
      `<td class="num">${e(part(metric.numerator))}</td><td class="num">${e(part(metric.denominator))}</td></tr>`
    );
  });
  return `<h3>${e(text.keyFigures)}</h3>\n${table(text.keyFigures, [text.keyFigure, text.value, text.numerator, text.denominator], rows, 'metrics')}`;
}

function goalRow(goal: GoalResult, lang: Lang): string {
  const text = REPORT_TEXT[lang];
  const status = UI[lang].goalStatus[goal.status];
  return (
    `<tr><th scope="row">${e(goal.id ?? text.missingValue)}</th><td>${e(goal.text ?? text.missingValue)}</td>` +
    `<td>${e(goal.indicator ?? text.missingValue)}</td>` +
    `<td class="num">${e(formatGoalValue(goal.target, goal.kind, lang))}</td>` +
    `<td class="num">${cannot(formatGoalAchieved(goal, lang), lang)}</td>` +
    `<td class="num">${e(formatAttainment(goal, lang))}</td>` +
    `<td class="goal-${goal.status}">${e(status)}</td></tr>`
  );
}

function goalsTable(report: Report, lang: Lang): string {
  const text = REPORT_TEXT[lang];
  if (report.goals.length === 0) return `<h3>${e(text.goals)}</h3>\n<p>${e(text.noGoals)}</p>`;
  const headers = [text.goalId, text.goal, text.indicator, text.target, text.achieved, text.attainment, text.status];
  return `<h3>${e(text.goals)}</h3>\n${table(text.goals, headers, report.goals.map((g) => goalRow(g, lang)), 'goals')}`;
}

function facts(report: Report, lang: Lang): string {
  const text = REPORT_TEXT[lang];
  const { programName, orgName, orgNumber, reportingYear } = report.programme;
  const items: [string, string | null][] = [
    [text.programme, programName],
    [text.organisation, orgName === null ? orgNumber : orgNumber === null ? orgName : `${orgName} (${orgNumber})`],
    [text.reportingYear, reportingYear === null ? null : String(reportingYear)],
    [text.template, `${report.template.id} ${report.template.version}`],
  ];
  const shown = items.filter((item): item is [string, string] => item[1] !== null);
  return `<dl class="facts">${shown.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}

function fileSection(result: FileReport, index: number, lang: Lang, ruleDocs: string): string {
  const { report } = result;
  const text = REPORT_TEXT[lang];
  const id = `file-${index + 1}`;
  const verdict = report.passed ? text.passed : text.failed;
  return [
    `<section id="${id}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${e(result.file)}</h2>`,
    facts(report, lang),
    `<p class="status ${report.passed ? 'pass' : 'fail'}">${e(summaryLine(report.counts, lang))}. ${e(verdict)}</p>`,
    countsTable(report, lang),
    findingsSection(report, lang, ruleDocs),
    metricsTable(report, lang),
    goalsTable(report, lang),
    `</section>`,
  ].join('\n');
}

function contents(results: readonly FileReport[], lang: Lang): string {
  if (results.length < 2) return '';
  const items = results.map((r, i) => `<li><a href="#file-${i + 1}">${e(r.file)}</a> — ${e(summaryLine(r.report.counts, lang))}</li>`);
  return `<nav aria-labelledby="contents-title"><h2 id="contents-title">${e(REPORT_TEXT[lang].contents)}</h2><ol>${items.join('')}</ol></nav>`;
}

function failuresSection(failures: readonly FileFailure[], lang: Lang): string {
  if (failures.length === 0) return '';
  const text = REPORT_TEXT[lang];
  const rows = failures.map((f) => `<tr><th scope="row">${e(f.file)}</th><td>${e(f.reason)}</td></tr>`);
  return `<section aria-labelledby="unreadable-title"><h2 id="unreadable-title">${e(text.unreadable)}</h2>\n${table(text.unreadable, [text.file, text.reason], rows)}</section>`;
}

/** The whole page, ending with a newline. */
export function formatHtml(results: readonly FileReport[], options: HtmlOptions = {}): string {
  const lang = pageLang(results, options);
  const text = REPORT_TEXT[lang];
  const title = results.length === 1 ? `${text.pageTitle} – ${results[0].file}` : text.pageTitle;
  // The choke point: nothing leaves with a national ID in full, whatever field it came from.
  return maskPersonalIds(pageParts(results, options, title).join('\n').concat('\n'));
}

function pageParts(results: readonly FileReport[], options: HtmlOptions, title: string): string[] {
  const lang = pageLang(results, options);
  const text = REPORT_TEXT[lang];
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${e(text.pageTitle)}</h1>`,
    `<p class="meta">${e(text.generatedBy)} <code>${e(TEMPLATE_ID)}</code> ${e(TEMPLATE_VERSION)}</p>`,
    contents(results, lang),
    failuresSection(options.failures ?? [], lang),
    ...results.map((r, i) => fileSection(r, i, r.report.lang, options.ruleDocs ?? RULE_DOCS)),
    '</main>',
    '</body>',
    '</html>',
  ].filter((part) => part !== '');
}
