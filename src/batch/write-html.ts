/**
 * portfolio.html: one self-contained page. No external asset, font or script: the styles and
 * the small sort script are inline, the charts are inline SVG, and a Content-Security-Policy
 * forbids the browser from fetching anything else. Every text from a submission is escaped.
 */
import { formatNumber, formatPercent, UI } from '../engine';
import type { Lang } from '../engine';
import { formatGrouped } from '../report/values';
import { REPORT_TEXT } from '../report/texts';
import { Figure, figureDenominatorLabel, figureLabel, KeyMetric, Shown } from './figures';
import type { Portfolio, PortfolioGoal, Submission } from './portfolio';
import { BATCH_TEXT } from './texts';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const shownText = (n: Shown, lang: Lang): string => (typeof n === 'number' ? formatGrouped(n, lang) : n === '<5' ? '<5' : '–');

/** "60 % (6/10)", "<5/10 (skjult)", "kan ikke beregnes (0/0)", "12", "3,9 (n = 12)". */
export function figureText(figure: Figure, lang: Lang): string {
  const words = BATCH_TEXT[lang];
  const parts = `${shownText(figure.numerator, lang)}/${shownText(figure.denominator, lang)}`;
  switch (figure.kind) {
    case 'count':
      return shownText(figure.value, lang);
    case 'rate':
      if (typeof figure.value === 'number') return `${formatPercent(figure.value, lang)} (${parts})`;
      return `${figure.suppressed ? words.hidden : words.notComputable} (${parts})`;
    case 'mean': {
      const n = `n = ${shownText(figure.denominator, lang)}`;
      if (typeof figure.value === 'number') return `${formatNumber(Math.round(figure.value * 100) / 100, lang)} (${n})`;
      return `${figure.suppressed ? words.hidden : words.notComputable} (${n})`;
    }
  }
}

function changeText(figure: Figure, change: number | null, year: number, lang: Lang): string {
  const since = lang === 'nb' ? `siden ${year}` : `since ${year}`;
  if (change === null) return `${since}: –`;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const magnitude = Math.abs(change);
  const amount =
    figure.kind === 'rate'
      ? `${formatNumber(Math.round(magnitude * 1000) / 10, lang)} pp`
      : formatNumber(Math.round(magnitude * 100) / 100, lang);
  return `${sign}${amount} ${since}`;
}

const sortValue = (figure: Figure): string => (typeof figure.value === 'number' ? String(figure.value) : '');

const programmeLabel = (s: { programName: string | null; orgName: string | null; file: string; year: number | null }): string =>
  `${s.programName ?? s.orgName ?? s.file}${s.year === null ? '' : ` (${s.year})`}`;

function overviewTable(portfolio: Portfolio): string {
  const { lang } = portfolio;
  const text = REPORT_TEXT[lang];
  const words = BATCH_TEXT[lang];
  const headers = [
    text.file,
    text.organisation,
    words.orgNumber,
    text.programme,
    words.year,
    words.passes,
    words.errors,
    words.warnings,
    words.explainedWarnings,
    ...portfolio.keyMetrics.map((key) => figureLabel(key, lang)),
  ];
  const numericFrom = 4;
  const head = headers
    .map((h, i) => `<th scope="col"${i >= numericFrom ? ' class="num"' : ''} aria-sort="none"><button type="button">${escapeHtml(h)}</button></th>`)
    .join('');
  const cell = (content: string, sort: string | number | null, numeric = false): string =>
    `<td${numeric ? ' class="num"' : ''} data-sort="${escapeHtml(sort === null ? '' : String(sort))}">${content}</td>`;
  const rows = portfolio.submissions.map((s: Submission) => {
    const figures = portfolio.keyMetrics.map((key) => {
      const figure = s.metrics[key];
      const change = s.previous === null ? '' : `<br><small class="change">${escapeHtml(changeText(figure, s.previous.change[key], s.previous.year, lang))}</small>`;
      const css = typeof figure.value === 'number' || figure.value === '<5' ? '' : ' class="na"';
      return cell(`<span${css}>${escapeHtml(figureText(figure, lang))}</span>${change}`, sortValue(figure), true);
    });
    return `<tr>${[
      `<th scope="row" data-sort="${escapeHtml(s.file)}">${escapeHtml(s.file)}</th>`,
      cell(escapeHtml(s.orgName ?? '–'), s.orgName),
      cell(escapeHtml(s.orgNumber ?? '–'), s.orgNumber),
      cell(escapeHtml(s.programName ?? '–'), s.programName),
      cell(s.year === null ? '–' : String(s.year), s.year, true),
      cell(`<span class="badge ${s.passed ? 'ok' : 'bad'}">${s.passed ? words.yes : words.no}</span>`, s.passed ? 1 : 0, true),
      cell(String(s.errors), s.errors, true),
      cell(String(s.warnings), s.warnings, true),
      cell(String(s.explained), s.explained, true),
      ...figures,
    ].join('')}</tr>`;
  });
  return `<div class="scroll"><table class="sortable" id="overview-table"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}

const BAR = { labelWidth: 310, barWidth: 300, textWidth: 190, row: 22, top: 6 } as const;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One horizontal bar per submission; the label beside each bar gives its numerator/denominator. */
/**
 * Bar labels, unique within the portfolio: "Programme (year)", with the organisation added
 * where two programmes share a name, and the file name where even that repeats.
 */
export function chartLabels(submissions: readonly Submission[]): string[] {
  const counts = (labels: string[]): Map<string, number> => labels.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const short = submissions.map(programmeLabel);
  const shortCounts = counts(short);
  const withOrg = submissions.map((s, i) =>
    (shortCounts.get(short[i]) ?? 0) > 1 ? `${s.programName ?? s.file}, ${s.orgName ?? '–'}${s.year === null ? '' : ` (${s.year})`}` : short[i],
  );
  const orgCounts = counts(withOrg);
  // Still alike: only the file tells them apart, so it comes first (a long label is cut at the end).
  return submissions.map((s, i) => ((orgCounts.get(withOrg[i]) ?? 0) > 1 ? `${s.file}: ${short[i]}` : withOrg[i]));
}

/** The label of each submission's file, for tables that name programmes (goals, findings). */
function labelsByFile(portfolio: Portfolio): Map<string, string> {
  const labels = chartLabels(portfolio.submissions);
  return new Map(portfolio.submissions.map((s, i) => [s.file, labels[i]]));
}

export function barChart(portfolio: Portfolio, key: KeyMetric): string {
  const { lang } = portfolio;
  const subs = portfolio.submissions;
  const kind = subs[0]?.metrics[key].kind ?? 'rate';
  const values = subs.map((s) => s.metrics[key].value).filter((v): v is number => typeof v === 'number');
  const max = kind === 'rate' ? 1 : kind === 'mean' ? 5 : Math.max(1, ...values);
  const width = BAR.labelWidth + BAR.barWidth + BAR.textWidth;
  const height = BAR.top * 2 + subs.length * BAR.row;
  const title = figureLabel(key, lang);
  const labels = chartLabels(subs);
  const rows = subs.map((s, i) => {
    const figure = s.metrics[key];
    const y = BAR.top + i * BAR.row;
    const label = labels[i];
    const value = typeof figure.value === 'number' ? figure.value : null;
    const length = value === null ? 0 : Math.max(value > 0 ? 1 : 0, Math.round((Math.min(value, max) / max) * BAR.barWidth));
    const barText = figureText(figure, lang);
    const bar =
      value === null
        ? `<rect class="nobar" x="${BAR.labelWidth}" y="${y + 4}" width="${BAR.barWidth}" height="${BAR.row - 8}"/>`
        : `<rect class="bar" x="${BAR.labelWidth}" y="${y + 4}" width="${length}" height="${BAR.row - 8}"/>`;
    const textX = value === null ? BAR.labelWidth + 6 : BAR.labelWidth + length + 6;
    return (
      `<g><title>${escapeHtml(`${s.file}: ${barText}`)}</title>` +
      `<text class="lbl" x="${BAR.labelWidth - 8}" y="${y + BAR.row / 2 + 4}" text-anchor="end">${escapeHtml(truncate(label, 46))}</text>` +
      `${bar}<text class="val${value === null ? ' na' : ''}" x="${textX}" y="${y + BAR.row / 2 + 4}">${escapeHtml(barText)}</text></g>`
    );
  });
  return (
    `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<line class="axis" x1="${BAR.labelWidth}" y1="0" x2="${BAR.labelWidth}" y2="${height}"/>${rows.join('')}</svg>`
  );
}

function charts(portfolio: Portfolio): string {
  const { lang } = portfolio;
  if (portfolio.submissions.length === 0) return '';
  return portfolio.keyMetrics
    .map((key) => {
      const over = figureDenominatorLabel(key, lang);
      const caption = over === null ? escapeHtml(figureLabel(key, lang)) : `${escapeHtml(figureLabel(key, lang))} <small>(${escapeHtml(REPORT_TEXT[lang].basis.toLowerCase())}: ${escapeHtml(over)})</small>`;
      return `<figure class="chart" id="chart-${key}"><figcaption>${caption}</figcaption>${barChart(portfolio, key)}</figure>`;
    })
    .join('\n');
}

function goalValue(value: number | null, goal: PortfolioGoal, lang: Lang): string {
  if (value === null) return '–';
  return goal.kind === 'share' ? formatPercent(value, lang) : formatGrouped(value, lang);
}

function goalAchieved(goal: PortfolioGoal, lang: Lang): string {
  const words = BATCH_TEXT[lang];
  const parts = goal.numerator === null || goal.denominator === null ? '' : ` (${shownText(goal.numerator, lang)}/${shownText(goal.denominator, lang)})`;
  if (goal.achieved === '<5') return escapeHtml('<5');
  if (goal.achieved === null) {
    if (goal.suppressed) return escapeHtml(`${words.hidden}${parts}`);
    return `<span class="na">${escapeHtml(UI[lang].goalStatus['not-assessable'])}</span>${escapeHtml(parts)}`;
  }
  return escapeHtml(`${goalValue(goal.achieved, goal, lang)}${parts}`);
}

function goalsTable(portfolio: Portfolio): string {
  const { lang } = portfolio;
  const text = REPORT_TEXT[lang];
  const words = BATCH_TEXT[lang];
  if (portfolio.goals.length === 0) return `<p>${escapeHtml(words.noGoals)}</p>`;
  const head = [text.programme, text.goalId, text.goal, text.indicator, text.target, text.achieved, text.status]
    .map((h) => `<th scope="col" aria-sort="none"><button type="button">${escapeHtml(h)}</button></th>`)
    .join('');
  const labels = labelsByFile(portfolio);
  const rows = portfolio.goals.map(
    (g) =>
      `<tr><td data-sort="${escapeHtml(g.file)}" title="${escapeHtml(g.file)}">${escapeHtml(labels.get(g.file) ?? programmeLabel(g))}</td>` +
      `<td>${escapeHtml(g.id ?? '–')}</td><td class="text">${escapeHtml(g.text ?? '–')}</td><td>${escapeHtml(g.indicator ?? '–')}</td>` +
      `<td class="num" data-sort="${g.target ?? ''}">${escapeHtml(goalValue(g.target, g, lang))}</td>` +
      `<td class="num" data-sort="${typeof g.achieved === 'number' ? g.achieved : ''}">${goalAchieved(g, lang)}</td>` +
      `<td data-sort="${g.status}"><span class="badge ${g.status}">${escapeHtml(g.statusText)}</span></td></tr>`,
  );
  return `<div class="scroll"><table class="sortable"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}

function findingsByFile(portfolio: Portfolio): string {
  const { lang } = portfolio;
  return portfolio.submissions
    .filter((s) => s.rules.length > 0)
    .map((s) => {
      const items = s.rules
        .map((r) => {
          const count = escapeHtml(typeof r.findings === 'number' ? String(r.findings) : r.findings ?? '–');
          const message = r.message === null ? '' : `: ${escapeHtml(r.message)}`;
          return `<li><span class="badge sev-${r.severity}">${escapeHtml(UI[lang].severity[r.severity])}</span> <code>${escapeHtml(r.rule)}</code> (${count})${message}</li>`;
        })
        .join('');
      return `<details><summary>${escapeHtml(s.file)} — ${escapeHtml(programmeLabel(s))}</summary><ul>${items}</ul></details>`;
    })
    .join('\n');
}

function unreadableList(portfolio: Portfolio): string {
  const words = BATCH_TEXT[portfolio.lang];
  if (portfolio.unreadable.length === 0) return `<p>${escapeHtml(words.noUnreadable)}</p>`;
  return `<ul>${portfolio.unreadable.map((u) => `<li><strong>${escapeHtml(u.file)}</strong>: ${escapeHtml(u.message)}</li>`).join('')}</ul>`;
}

const STYLE = `
:root{--ink:#1d2733;--muted:#5b6673;--line:#d6dbe1;--ok:#1e7a3c;--bad:#b3261e;--bar:#2f6db5;--na:#8a939d}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;padding:24px 32px;max-width:1500px}
h1{font-size:26px;margin:0 0 6px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
.meta,.note{color:var(--muted);margin:4px 0}.note{font-size:14px}nav a{margin-right:16px}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#f2f4f7;position:sticky;top:0;white-space:normal;min-width:70px}
thead th button{all:unset;cursor:pointer;font-weight:600}thead th button:focus-visible{outline:2px solid var(--bar)}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
tbody th{font-weight:600;white-space:nowrap;position:sticky;left:0;background:#fff}
.num{text-align:right;white-space:nowrap}td.text{min-width:240px}
.na{color:var(--na);font-style:italic}.change{color:var(--muted)}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;background:#e8ebef}
.badge.ok,.badge.reached{background:#dcefe2;color:var(--ok)}.badge.bad,.badge.not-reached,.badge.sev-error{background:#f7dedc;color:var(--bad)}
.badge.not-assessable{background:#eceef1;color:var(--muted);font-style:italic}.badge.sev-warning{background:#fbeed3;color:#7a5200}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(820px,1fr));gap:16px}
figure.chart{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px 12px;overflow-x:auto}
figcaption{font-weight:600;margin-bottom:6px}figcaption small{font-weight:400;color:var(--muted)}
svg text{font:12px system-ui,sans-serif;fill:var(--ink)}svg text.na{fill:var(--na);font-style:italic}
svg .bar{fill:var(--bar)}svg .nobar{fill:none;stroke:var(--line);stroke-dasharray:4 3}svg .axis{stroke:#9aa3ad}
details{margin:4px 0}summary{cursor:pointer}code{font-size:12px}
@media print{.scroll{overflow:visible}thead th{position:static}}
`;

/** Sorts a table by the clicked column: numbers by value, text by the page's language; empty last. */
const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function(table){
  var heads = table.querySelectorAll('thead th');
  heads.forEach(function(th, col){
    th.querySelector('button').addEventListener('click', function(){
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach(function(h){ h.setAttribute('aria-sort','none'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function(row){ var c = row.cells[col]; var v = c.hasAttribute('data-sort') ? c.getAttribute('data-sort') : c.textContent; return v; };
      var lang = document.documentElement.lang;
      rows.sort(function(a, b){
        var x = key(a), y = key(b);
        if (x === '' && y === '') return 0; if (x === '') return 1; if (y === '') return -1;
        var nx = Number(x), ny = Number(y);
        var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, lang);
        return asc ? r : -r;
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
});
`;

export function portfolioHtml(portfolio: Portfolio): string {
  const { lang } = portfolio;
  const text = REPORT_TEXT[lang];
  const words = BATCH_TEXT[lang];
  const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
  const nav = [
    ['overview', words.sheets.overview],
    ['charts', words.chartsTitle],
    ['goals', words.sheets.goals],
    ['findings', words.findingsByRule],
    ['unreadable', text.unreadable],
  ]
    .map(([id, label]) => `<a href="#${id}">${escapeHtml(label)}</a>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Rapportsjekk">
<title>${escapeHtml(words.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(words.title)}</h1>
<p class="summary">${escapeHtml(words.summary(portfolio.totals))}</p>
<p class="meta">${escapeHtml(words.generated)} ${escapeHtml(portfolio.generatedAt.slice(0, 16).replace('T', ' '))} UTC · ${escapeHtml(text.template)} ${escapeHtml(portfolio.template.id)} ${escapeHtml(portfolio.template.version)}</p>
${portfolio.suppressSmall ? `<p class="note"><strong>${escapeHtml(words.suppressionNote)}</strong></p>` : ''}
<nav>${nav}</nav>
</header>
<main>
<section id="overview"><h2>${escapeHtml(words.sheets.overview)}</h2>
<p class="note">${escapeHtml(words.overviewNote)} ${escapeHtml(words.clickToSort)}</p>
${overviewTable(portfolio)}
</section>
<section id="charts"><h2>${escapeHtml(words.chartsTitle)}</h2>
<p class="note">${escapeHtml(words.chartNote)}</p>
<div class="charts">${charts(portfolio)}</div>
</section>
<section id="goals"><h2>${escapeHtml(words.sheets.goals)}</h2>
${goalsTable(portfolio)}
</section>
<section id="findings"><h2>${escapeHtml(words.findingsByRule)}</h2>
${findingsByFile(portfolio)}
</section>
<section id="unreadable"><h2>${escapeHtml(text.unreadable)}</h2>
${unreadableList(portfolio)}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
