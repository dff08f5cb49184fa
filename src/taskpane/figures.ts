/** Where a finding points, in the words of the pane. */
import type { Finding, Lang } from '../engine';
import { location } from '../report/group';
import { PANE_TEXT } from './i18n';

/** `Deltakere!R7`, `Deltakere (hele arket)` or `hele arbeidsboken` (report/group.ts's location). */
export function findingLocation(finding: Pick<Finding, 'sheet' | 'cell'>, lang: Lang): string {
  const t = PANE_TEXT[lang];
  return location(finding, { workbook: t.noLocation, wholeSheet: t.wholeSheet });
}

/** A stable key for one finding in lists and selection state. */
export function findingKey(finding: Finding, index: number): string {
  return `${finding.rule}|${finding.sheet ?? ''}|${finding.cell ?? ''}|${index}`;
}
