#!/usr/bin/env node
/**
 * Validates manifest.xml against the Office add-in manifest XSDs offline:
 * `node scripts/validate-manifest.js [manifest.xml]` (npm run validate:offline).
 * Uses libxml2's xmllint when it is on PATH (CI has it), else the same library compiled to
 * WebAssembly (xmllint-wasm). The schemas are vendored in schemas/office-manifest/ (see its
 * README for where they come from); RAPPORTSJEKK_MANIFEST_SCHEMAS points elsewhere. The online check
 * (`npm run validate`) stays the last word where there is a network.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const REPO_ROOT = path.resolve(__dirname, '..');
const SCHEMA_DIR = process.env.RAPPORTSJEKK_MANIFEST_SCHEMAS || path.join(REPO_ROOT, 'schemas', 'office-manifest');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

function hasNativeXmllint() {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

function validateNative(manifestPath) {
  const run = spawnSync('xmllint', ['--noout', '--schema', path.join(SCHEMA_DIR, MAIN_SCHEMA), manifestPath], { encoding: 'utf8' });
  const errors = run.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/ validates$/.test(line));
  return { valid: run.status === 0, errors, tool: 'xmllint' };
}

async function validateWasm(manifestPath) {
  const { validateXML } = require('xmllint-wasm');
  const schemas = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
  const read = (file) => fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8');
  const result = await validateXML({
    xml: [{ fileName: path.basename(manifestPath), contents: fs.readFileSync(manifestPath, 'utf8') }],
    schema: [read(MAIN_SCHEMA)],
    preload: schemas.filter((f) => f !== MAIN_SCHEMA).map((f) => ({ fileName: f, contents: read(f) })),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage || String(e)), tool: 'xmllint-wasm' };
}

/** { valid, errors, tool } for the manifest at manifestPath. */
async function validateManifest(manifestPath = path.join(REPO_ROOT, 'manifest.xml'), options = {}) {
  if (!fs.existsSync(path.join(SCHEMA_DIR, MAIN_SCHEMA))) {
    throw new Error(`Manifest schemas not found in ${SCHEMA_DIR} (the repository's schemas/office-manifest/ is missing or incomplete).`);
  }
  const tool = options.tool || (hasNativeXmllint() ? 'xmllint' : 'xmllint-wasm');
  return tool === 'xmllint' ? validateNative(manifestPath) : validateWasm(manifestPath);
}

module.exports = { validateManifest, hasNativeXmllint, SCHEMA_DIR };

if (require.main === module) {
  const target = path.resolve(process.argv[2] || path.join(REPO_ROOT, 'manifest.xml'));
  validateManifest(target).then(
    (result) => {
      if (result.valid) {
        console.log(`${path.relative(process.cwd(), target)} is valid against the Office add-in manifest schemas (${result.tool}).`);
        return;
      }
      console.error(`${path.relative(process.cwd(), target)} is not valid (${result.tool}):`);
      for (const error of result.errors) console.error(`  ${error}`);
      process.exitCode = 1;
    },
    (error) => {
      console.error(error.message);
      process.exitCode = 2;
    },
  );
}
