/** Where a finding points, in the words of the pane. */
import type { Finding, Lang } from '../engine';
import { maskPersonalIds } from '../engine';
import { PANE_TEXT } from './i18n';

/** `Deltakere!R7`, `Deltakere (hele arket)` or `hele arbeidsboken`. */
export function findingLocation(finding: Pick<Finding, 'sheet' | 'cell'>, lang: Lang): string {
  const t = PANE_TEXT[lang];
  if (finding.sheet === null) return t.noLocation;
  // A sheet named after a person's number is shown masked (the host still gets the real name).
  const sheet = maskPersonalIds(finding.sheet);
  if (finding.cell === null) return `${sheet} (${t.wholeSheet})`;
  return `${sheet}!${finding.cell}`;
}

/** A stable key for one finding in lists and selection state. */
export function findingKey(finding: Finding, index: number): string {
  return `${finding.rule}|${finding.sheet ?? ''}|${finding.cell ?? ''}|${index}`;
}
