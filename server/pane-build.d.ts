/** Types for server/pane-build.js (used by npm start and the end-to-end test). */
export const SOURCES: readonly string[];
/** True when dist/pane/taskpane.html exists and is newer than every source. */
export function buildIsCurrent(): boolean;
/** A production build into dist/pane; resolves with the seconds it took. */
export function buildPane(): Promise<number>;
