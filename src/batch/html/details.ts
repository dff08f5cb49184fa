/**
 * The details of one report, opened on demand from its overview row: every key figure with
 * its change, the findings by rule (the first few per rule; the letter has them all), the goals,
 * and the versions. Written into a <template>, so 500 reports cost the browser nothing until
 * one is opened.
 */
import { formatPercent, UI } from '../../engine';
import type { Lang } from '../../engine';
import { formatGrouped } from '../../report/values';
import { figureLabel } from '../figures';
import type { Portfolio, PortfolioFinding, PortfolioGoal, Submission } from '../portfolio';
import { changeText, escapeHtml, figureText, shownText } from './common';
import { PAGE_TEXT } from './page-texts';

/** Findings shown per rule in the details; the letter lists every one. */
const FINDINGS_PER_RULE = 8;

function figuresTable(s: Submission, portfolio: Portfolio): string {
  const { lang } = portfolio;
  const words = PAGE_TEXT[lang];
  const rows = portfolio.keyMetrics.map((key) => {
    const figure = s.metrics[key];
    const change = s.previous === null ? '' : changeText(figure.kind, s.previous.change[key], s.previous.year, lang);
    return `<tr><th scope="row">${escapeHtml(figureLabel(key, lang))}</th><td class="num">${escapeHtml(figureText(figure, lang))}</td><td class="num">${escapeHtml(change)}</td></tr>`;
  });
  return `<table class="figures"><caption>${escapeHtml(words.keyFigures)}</caption><thead><tr><th scope="col">${escapeHtml(words.figure)}</th><th scope="col" class="num">${escapeHtml(words.value)}</th><th scope="col" class="num">${escapeHtml(words.change)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function findingsList(s: Submission, findings: readonly PortfolioFinding[], lang: Lang): string {
  const words = PAGE_TEXT[lang];
  if (s.rules.length === 0) return `<p>${escapeHtml(words.noFindingsLong)}</p>`;
  const items = s.rules.map((r) => {
    const own = findings.filter((f) => f.rule === r.rule);
    const shown = own.slice(0, FINDINGS_PER_RULE).map((f) => {
      const where = f.sheet === null ? '' : `${f.sheet}${f.cell === null ? '' : `!${f.cell}`}: `;
      const explained = f.explanation === null ? '' : ` <em>${escapeHtml(words.theirExplanation)}: «${escapeHtml(f.explanation)}»</em>`;
      return `<li>${escapeHtml(where + f.message)}${explained}</li>`;
    });
    const more = own.length > FINDINGS_PER_RULE ? `<li class="na">${escapeHtml(words.more(own.length - FINDINGS_PER_RULE))}</li>` : '';
    const summary = r.message === null ? '' : ` ${escapeHtml(r.message)}`;
    return `<li><span class="badge sev-${r.severity}">${escapeHtml(UI[lang].severity[r.severity])}</span> <code>${escapeHtml(r.rule)}</code>${summary}<ul>${shown.join('')}${more}</ul></li>`;
  });
  return `<ul class="rules">${items.join('')}</ul>`;
}

function goalAchieved(goal: PortfolioGoal, lang: Lang): string {
  const value = (v: number): string => (goal.kind === 'share' ? formatPercent(v, lang) : formatGrouped(v, lang));
  const parts = goal.numerator === null || goal.denominator === null ? '' : ` (${shownText(goal.numerator, lang)}/${shownText(goal.denominator, lang)})`;
  if (goal.achieved === '<5') return '&lt;5';
  if (goal.achieved === null) return goal.suppressed ? escapeHtml(`${PAGE_TEXT[lang].hidden}${parts}`) : `<span class="na">–</span>${escapeHtml(parts)}`;
  return escapeHtml(`${value(goal.achieved)}${parts}`);
}

function goalsTable(goals: readonly PortfolioGoal[], lang: Lang): string {
  const words = PAGE_TEXT[lang];
  if (goals.length === 0) return `<p>${escapeHtml(words.noGoalsLong)}</p>`;
  const rows = goals.map((g) => {
    const target = g.target === null ? '–' : g.kind === 'share' ? formatPercent(g.target, lang) : formatGrouped(g.target, lang);
    return (
      `<tr><td>${escapeHtml(g.id ?? '–')}</td><td>${escapeHtml(g.text ?? '–')}</td><td>${escapeHtml(g.indicator ?? '–')}</td>` +
      `<td class="num">${escapeHtml(target)}</td><td class="num">${goalAchieved(g, lang)}</td>` +
      `<td><span class="badge ${g.status}">${escapeHtml(g.statusText)}</span></td></tr>`
    );
  });
  const head = words.goalHeads.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  return `<table class="goals"><caption>${escapeHtml(words.goalsCaption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function detailsTemplate(s: Submission, index: number, portfolio: Portfolio, grouped: ReadonlyMap<string, { findings: PortfolioFinding[]; goals: PortfolioGoal[] }>, letter: string | null): string {
  const { lang } = portfolio;
  const words = PAGE_TEXT[lang];
  const own = grouped.get(s.file) ?? { findings: [], goals: [] };
  const facts = [
    `${words.file}: ${s.file}`,
    s.programType === null ? null : `${words.programmeType}: ${s.programType}`,
    s.version.group === null ? null : `${words.sameOrgYearFiles}: ${s.version.groupFiles.join(', ')}`,
    s.previous === null ? null : `${words.comparedWith}: ${s.previous.file} (${s.previous.year})`,
  ].filter((x): x is string => x !== null);
  const letterLink = letter === null ? '' : `<p><a href="${escapeHtml(letter)}">${escapeHtml(words.openLetter)}</a></p>`;
  return (
    `<template id="d${index + 1}"><div class="details">` +
    `<p class="meta">${facts.map(escapeHtml).join('<br>')}</p>${letterLink}` +
    `<div class="cols">${figuresTable(s, portfolio)}<div><h3>${escapeHtml(words.findingsHeading)}</h3>${findingsList(s, own.findings, lang)}</div></div>` +
    goalsTable(own.goals, lang) +
    `</div></template>`
  );
}
