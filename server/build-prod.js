#!/usr/bin/env node
'use strict';
/**
 * npm run build:prod: one folder to upload to a static HTTPS host.
 *
 *   ADDIN_URL=https://rapporter.example.no/rapportsjekk/ npm run build:prod
 *   ADDIN_URL=… ADDIN_VERSION=1.2.0.0 npm run build:prod      (else package.json's version)
 *
 * Writes dist/prod/ (RAPPORTSJEKK_PROD_DIR elsewhere): a production webpack build of both pages
 * (taskpane.html for Excel, index.html the browser page), scripts, icons, the example, and a
 * manifest.xml whose every URL is under ADDIN_URL, checked against the vendored Office XSDs.
 * Bad input: one line on stderr, exit 2, nothing written. See docs/deploy.md.
 */
const fs = require('fs');
const path = require('path');
const { ROOT } = require('./pane-state');
const { buildPane } = require('./pane-build');
const { InputError, parseAddinUrl, manifestVersion, productionManifest } = require('./prod-manifest');

const OUT = path.resolve(process.env.RAPPORTSJEKK_PROD_DIR || path.join(ROOT, 'dist', 'prod'));

function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += fs.statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}

async function main() {
  // Everything that can be wrong with the input is found before anything is written.
  let baseUrl;
  let version;
  try {
    baseUrl = parseAddinUrl(process.env.ADDIN_URL);
    const packageVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    version = manifestVersion(process.env.ADDIN_VERSION, packageVersion);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`build:prod: ${error.message}`);
    process.exitCode = 2;
    return;
  }
  if (path.relative(OUT, ROOT) === '' || !path.relative(OUT, ROOT).startsWith('..')) {
    // webpack empties the output folder first; never the repository or a folder holding it.
    console.error(`build:prod: RAPPORTSJEKK_PROD_DIR must not be the repository or a folder around it (${OUT})`);
    process.exitCode = 2;
    return;
  }
  const manifest = productionManifest(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), { baseUrl, version });

  console.log(`Building Rapportsjekk ${version} for ${baseUrl} into ${path.relative(process.cwd(), OUT) || '.'} …`);
  const seconds = await buildPane(OUT);
  const manifestFile = path.join(OUT, 'manifest.xml');
  fs.writeFileSync(manifestFile, manifest);

  const { validateManifest } = require('../scripts/validate-manifest.js');
  const result = await validateManifest(manifestFile);
  if (!result.valid) {
    console.error(`build:prod: the manifest written to ${manifestFile} is not valid (${result.tool}):`);
    for (const line of result.errors) console.error(`  ${line}`);
    process.exitCode = 1;
    return;
  }
  const { bytes, files } = folderSize(OUT);
  console.log(
    [
      `Built in ${seconds.toFixed(1)} s: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${OUT}`,
      `  manifest.xml    valid against the Office manifest schemas (${result.tool}); every URL under ${baseUrl}`,
      `  task pane       ${baseUrl}taskpane.html`,
      `  browser page    ${baseUrl}index.html`,
      'Upload the whole folder to that address, then deploy manifest.xml: see docs/deploy.md.',
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(`build:prod failed: ${(error && error.message) || error}`);
  process.exitCode = 1;
});
