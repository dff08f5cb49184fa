/** Words of the one-click fixes in the pane (kept apart from i18n.ts, which many hands edit). */
import type { Lang } from '../engine';

export interface FixText {
  readonly fixAutomatically: string;
  readonly heading: string;
  readonly intro: string;
  readonly suggestion: string;
  readonly apply: string;
  readonly applyCopy: string;
  readonly cancel: string;
  readonly applied: string;
  readonly skipped: string;
  readonly undo: string;
  readonly undone: string;
  readonly undoKept: string;
  readonly copyReady: string;
  readonly noneChosen: string;
}

export const FIX_TEXT: Readonly<Record<Lang, FixText>> = {
  nb: {
    fixAutomatically: 'Rett automatisk',
    heading: 'Rettelser ({count})',
    intro: 'Bare det som er entydig. Forslag fra målteksten er ikke valgt; kryss av for dem du vil bruke.',
    suggestion: 'Forslag',
    apply: 'Rett valgte celler ({count})',
    applyCopy: 'Last ned rettet kopi ({count})',
    cancel: 'Lukk',
    applied: '{count} celler er rettet og rapporten kontrollert på nytt. «Angre rettelser» setter tilbake verdiene.',
    skipped: '{count} celler ble ikke endret: de er endret siden kontrollen, har en formel eller arket finnes ikke.',
    undo: 'Angre rettelser',
    undone: '{count} celler har fått tilbake verdiene de hadde.',
    undoKept: '{count} celler er endret etter rettingen og ble latt være.',
    copyReady: '{file} er lastet ned med {count} rettede celler. Filen din er ikke endret; alt annet i kopien er som før.',
    noneChosen: 'Ingen rettelser er valgt.',
  },
  en: {
    fixAutomatically: 'Fix automatically',
    heading: 'Fixes ({count})',
    intro: 'Only what is unambiguous. Proposals from the goal text are not selected; tick the ones you want.',
    suggestion: 'Proposal',
    apply: 'Fix the selected cells ({count})',
    applyCopy: 'Download fixed copy ({count})',
    cancel: 'Close',
    applied: '{count} cells are fixed and the report checked again. “Undo fixes” puts the values back.',
    skipped: '{count} cells were not changed: they changed since the check, hold a formula or their sheet is gone.',
    undo: 'Undo fixes',
    undone: '{count} cells have their old values back.',
    undoKept: '{count} cells were edited after the fix and left alone.',
    copyReady: '{file} is downloaded with {count} fixed cells. Your file is unchanged; everything else in the copy is as before.',
    noneChosen: 'No fixes are selected.',
  },
};
