/** What every reporter reads: the engine's Report for each file that could be checked. */
import type { Report } from '../engine';

export interface FileReport {
  /** The file name as the user gave it. */
  readonly file: string;
  readonly report: Report;
}

/** A file that could not be read, with the reason in the reader's language. */
export interface FileFailure {
  readonly file: string;
  readonly reason: string;
}
