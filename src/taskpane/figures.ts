/** Where a finding points, in the words of the pane. */
import type { Finding, Lang } from '../engine';
import { PANE_TEXT } from './i18n';

/** `Deltakere!R7`, `Deltakere (hele arket)` or `hele arbeidsboken`. */
export function findingLocation(finding: Pick<Finding, 'sheet' | 'cell'>, lang: Lang): string {
  const t = PANE_TEXT[lang];
  if (finding.sheet === null) return t.noLocation;
  if (finding.cell === null) return `${finding.sheet} (${t.wholeSheet})`;
  return `${finding.sheet}!${finding.cell}`;
}

/** A stable key for one finding in lists and selection state. */
export function findingKey(finding: Finding, index: number): string {
  return `${finding.rule}|${finding.sheet ?? ''}|${finding.cell ?? ''}|${index}`;
}
