'use strict';
/**
 * The production manifest (npm run build:prod): the development manifest.xml with every
 * https://localhost:3000/ address moved under the address the add-in is served from, and the
 * version set. Same add-in Id, so an organisation updates the add-in it already deployed.
 * Checking ADDIN_URL and ADDIN_VERSION happens here too, before anything is built or written.
 */

/** Every URL in manifest.xml starts with this in development (npm start). */
const DEV_BASE = 'https://localhost:3000/';
const EXAMPLE = 'ADDIN_URL=https://rapporter.example.no/rapportsjekk/ npm run build:prod';

/** A one-line reason for bad input; the build prints it and exits 2. */
class InputError extends Error {}

/**
 * The folder address the add-in is served from, always ending in "/". Office loads add-ins only
 * over HTTPS, and the manifest's URLs are this address plus a file name, so a query, fragment
 * or user name has no place in it.
 */
function parseAddinUrl(raw) {
  const text = (raw ?? '').trim();
  if (text === '') throw new InputError(`ADDIN_URL is not set: give the https address the add-in will be served from, e.g. ${EXAMPLE}`);
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`ADDIN_URL is not a web address: "${text}" (e.g. https://rapporter.example.no/rapportsjekk/)`);
  }
  if (url.protocol !== 'https:') throw new InputError(`ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS), not "${text}"`);
  if (url.username !== '' || url.password !== '') throw new InputError('ADDIN_URL must not hold a user name or password');
  if (url.search !== '' || url.hash !== '') throw new InputError(`ADDIN_URL must be a folder address without ?query or #fragment, not "${text}"`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * The manifest's Version: ADDIN_VERSION when set, else package.json's version; one to four
 * numbers of up to five digits (the schema's pattern), padded to four as Microsoft writes them.
 */
function manifestVersion(raw, packageVersion) {
  const fromEnv = raw !== undefined && raw.trim() !== '';
  const text = fromEnv ? raw.trim() : packageVersion;
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text)) {
    throw new InputError(
      fromEnv
        ? `ADDIN_VERSION must be one to four numbers separated by dots (e.g. 1.2.0.0), not "${text}"`
        : `package.json's version "${text}" cannot be a manifest version; set ADDIN_VERSION (e.g. 1.2.0.0)`,
    );
  }
  const parts = text.split('.');
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The development manifest's text, rewritten for `baseUrl` (from parseAddinUrl) and `version`. */
function productionManifest(devXml, { baseUrl, version, builtAt = new Date() }) {
  if (!devXml.includes(DEV_BASE)) throw new Error(`manifest.xml names no ${DEV_BASE} address to replace`);
  const comment = [
    '<!--',
    `  Rapportsjekk as an Excel task-pane add-in, version ${version}, built by npm run build:prod on`,
    // "--" may not appear in an XML comment; %2D is the same hyphen in a URL.
    `  ${builtAt.toISOString().slice(0, 10)} for ${baseUrl.replace(/--/g, '-%2D')}. Upload this folder there, then deploy this`,
    '  manifest (Microsoft 365 admin centre, Integrated apps) or sideload it: see docs/deploy.md.',
    '-->',
  ].join('\n');
  const xml = devXml
    .replace(/<!--[\s\S]*?-->/, comment)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`)
    .split(DEV_BASE)
    .join(escapeXml(baseUrl));
  if (xml.includes('localhost')) throw new Error('the production manifest still names localhost');
  return xml;
}

module.exports = { DEV_BASE, InputError, parseAddinUrl, manifestVersion, productionManifest };
