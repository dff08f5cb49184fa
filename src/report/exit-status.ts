/**
 * The one exit rule of `validate` and `batch` (docs/cli.md, docs/batch.md): a script can tell
 * "cannot be accepted" (1) from "not every file was checked" (2) the same way for both.
 */
export type ExitStatus = 0 | 1 | 2;

export interface CheckedCounts {
  /** Files asked about (after a folder is searched). */
  readonly files: number;
  /** Files that could not be read. */
  readonly unreadable: number;
  /** Files read whose report has errors. */
  readonly failed: number;
}

/** 2 when a file could not be read or none was found (2 wins over 1); 1 when a report has errors; else 0. */
export function exitStatus(counts: CheckedCounts): ExitStatus {
  if (counts.files === 0 || counts.unreadable > 0) return 2;
  return counts.failed > 0 ? 1 : 0;
}
