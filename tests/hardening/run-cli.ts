/**
 * Runs the real command line (`node bin/rapportsjekk.js`, compiled dist/) in a child process
 * and measures it: exit status, output, wall time and peak resident memory. Builds dist/ first
 * when it is missing or older than the sources it runs.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ensureDistBuilt } from '../helpers/dist';

export const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'rapportsjekk.js');
const RSS_REPORTER = path.join(__dirname, 'rss-reporter.js');

/** A run that takes longer than this is killed and counts as hanging. */
export const HANG_MS = 60_000;

/** dist/ built and current (see tests/helpers/dist.ts). */
export const ensureBuilt = (): void => ensureDistBuilt();

export interface CliRun {
  /** null when the process was killed (hang or crash by signal). */
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Peak resident memory of the child; null when it died before it could say. */
  readonly maxRssKb: number | null;
}

export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', RSS_REPORTER, BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    timeout: HANG_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = (result.output[3] as string | null) ?? '';
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    ms,
    maxRssKb: rss === '' ? null : (JSON.parse(rss) as { maxRssKb: number }).maxRssKb,
  };
}
