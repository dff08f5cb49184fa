/**
 * What stops a write in the workbook, said so a person knows what to do. The Excel host throws
 * these; the pane shows `describe(lang)` (a warning when the rest of the action was done).
 */
import type { Lang } from '../engine';

export type BlockedReason = 'cell-edit' | 'protected-workbook' | 'protected-sheets';

const TEXT: Record<Lang, Record<BlockedReason, string>> = {
  nb: {
    'cell-edit': 'Excel er opptatt med å redigere en celle. Trykk Enter eller Esc i cellen, og prøv igjen.',
    'protected-workbook':
      'Arbeidsboken har beskyttet struktur, så Rapportsjekk kan ikke legge til eller endre ark. Velg Se gjennom → Beskytt arbeidsbok for å slå beskyttelsen av, og prøv igjen.',
    'protected-sheets': 'Disse arkene er beskyttet og ble ikke endret: {sheets}. Velg Se gjennom → Opphev arkbeskyttelse på dem, og prøv igjen.',
  },
  en: {
    'cell-edit': 'Excel is busy editing a cell. Press Enter or Esc in the cell, then try again.',
    'protected-workbook':
      "The workbook's structure is protected, so Rapportsjekk cannot add or change sheets. Choose Review → Protect Workbook to turn the protection off, then try again.",
    'protected-sheets': 'These sheets are protected and were not changed: {sheets}. Choose Review → Unprotect Sheet on them, then try again.',
  },
};

export class HostBlockedError extends Error {
  constructor(
    readonly reason: BlockedReason,
    /** Protected sheets that were skipped (protected-sheets only). */
    readonly sheets: readonly string[] = [],
    /** The rest of the action was done (e.g. the other sheets were marked). */
    readonly partial = false,
  ) {
    super(TEXT.en[reason].replace('{sheets}', sheets.join(', ')));
    this.name = 'HostBlockedError';
  }

  describe(lang: Lang): string {
    return TEXT[lang][this.reason].replace('{sheets}', this.sheets.join(', '));
  }
}

export function isHostBlocked(error: unknown): error is HostBlockedError {
  return error instanceof HostBlockedError;
}
