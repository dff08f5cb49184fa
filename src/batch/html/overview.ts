/**
 * The overview: one row per report, narrow enough for 1280 px (and A4 landscape) without
 * scrolling sideways. The headline figures of the scheme only; the rest opens per report
 * (details.ts). Rows carry what the filters need (status, rules, programme type, version).
 */
import { formatPercent } from '../../engine';
import type { Lang } from '../../engine';
import { formatGrouped } from '../../report/values';
import type { Figure } from '../figures';
import type { Portfolio, Submission } from '../portfolio';
import { changeText, escapeHtml, rowId, shownText, sortKey } from './common';
import { PAGE_TEXT } from './page-texts';

/** The scheme's required level for work or education among leavers (Jobbsjansen's 60 %). */
export const WORK_OR_EDUCATION_LEVEL = 0.6;

export type StatusKind = 'error' | 'warning' | 'clean';
export const statusKind = (s: Submission): StatusKind => (s.errors > 0 ? 'error' : s.warnings > 0 ? 'warning' : 'clean');

function statusCell(s: Submission, lang: Lang): string {
  const words = PAGE_TEXT[lang];
  const kind = statusKind(s);
  const badges: string[] = [];
  if (s.errors > 0) badges.push(`<span class="badge sev-error">${escapeHtml(words.errors(s.errors))}</span>`);
  if (s.warnings > 0) badges.push(`<span class="badge sev-warning">${escapeHtml(words.warnings(s.warnings))}</span>`);
  if (kind === 'clean') badges.push(`<span class="badge ok">${escapeHtml(words.noFindings)}</span>`);
  return `<td data-sort="${s.errors * 10000 + s.warnings}">${badges.join(' ')}</td>`;
}

function versionNote(s: Submission, lang: Lang): string {
  const words = PAGE_TEXT[lang];
  const v = s.version;
  const notes: string[] = [];
  if (!v.counted) notes.push(`<span class="badge dup">${escapeHtml(words.olderVersion)}</span> ${escapeHtml(words.replacedBy(v.countedFile))}`);
  else if (v.versions > 1) notes.push(`<span class="badge dup">${escapeHtml(words.versions(v.versions))}</span> ${escapeHtml(words.newestCounted)}`);
  if (v.sameOrganisation.length > 0) notes.push(`<span class="badge dup">${escapeHtml(words.sameOrgYear)}</span> ${escapeHtml(v.sameOrganisation.join(', '))}`);
  return notes.length === 0 ? '' : `<div class="version">${notes.join('<br>')}</div>`;
}

/** "58 %" over "14 av 24", with the 60 % level as a word, not only a colour. */
function rateCell(figure: Figure, lang: Lang, level: number | null): string {
  const words = PAGE_TEXT[lang];
  const parts = `${shownText(figure.numerator, lang)} ${words.of} ${shownText(figure.denominator, lang)}`;
  if (typeof figure.value !== 'number') {
    const why = figure.suppressed ? words.hidden : words.notComputable;
    return `<td class="num" data-sort=""><span class="na">${escapeHtml(why)}</span><br><small>${escapeHtml(parts)}</small></td>`;
  }
  const below = level !== null && figure.value < level;
  const mark = level === null ? '' : ` <span class="lvl ${below ? 'below' : 'above'}">${escapeHtml(below ? words.belowLevel : words.atLevel)}</span>`;
  return `<td class="num" data-sort="${sortKey(figure.value)}"><strong>${escapeHtml(formatPercent(figure.value, lang))}</strong>${mark}<br><small>${escapeHtml(parts)}</small></td>`;
}

function goalsCell(s: Submission, lang: Lang): string {
  const words = PAGE_TEXT[lang];
  const { goals, assessable, reached } = s.goalCounts;
  if (goals === 0) return `<td class="num" data-sort=""><span class="na">${escapeHtml(words.noGoals)}</span></td>`;
  const open = goals - assessable;
  const rest = open === 0 ? '' : `<br><small>${escapeHtml(words.notAssessable(open))}</small>`;
  return `<td class="num" data-sort="${assessable === 0 ? '' : sortKey(reached / assessable)}">${escapeHtml(words.reachedOf(reached, assessable))}${rest}</td>`;
}

function changeCell(s: Submission, lang: Lang): string {
  if (s.previous === null) return '<td class="num" data-sort="">–</td>';
  const change = s.previous.change.workOrEducationRateAtEnd;
  return `<td class="num" data-sort="${sortKey(change)}"><small>${escapeHtml(changeText('rate', change, s.previous.year, lang))}</small></td>`;
}

export function overviewRow(s: Submission, index: number, portfolio: Portfolio): string {
  const { lang } = portfolio;
  const words = PAGE_TEXT[lang];
  const participants = s.metrics.participants.value;
  const org = [s.orgName ?? '–', s.orgNumber === null ? null : `${words.orgNr} ${s.orgNumber}`].filter((x) => x !== null).join(' · ');
  const attrs = [
    `id="${rowId(index)}"`,
    `data-status="${statusKind(s)}"`,
    `data-rules="${escapeHtml(s.rules.map((r) => r.rule).join(' '))}"`,
    `data-type="${escapeHtml(s.programType ?? '')}"`,
    `data-counted="${s.version.counted ? '1' : '0'}"`,
    s.version.counted ? '' : 'class="older"',
  ].filter((a) => a !== '');
  return (
    `<tr ${attrs.join(' ')}>` +
    `<th scope="row" data-sort="${escapeHtml(s.label)}"><span class="prog">${escapeHtml(s.label)}</span><br><small>${escapeHtml(org)}</small>` +
    `<br><small class="file">${escapeHtml(s.file)}</small>${versionNote(s, lang)}</th>` +
    `<td class="num" data-sort="${s.year ?? ''}">${s.year ?? '–'}</td>` +
    statusCell(s, lang) +
    `<td class="num" data-sort="${typeof participants === 'number' ? participants : ''}">${escapeHtml(typeof participants === 'number' ? formatGrouped(participants, lang) : shownText(participants, lang))}</td>` +
    rateCell(s.metrics.workOrEducationRateAtEnd, lang, WORK_OR_EDUCATION_LEVEL) +
    rateCell(s.metrics.relevantEmploymentRateAtEnd, lang, null) +
    goalsCell(s, lang) +
    changeCell(s, lang) +
    `<td class="more"><button type="button" class="open" aria-expanded="false" data-details="d${index + 1}">${escapeHtml(words.details)}<span class="sr"> ${escapeHtml(s.label)}</span></button></td>` +
    '</tr>'
  );
}

export function overviewTable(portfolio: Portfolio): string {
  const words = PAGE_TEXT[portfolio.lang];
  const heads = words.overviewHeads
    .map((h, i) => {
      const sortable = i < words.overviewHeads.length - 1;
      const label = `${escapeHtml(h.title)}${h.sub === '' ? '' : `<small>${escapeHtml(h.sub)}</small>`}`;
      return sortable ? `<th scope="col" aria-sort="none"${i > 0 ? ' class="num"' : ''}><button type="button">${label}</button></th>` : `<th scope="col"><span class="sr">${label}</span></th>`;
    })
    .join('');
  const rows = portfolio.submissions.map((s, i) => overviewRow(s, i, portfolio)).join('\n');
  return (
    `<table class="sortable overview" id="overview-table"><caption class="sr">${escapeHtml(words.overviewCaption)}</caption>` +
    `<colgroup><col class="c-prog"><col class="c-year"><col class="c-status"><col class="c-n"><col class="c-rate"><col class="c-rate2"><col class="c-goals"><col class="c-change"><col class="c-more"></colgroup>` +
    `<thead><tr>${heads}</tr></thead><tbody>${rows}</tbody></table>`
  );
}
