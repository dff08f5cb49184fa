/**
 * Why a file could not be read, in words a person understands (nb and en). Every host that
 * opens files (CLI, batch, browser page) shows these; none shows a stack trace.
 */
import type { Lang } from '../../engine';

export type ReadFailure =
  | 'not-found'
  | 'no-access' // no permission to read it
  | 'not-a-file' // a folder, a device, a pipe: only regular files are read
  | 'empty'
  | 'not-xlsx'
  | 'xls' // old binary Excel format
  | 'ods' // OpenDocument spreadsheet
  | 'encrypted' // password-protected (encrypted OOXML container)
  | 'too-large' // refused before or during inflation (zip bomb guard)
  | 'damaged';

const REASONS: Readonly<Record<ReadFailure, Readonly<Record<Lang, string>>>> = {
  'not-found': { nb: 'filen finnes ikke', en: 'file not found' },
  'no-access': { nb: 'ingen tilgang (mangler lesetillatelse)', en: 'permission denied (no read access)' },
  'not-a-file': { nb: 'ikke en vanlig fil (en mappe, en enhet eller et rør)', en: 'not a regular file (a folder, a device or a pipe)' },
  empty: { nb: 'filen er tom', en: 'the file is empty' },
  'not-xlsx': { nb: 'ikke en xlsx-fil', en: 'not an xlsx file' },
  xls: {
    nb: 'gammelt Excel-format (.xls); åpne filen i Excel og lagre den som Excel-arbeidsbok (.xlsx)',
    en: 'old Excel format (.xls); open it in Excel and save it as an Excel Workbook (.xlsx)',
  },
  ods: {
    nb: 'OpenDocument-regneark (.ods); lagre det som Excel-arbeidsbok (.xlsx)',
    en: 'OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx)',
  },
  encrypted: {
    nb: 'filen er passordbeskyttet; fjern passordet og lagre på nytt',
    en: 'the file is password-protected; remove the password and save again',
  },
  'too-large': { nb: 'filen er for stor til å kontrolleres', en: 'the file is too large to check' },
  damaged: { nb: 'filen er skadet og kan ikke leses', en: 'the file is damaged and cannot be read' },
};

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    /** Technical detail for logs; never shown instead of the reason. */
    readonly detail?: string,
  ) {
    super(REASONS[reason].en);
    this.name = 'WorkbookReadError';
  }

  describe(lang: Lang): string {
    return REASONS[this.reason][lang];
  }
}

export function describeReadFailure(reason: ReadFailure, lang: Lang): string {
  return REASONS[reason][lang];
}
