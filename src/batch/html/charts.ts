/**
 * Charts that read at 60 reports: one row per counted report, sorted by value, labelled with
 * its short unique name (HTML text that wraps, so nothing is ever cut), the median and, where
 * the scheme has one, the 60 % level drawn across. Reports with errors are drawn as red
 * diamonds (and say so to a screen reader); reports whose figure cannot be computed are listed
 * beneath the chart, never drawn as 0.
 */
import { formatPercent } from '../../engine';
import type { Lang } from '../../engine';
import { Figure, figureDenominatorLabel, figureLabel, KeyMetric } from '../figures';
import type { Portfolio, Submission } from '../portfolio';
import { escapeHtml, figureText, rowId } from './common';
import { WORK_OR_EDUCATION_LEVEL } from './overview';
import { PAGE_TEXT } from './page-texts';

export interface ChartSpec {
  readonly key: KeyMetric | 'goalsAssessed';
  readonly level: number | null;
}

export const CHARTS: readonly ChartSpec[] = [
  { key: 'workOrEducationRateAtEnd', level: WORK_OR_EDUCATION_LEVEL },
  { key: 'relevantEmploymentRateAtEnd', level: null },
  { key: 'completionRate', level: null },
  { key: 'goalsAssessed', level: null },
];

/** Goals reached of those that can be assessed, as a rate figure like the others. */
export function goalsAssessedFigure(s: Submission): Figure {
  const { assessable, reached } = s.goalCounts;
  return { key: 'goalsReached', kind: 'rate', value: assessable === 0 ? null : reached / assessable, numerator: reached, denominator: assessable, suppressed: false };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const percent = (v: number): string => `${Math.round(v * 1000) / 10}%`;

export function chart(portfolio: Portfolio, spec: ChartSpec, indexOf: ReadonlyMap<string, number>): string {
  const { lang } = portfolio;
  const words = PAGE_TEXT[lang];
  const counted = portfolio.submissions.filter((s) => s.version.counted);
  const figureOf = (s: Submission): Figure => (spec.key === 'goalsAssessed' ? goalsAssessedFigure(s) : s.metrics[spec.key]);
  const drawn = counted
    .map((s) => ({ s, figure: figureOf(s) }))
    .filter((d): d is { s: Submission; figure: Figure & { value: number } } => typeof d.figure.value === 'number')
    .sort((a, b) => b.figure.value - a.figure.value || (a.s.label < b.s.label ? -1 : 1));
  const missing = counted.filter((s) => typeof figureOf(s).value !== 'number');
  const mid = median(drawn.map((d) => d.figure.value));
  const title = spec.key === 'goalsAssessed' ? words.goalsChart : figureLabel(spec.key, lang);
  const over = spec.key === 'goalsAssessed' ? words.goalsChartOver : figureDenominatorLabel(spec.key, lang);
  const lines = [
    mid === null ? null : `--median:${percent(mid)}`,
    spec.level === null ? null : `--level:${percent(spec.level)}`,
  ].filter((x) => x !== null);
  const rows = drawn.map(({ s, figure }) => {
    const err = s.errors > 0;
    const link = `<a href="#${rowId(indexOf.get(s.file) ?? 0)}">${escapeHtml(s.label)}</a>`;
    return (
      `<li${err ? ' class="err"' : ''}><span class="lbl">${link}${err ? `<span class="sr"> (${escapeHtml(words.hasErrors)})</span>` : ''}</span>` +
      `<span class="track"><span class="bar" style="width:${percent(Math.min(1, figure.value))}"></span></span>` +
      `<span class="val">${escapeHtml(figureText(figure, lang))}</span></li>`
    );
  });
  const legend = [
    `<span class="key ok"></span> ${escapeHtml(words.legendClean)}`,
    `<span class="key err"></span> ${escapeHtml(words.legendErrors)}`,
    mid === null ? null : `<span class="key median"></span> ${escapeHtml(words.medianIs(formatPercent(mid, lang)))}`,
    spec.level === null ? null : `<span class="key level"></span> ${escapeHtml(words.levelIs(formatPercent(spec.level, lang)))}`,
  ].filter((x) => x !== null);
  const notComputable =
    missing.length === 0
      ? ''
      : `<p class="missing"><strong>${escapeHtml(words.notComputableFor(missing.length))}</strong> ${missing
          .map((s) => `<a href="#${rowId(indexOf.get(s.file) ?? 0)}">${escapeHtml(s.label)}</a> (${escapeHtml(figureText(figureOf(s), lang))})`)
          .join(', ')}</p>`;
  const id = `chart-${spec.key}`;
  return (
    `<figure class="chart" id="${id}" aria-labelledby="${id}-t"><figcaption id="${id}-t">${escapeHtml(title)}` +
    (over === null ? '' : ` <small>(${escapeHtml(words.over)} ${escapeHtml(over)})</small>`) +
    `</figcaption><p class="legend">${legend.join(' ')}</p>` +
    `<ol class="dots${spec.level === null ? '' : ' has-level'}${mid === null ? '' : ' has-median'}" style="${lines.join(';')}">${rows.join('')}</ol>${notComputable}</figure>`
  );
}

export function charts(portfolio: Portfolio, indexOf: ReadonlyMap<string, number>, lang: Lang): string {
  if (portfolio.submissions.length === 0) return `<p>${escapeHtml(PAGE_TEXT[lang].nothingToChart)}</p>`;
  return CHARTS.map((spec) => chart(portfolio, spec, indexOf)).join('\n');
}
