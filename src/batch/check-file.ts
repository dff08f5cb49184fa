/**
 * One file, checked: read it and validate it, or say in plain words why it could not be read.
 * Runs inside a worker process (worker.ts) or in-process (tests); never throws.
 */
import { validate } from '../engine';
import type { Lang, Report } from '../engine';
import { readXlsxFile } from '../hosts/xlsx/read-file';
import { WorkbookReadError } from '../hosts/xlsx/errors';
import type { ReadFailure } from '../hosts/xlsx/errors';

/** Why a file could not be checked: a read failure, or a fault of ours (`internal`). */
export type UnreadableReason = ReadFailure | 'internal';

export type CheckOutcome =
  | { readonly kind: 'report'; readonly report: Report }
  | { readonly kind: 'unreadable'; readonly reason: UnreadableReason; readonly message: string; readonly detail?: string };

export interface CheckOptions {
  readonly lang: Lang;
  readonly now: Date;
}

const INTERNAL: Readonly<Record<Lang, string>> = {
  nb: 'filen kunne ikke kontrolleres (intern feil i Rapportsjekk)',
  en: 'the file could not be checked (internal error in Rapportsjekk)',
};

export function internalFailure(lang: Lang, detail: string): CheckOutcome {
  return { kind: 'unreadable', reason: 'internal', message: INTERNAL[lang], detail };
}

export async function checkFile(path: string, options: CheckOptions): Promise<CheckOutcome> {
  let snapshot;
  try {
    snapshot = await readXlsxFile(path);
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      const outcome: CheckOutcome = { kind: 'unreadable', reason: error.reason, message: error.describe(options.lang) };
      return error.detail === undefined ? outcome : { ...outcome, detail: error.detail };
    }
    return internalFailure(options.lang, error instanceof Error ? error.message : String(error));
  }
  try {
    return { kind: 'report', report: validate(snapshot, { lang: options.lang, now: options.now }) };
  } catch (error) {
    return internalFailure(options.lang, error instanceof Error ? error.message : String(error));
  }
}
