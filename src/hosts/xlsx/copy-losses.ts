/**
 * What a marked copy lacks that the original had. The copy goes through ExcelJS, which carries
 * cells, styles, notes, validations, conditional formats and images of its own model, but not
 * charts, pivot tables, slicers or macros (and the lifted parts aside, nothing it does not
 * model). The original file is never changed; the person downloading the copy is told what it
 * lacks instead of finding out later. Counted by the package's parts, before and after, from the
 * zip directories alone (nothing is unpacked). Browser-safe.
 */
import { readWorkbookDirectory } from './zip-directory';

export type CopyLoss = 'charts' | 'pivot-tables' | 'slicers' | 'macros' | 'images' | 'tables';

const KINDS: readonly (readonly [CopyLoss, RegExp])[] = [
  ['charts', /^xl\/charts\/chart[^/]*\.xml$/i],
  ['pivot-tables', /^xl\/pivotTables\/[^/]+\.xml$/i],
  ['slicers', /^xl\/slicers\/[^/]+\.xml$/i],
  ['macros', /^xl\/vbaProject\.bin$/i],
  ['images', /^xl\/media\/[^/]+$/i],
  ['tables', /^xl\/tables\/[^/]+\.xml$/i],
];

function counts(bytes: Uint8Array): Map<CopyLoss, number> {
  const names = readWorkbookDirectory(bytes).map((entry) => entry.name);
  return new Map(KINDS.map(([kind, pattern]) => [kind, names.filter((name) => pattern.test(name)).length]));
}

/** The kinds of content the copy has fewer of than the original, with how many are missing. */
export function copyLosses(original: Uint8Array, copy: Uint8Array): { readonly kind: CopyLoss; readonly missing: number }[] {
  const [before, after] = [counts(original), counts(copy)];
  return KINDS.map(([kind]) => ({ kind, missing: (before.get(kind) ?? 0) - (after.get(kind) ?? 0) })).filter(({ missing }) => missing > 0);
}
