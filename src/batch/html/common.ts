/** Small pieces every portfolio HTML output shares: escaping and how numbers read. */
import { formatNumber, formatPercent } from '../../engine';
import type { Lang } from '../../engine';
import { formatGrouped } from '../../report/values';
import type { Figure, Shown } from '../figures';
import { BATCH_TEXT } from '../texts';

export { escapeHtml } from '../../report/escape';
import { escapeHtml } from '../../report/escape';

/** The opening of every page batch writes (portfolio and letters), up to and with `<body>`. */
export function pageHead(lang: Lang, csp: string, title: string, style: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Rapportsjekk">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
`;
}

export const shownText = (n: Shown, lang: Lang): string => (typeof n === 'number' ? formatGrouped(n, lang) : n === '<5' ? '<5' : '–');

/** "60 % (6/10)", "skjult (<5/10)", "kan ikke beregnes (0/0)", "12", "3,9 (n = 12)". */
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

/** "+5,2 pp siden 2024" (rates in percentage points), "−3 siden 2024", "siden 2024: –". */
export function changeText(kind: Figure['kind'], change: number | null, year: number, lang: Lang): string {
  const since = lang === 'nb' ? `siden ${year}` : `since ${year}`;
  if (change === null) return `${since}: –`;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const magnitude = Math.abs(change);
  const amount = kind === 'rate' ? `${formatNumber(Math.round(magnitude * 1000) / 10, lang)} pp` : formatNumber(Math.round(magnitude * 100) / 100, lang);
  return `${sign}${amount} ${since}`;
}

/** A sort key that never carries a long digit run (and so is never taken for an ID number). */
export const sortKey = (value: number | null): string => (value === null ? '' : String(Math.round(value * 1e6) / 1e6));

/** The id of a submission's overview row, for links from the rules table and the charts. */
export const rowId = (index: number): string => `r${index + 1}`;
