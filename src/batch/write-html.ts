/**
 * portfolio.html: one self-contained page for the caseworker. No external asset, font or
 * script: styles and the small script are inline, the charts are HTML, and a
 * Content-Security-Policy forbids the browser from fetching anything. Every text from a
 * submission is escaped. Sections: the overview (filters, details on demand), the rules across
 * reports, the key-figure charts, and the files that could not be read.
 */
import type { Portfolio, PortfolioFinding, PortfolioGoal } from './portfolio';
import { BATCH_TEXT } from './texts';
import { charts } from './html/charts';
import { escapeHtml, pageHead } from './html/common';
import { detailsTemplate } from './html/details';
import { overviewTable } from './html/overview';
import { PAGE_TEXT } from './html/page-texts';
import { rulesTable } from './html/rules-table';
import { SCRIPT } from './html/script';
import { STYLE } from './html/style';

export { escapeHtml, figureText } from './html/common';

/** Counted reports of more than this many get their charts folded (a 500-row chart is a wall). */
const CHARTS_OPEN_UP_TO = 120;

function filters(portfolio: Portfolio): string {
  const words = PAGE_TEXT[portfolio.lang];
  const f = words.filters;
  const option = (value: string, label: string): string => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const types = [...new Set(portfolio.submissions.map((s) => s.programType).filter((t): t is string => t !== null))].sort();
  const older = portfolio.totals.superseded > 0 ? '' : ' disabled';
  return (
    `<form class="filters" id="filters" aria-label="${escapeHtml(f.legend)}"><fieldset><legend>${escapeHtml(f.legend)}</legend>` +
    `<label>${escapeHtml(f.status)}<select name="status">${option('', f.statusAll)}${option('error', f.statusError)}${option('warning', f.statusWarning)}${option('clean', f.statusClean)}</select></label>` +
    `<label>${escapeHtml(f.rule)}<select name="rule">${option('', f.ruleAll)}${portfolio.ruleTable.map((r) => option(r.rule, `${r.rule} (${r.reports})`)).join('')}</select></label>` +
    `<label>${escapeHtml(f.type)}<select name="type">${option('', f.typeAll)}${types.map((t) => option(t, t)).join('')}</select></label>` +
    `<label class="check"><input type="checkbox" name="older"${older}> ${escapeHtml(f.older)}</label>` +
    `<output id="showing" aria-live="polite" data-template="${escapeHtml(words.showing)}"></output></fieldset></form>`
  );
}

function unreadableList(portfolio: Portfolio): string {
  const words = BATCH_TEXT[portfolio.lang];
  if (portfolio.unreadable.length === 0) return `<p>${escapeHtml(words.noUnreadable)}</p>`;
  return `<ul>${portfolio.unreadable.map((u) => `<li><strong>${escapeHtml(u.file)}</strong>: ${escapeHtml(u.message)}</li>`).join('')}</ul>`;
}

/** The page. `letters` maps a file to its letter's path relative to the page (none: no links). */
export function portfolioHtml(portfolio: Portfolio, letters: ReadonlyMap<string, string> = new Map()): string {
  const { lang } = portfolio;
  const words = BATCH_TEXT[lang];
  const page = PAGE_TEXT[lang];
  const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
  const indexOf = new Map(portfolio.submissions.map((s, i) => [s.file, i]));
  const grouped = new Map<string, { findings: PortfolioFinding[]; goals: PortfolioGoal[] }>();
  const entry = (file: string): { findings: PortfolioFinding[]; goals: PortfolioGoal[] } => {
    const found = grouped.get(file) ?? { findings: [], goals: [] };
    grouped.set(file, found);
    return found;
  };
  for (const f of portfolio.findings) entry(f.file).findings.push(f);
  for (const g of portfolio.goals) entry(g.file).goals.push(g);
  const templates = portfolio.submissions.map((s, i) => detailsTemplate(s, i, portfolio, grouped, letters.get(s.file) ?? null)).join('\n');
  const counted = portfolio.submissions.filter((s) => s.version.counted);
  const headline = page.headline({
    files: portfolio.totals.files,
    counted: portfolio.totals.counted,
    superseded: portfolio.totals.superseded,
    failed: counted.filter((s) => s.errors > 0).length,
    unreadable: portfolio.totals.unreadable,
  });
  const sections: [string, string][] = [
    ['overview', page.sections.overview],
    ['rules', page.sections.rules],
    ['charts', page.sections.charts],
    ['unreadable', page.sections.unreadable],
  ];
  const nav = sections.map(([id, label]) => `<a href="#${id}">${escapeHtml(label)}</a>`).join('');
  const chartBlock = `<div class="charts">${charts(portfolio, indexOf, lang)}</div>`;
  return `${pageHead(lang, csp, words.title, STYLE)}<header>
<h1>${escapeHtml(words.title)}</h1>
<p class="summary">${escapeHtml(headline)}</p>
<p class="meta">${escapeHtml(words.generated)} ${escapeHtml(portfolio.generatedAt.slice(0, 16).replace('T', ' '))} UTC · ${escapeHtml(portfolio.template.id)} ${escapeHtml(portfolio.template.version)}</p>
${portfolio.suppressSmall ? `<p class="note"><strong>${escapeHtml(words.suppressionNote)}</strong></p>` : ''}
<nav aria-label="${escapeHtml(page.nav)}">${nav}</nav>
</header>
<main>
<section id="overview" aria-labelledby="h-overview"><h2 id="h-overview">${escapeHtml(page.sections.overview)}</h2>
<p class="note">${escapeHtml(page.overviewNote)}</p>
${filters(portfolio)}
${overviewTable(portfolio)}
${templates}
</section>
<section id="rules" aria-labelledby="h-rules"><h2 id="h-rules">${escapeHtml(page.sections.rules)}</h2>
<p class="note">${escapeHtml(page.rulesNote(portfolio.totals.counted))}</p>
${rulesTable(portfolio, indexOf)}
</section>
<section id="charts" aria-labelledby="h-charts"><h2 id="h-charts">${escapeHtml(page.sections.charts)}</h2>
<p class="note">${escapeHtml(page.chartsNote)}</p>
${counted.length > CHARTS_OPEN_UP_TO ? `<details><summary>${escapeHtml(page.sections.charts)}</summary>${chartBlock}</details>` : chartBlock}
</section>
<section id="unreadable" aria-labelledby="h-unreadable"><h2 id="h-unreadable">${escapeHtml(page.sections.unreadable)}</h2>
${unreadableList(portfolio)}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
