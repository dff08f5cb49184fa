/** Types for server/pane-build.js (used by npm start and the end-to-end test). */
export const SOURCES: readonly string[];
/** True when both pages exist in dist/pane and are newer than every source. */
export function buildIsCurrent(): boolean;
/** A production build into dist/pane (or outputPath, emptied first); resolves with the seconds it took. */
export function buildPane(outputPath?: string): Promise<number>;
