/**
 * A feedback letter per report (`brev/<file>.html`): to the programme, in plain words, what
 * must be corrected and what to look at, where (sheet and cell), how to fix each (the rule's own
 * fix advice), the explanations they gave, their key figures, and the goals that cannot be
 * assessed with the reason. Simple HTML (headings, paragraphs, plain tables) that survives being
 * pasted into an e-mail and prints on A4. Self-contained, like portfolio.html.
 */
import { severityRank } from '../engine';
import type { Lang, Severity } from '../engine';
import { formatList } from '../engine/format';
import { figureLabel } from './figures';
import { ruleDescription, ruleFix } from './fix-advice';
import { escapeHtml, figureText, pageHead } from './html/common';
import { adviceHtml } from './html/rules-table';
import { LETTER_TEXT } from './letter-texts';
import type { Portfolio, PortfolioFinding, PortfolioGoal, Submission } from './portfolio';

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2733;max-width:820px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:26px 0 6px}h3{font-size:15px;margin:16px 0 4px}
.facts{color:#5b6673;margin:0 0 18px}p{margin:8px 0}.fix{margin:4px 0 6px}
table{border-collapse:collapse;width:100%;font-size:14px;margin:4px 0 8px}th,td{border:1px solid #c9ced5;padding:4px 7px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f2f4f7}td.num{text-align:right;white-space:nowrap}code{font-size:13px}.note{color:#5b6673}
@page{size:A4;margin:16mm}@media print{body{padding:0;max-width:none;font-size:11pt}tr,h3{break-inside:avoid}h2,h3{break-after:avoid}}
`;

function findingsTable(findings: readonly PortfolioFinding[], lang: Lang): string {
  const t = LETTER_TEXT[lang];
  const explained = findings.some((f) => f.explanation !== null);
  const head = [t.heads.sheet, t.heads.cell, t.heads.what, ...(explained ? [t.heads.explanation] : [])].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const rows = findings.map(
    (f) =>
      `<tr><td>${escapeHtml(f.sheet ?? '–')}</td><td>${escapeHtml(f.cell ?? t.wholeSheet)}</td><td>${escapeHtml(f.message)}</td>` +
      (explained ? `<td>${f.explanation === null ? '' : escapeHtml(f.explanation)}</td>` : '') +
      '</tr>',
  );
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** One block per rule: what it is, how to fix it, then every place it was found. */
function severitySection(severity: Severity, findings: readonly PortfolioFinding[], lang: Lang): string {
  const t = LETTER_TEXT[lang];
  const own = findings.filter((f) => f.severity === severity);
  if (own.length === 0) return '';
  const title = severity === 'error' ? t.mustFix : severity === 'warning' ? t.shouldCheck : t.forInfo;
  const rules = [...new Set(own.map((f) => f.rule))];
  const blocks = rules.map((rule) => {
    const mine = own.filter((f) => f.rule === rule);
    const fix = ruleFix(rule, lang);
    return `<h3>${escapeHtml(ruleDescription(rule, lang))}</h3>${fix === '' ? '' : `<p class="fix"><strong>${escapeHtml(t.howToFix)}</strong> ${adviceHtml(fix)}</p>`}${findingsTable(mine, lang)}`;
  });
  return `<h2>${escapeHtml(title)} (${own.length})</h2>${blocks.join('')}`;
}

function keyFigures(s: Submission, portfolio: Portfolio): string {
  const { lang } = portfolio;
  const t = LETTER_TEXT[lang];
  const rows = portfolio.keyMetrics.map((key) => `<tr><td>${escapeHtml(figureLabel(key, lang))}</td><td class="num">${escapeHtml(figureText(s.metrics[key], lang))}</td></tr>`);
  return (
    `<h2>${escapeHtml(t.keyFigures)}</h2><p class="note">${escapeHtml(t.keyFiguresNote)}</p>` +
    `<table><thead><tr><th scope="col">${escapeHtml(t.figureHeads.figure)}</th><th scope="col">${escapeHtml(t.figureHeads.value)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function openGoals(goals: readonly PortfolioGoal[], lang: Lang): string {
  const t = LETTER_TEXT[lang];
  const open = goals.filter((g) => g.status === 'not-assessable');
  if (open.length === 0) return '';
  const items = open.map((g) => {
    const why = g.missing.length > 0 ? t.unclear(formatList(g.missing, lang)) : t.unknownResult;
    return `<li><strong>${escapeHtml(t.goalLine(g.id ?? '–', g.text))}</strong>: ${escapeHtml(why)}</li>`;
  });
  return `<h2>${escapeHtml(t.goalsOpen)} (${open.length})</h2><p>${escapeHtml(t.goalsOpenNote)}</p><ul>${items.join('')}</ul>`;
}

export function letterHtml(s: Submission, portfolio: Portfolio, findings: readonly PortfolioFinding[], goals: readonly PortfolioGoal[]): string {
  const { lang } = portfolio;
  const t = LETTER_TEXT[lang];
  const programme = s.programName ?? s.orgName ?? s.file;
  const facts = [
    `${t.facts.programme}: ${programme}`,
    `${t.facts.organisation}: ${s.orgName ?? '–'}${s.orgNumber === null ? '' : ` (${t.facts.orgNr} ${s.orgNumber})`}`,
    `${t.facts.file}: ${s.file}`,
  ];
  const ordered = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  const explained = findings.filter((f) => f.explanation !== null).length;
  const sections = (['error', 'warning', 'info'] as const).map((sev) => severitySection(sev, ordered, lang)).join('');
  return `${pageHead(lang, "default-src 'none'; style-src 'unsafe-inline'", `${t.title(s.year)} – ${programme}`, STYLE)}<main>
<h1>${escapeHtml(t.title(s.year))}</h1>
<p class="facts">${facts.map(escapeHtml).join('<br>')}</p>
${s.version.counted ? '' : `<p><strong>${escapeHtml(t.olderVersion(s.version.countedFile))}</strong></p>`}
<p>${escapeHtml(t.greeting)}</p>
<p>${escapeHtml(t.thanks(programme, s.year))} ${escapeHtml(t.checked(`${portfolio.template.id} ${portfolio.template.version}`))}</p>
<p>${escapeHtml(t.verdict(s.errors, s.warnings))}</p>
${sections}
${explained === 0 ? '' : `<p>${escapeHtml(t.explainedNote(explained))}</p>`}
${openGoals(goals, lang)}
${keyFigures(s, portfolio)}
<p>${escapeHtml(t.closing)}</p>
<p>${escapeHtml(t.regards)}<br>${t.signature.split('\n').map(escapeHtml).join('<br>')}</p>
</main>
</body>
</html>
`;
}

/** Every readable report's letter, by file. */
export function letters(portfolio: Portfolio): Map<string, string> {
  const findings = new Map<string, PortfolioFinding[]>();
  const goals = new Map<string, PortfolioGoal[]>();
  const push = <T>(map: Map<string, T[]>, file: string, item: T): void => {
    const list = map.get(file);
    if (list === undefined) map.set(file, [item]);
    else list.push(item);
  };
  for (const f of portfolio.findings) push(findings, f.file, f);
  for (const g of portfolio.goals) push(goals, g.file, g);
  return new Map(portfolio.submissions.map((s) => [s.file, letterHtml(s, portfolio, findings.get(s.file) ?? [], goals.get(s.file) ?? [])]));
}
