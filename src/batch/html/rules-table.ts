/**
 * Across reports: which rules fail in how many of the counted reports («i 11 av 60
 * rapporter»), how serious, how to fix them, and links to the reports.
 */
import { UI } from '../../engine';
import type { Portfolio } from '../portfolio';
import { escapeHtml, rowId } from './common';
import { PAGE_TEXT } from './page-texts';

/** Links shown before the rest fold away under «Vis alle». */
const LINKS_SHOWN = 12;

/** `code` in the rules' texts becomes <code>. */
export const adviceHtml = (text: string): string => escapeHtml(text).replace(/`([^`]*)`/g, '<code>$1</code>');

export function rulesTable(portfolio: Portfolio, indexOf: ReadonlyMap<string, number>): string {
  const { lang } = portfolio;
  const words = PAGE_TEXT[lang];
  if (portfolio.ruleTable.length === 0) return `<p>${escapeHtml(words.noRulesFail)}</p>`;
  const labelOf = new Map(portfolio.submissions.map((s) => [s.file, s.label]));
  const rows = portfolio.ruleTable.map((r) => {
    const links = r.files.map((f) => `<a href="#${rowId(indexOf.get(f) ?? 0)}">${escapeHtml(labelOf.get(f) ?? f)}</a>`);
    const shown = links.slice(0, LINKS_SHOWN).join(', ');
    const rest = links.length > LINKS_SHOWN ? ` <details><summary>${escapeHtml(words.showAll(links.length))}</summary>${links.slice(LINKS_SHOWN).join(', ')}</details>` : '';
    const share = r.of === 0 ? 0 : r.reports / r.of;
    return (
      `<tr><th scope="row"><code>${escapeHtml(r.rule)}</code><br><span class="desc">${escapeHtml(r.description)}</span></th>` +
      `<td><span class="badge sev-${r.severity}">${escapeHtml(UI[lang].severity[r.severity])}</span></td>` +
      `<td class="num" data-sort="${r.reports}"><strong>${escapeHtml(words.inReports(r.reports, r.of))}</strong>` +
      `<span class="meter" aria-hidden="true"><span style="width:${Math.round(share * 1000) / 10}%"></span></span><small>${escapeHtml(words.findingsCount(r.findings))}</small></td>` +
      `<td class="fix">${adviceHtml(r.fix)}</td><td class="links">${shown}${rest}</td></tr>`
    );
  });
  const head = words.ruleHeads.map((h, i) => `<th scope="col"${i === 2 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  return (
    `<table class="rules-table" id="rules-table"><caption class="sr">${escapeHtml(words.rulesCaption)}</caption>` +
    `<colgroup><col class="c-rule"><col class="c-sev"><col class="c-count"><col class="c-fix"><col class="c-links"></colgroup>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`
  );
}
