import type { Command } from 'commander';

/** The caseworker's `batch` command (issue 4) registers itself here. */
export function registerBatchCommand(_program: Command): void {
  // Filled in by the batch work.
}
