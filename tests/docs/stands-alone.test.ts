/**
 * The repository stands on its own: a clone with nothing beside it builds, tests and documents
 * itself. Material that used to be read from a folder beside the repository (the domain
 * contract, the manifest XSDs) is now in the repository, and no file may point outside it again.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
/** Folders that are not the project's own text: dependencies, build output, git, run state. */
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage', 'tmp', 'ut', 'out']);
const TEXT = /\.(md|ts|tsx|js|mjs|cjs|json|html|xml|yml|yaml|sh|txt)$|^run$|^\.npmrc$/;
// Written in two pieces so this file does not find itself.
const OUTSIDE = new RegExp(['\\.\\./', 'shared\\b|/work/', 'shared\\b'].join(''));

function textFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...textFiles(full));
    else if (TEXT.test(entry.name) && entry.name !== 'package-lock.json') files.push(full);
  }
  return files;
}

test('no file in the repository refers to a folder beside it', () => {
  const files = textFiles(ROOT);
  expect(files.length).toBeGreaterThan(100);
  const offenders = files.filter((file) => OUTSIDE.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(ROOT, file));
  expect(offenders).toEqual([]);
});

test('the contract is the project\'s own document, and the README links to it', () => {
  const contract = fs.readFileSync(path.join(ROOT, 'docs', 'contract.md'), 'utf8');
  expect(contract).toContain("The project's own copy");
  expect(contract).toContain('Template id `imdi-mentor-trainee`, version `2026.1`.');
  expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('(docs/contract.md)');
});

test('the manifest schemas are vendored with a note on where they come from', () => {
  const dir = path.join(ROOT, 'schemas', 'office-manifest');
  expect(fs.readdirSync(dir).filter((name) => name.endsWith('.xsd')).sort()).toEqual([
    'ContentAppVersionOverridesV1_0.xsd',
    'MailAppVersionOverridesV1_0.xsd',
    'MailAppVersionOverridesV1_1.xsd',
    'OfficeAppBasicTypesV1_0.xsd',
    'OfficeAppManifestV1_1.xsd',
    'TaskPaneAppVersionOverridesV1_0.xsd',
  ]);
  expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toMatch(/MS-OWEMXML/);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SCHEMA_DIR } = require('../../scripts/validate-manifest.js') as { SCHEMA_DIR: string };
  if (!process.env.RAPPORTSJEKK_MANIFEST_SCHEMAS) expect(SCHEMA_DIR).toBe(dir);
});
