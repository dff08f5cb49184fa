/** Types for server/prod-manifest.js (npm run build:prod and its tests). */
export const DEV_BASE: string;
/** Bad ADDIN_URL or ADDIN_VERSION: a one-line reason. */
export class InputError extends Error {}
/** The https folder address the add-in is served from, ending in "/"; throws InputError. */
export function parseAddinUrl(raw: string | undefined): string;
/** The four-part manifest version from ADDIN_VERSION or package.json's version; throws InputError. */
export function manifestVersion(raw: string | undefined, packageVersion: string): string;
/** The development manifest rewritten for the production address and version. */
export function productionManifest(devXml: string, options: { baseUrl: string; version: string; builtAt?: Date }): string;
