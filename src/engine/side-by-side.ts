/**
 * Bilingual text tables written side by side: each text once, as `[bokmål, English]`, so a
 * translator reads both languages of a key together and a key cannot be written in one
 * language and forgotten in the other. `sideBySide` turns such a table into the
 * `Record<Lang, T>` the code reads (the same objects a per-language table would give).
 */
import type { Lang } from './rule-ids';

/** One text in both languages, as the code reads it (`text[lang]`). */
export interface Texts {
  readonly nb: string;
  readonly en: string;
}

/** `texts('Ark', 'Sheet')`: one text, bokmål first, the way every table of such texts writes it. */
export const texts = (nb: string, en: string): Texts => ({ nb, en });

/** A pair of the same text in both languages, bokmål first. */
export type Both<V> = readonly [nb: V, en: V];

type Plain = string | number | boolean | null | undefined | readonly unknown[] | ((...args: never[]) => unknown);

/**
 * T with every value written as a `Both` pair; a nested object may instead be written side by
 * side itself (its keys once, each with its pair).
 */
export type SideBySide<T> = {
  readonly [K in keyof T]-?: Both<T[K]> | (T[K] extends Plain ? never : SideBySide<T[K]>);
};

function pick(table: object, index: 0 | 1): unknown {
  return Object.fromEntries(
    Object.entries(table).map(([key, value]: [string, unknown]) => [
      key,
      Array.isArray(value) ? (value[index] as unknown) : pick(value as object, index),
    ]),
  );
}

export function sideBySide<T extends object>(table: SideBySide<T>): Readonly<Record<Lang, T>> {
  return { nb: pick(table, 0) as T, en: pick(table, 1) as T };
}
