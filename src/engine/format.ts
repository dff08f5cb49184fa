/** Message rendering: templates with named placeholders, numbers in the reader's language. */
import { Lang } from './rule-ids';
import { MessageData } from './rule';
import { UiText } from './i18n/catalogue';
import { nbUi } from './i18n/nb';
import { enUi } from './i18n/en';
import { maskPersonalIds } from './personal-id';
import { formatDecimal } from './decimal';

export const UI: Readonly<Record<Lang, UiText>> = { nb: nbUi, en: enUi };

/** ["indicator", "timepoint"] → "indikator og måletidspunkt". */
export function formatList(terms: readonly string[], lang: Lang): string {
  const words = terms.map((term) => UI[lang].terms[term] ?? term);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${UI[lang].and} ${words[words.length - 1]}`;
}

const PLAIN = { maximumFractionDigits: 2, useGrouping: false };

export function formatNumber(value: number, lang: Lang): string {
  return formatDecimal(value, lang, PLAIN);
}

/** 0.6 → `60 %` (nb) / `60%` (en). */
export function formatPercent(fraction: number, lang: Lang): string {
  const percent = formatNumber(Math.round(fraction * 1000) / 10, lang);
  return lang === 'nb' ? `${percent} %` : `${percent}%`;
}

/** The one masking choke point lives with the number's recognition (personal-id.ts). */
export { maskPersonalIds } from './personal-id';

export function renderMessage(template: string, data: MessageData, lang: Lang): string {
  const text = template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, style?: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    if (typeof value === 'string') return value;
    if (typeof value !== 'number') return formatList(value, lang);
    return style === 'percent' ? formatPercent(value, lang) : formatNumber(value, lang);
  });
  return maskPersonalIds(text);
}
