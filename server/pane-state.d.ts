/** Types for server/pane-state.js. */
export const ROOT: string;
export const PANE_DIR: string;
export const STATE_DIR: string;
export const STATE_FILE: string;
export const LOG_FILE: string;
export interface ServerState {
  readonly pid: number;
  readonly port: number;
  readonly protocol: 'http' | 'https';
  readonly url: string;
  readonly started: string;
}
export function ensureStateDir(): void;
export function runningServer(): ServerState | null;
export function isAlive(pid: number): boolean;
export function isOurServer(pid: number): boolean;
