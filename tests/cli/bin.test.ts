/**
 * The real executable, once: `node bin/rapportsjekk.js` on the compiled dist/. Builds first
 * when dist/ is missing or older than the sources it runs.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { workbook } from '../helpers/builder';
import { tempDir, writeXlsx } from './xlsx-files';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'rapportsjekk.js');
const BUILT = path.join(ROOT, 'dist', 'cli', 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  const sources = ['engine', 'cli', 'report', 'hosts/xlsx'].map((d) => newestSource(path.join(ROOT, 'src', d)));
  if (!fs.existsSync(BUILT) || fs.statSync(BUILT).mtimeMs < Math.max(...sources)) {
    // tsc still emits when a file outside the CLI's graph has a type error; what matters is dist/.
    spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT });
  }
  expect(fs.existsSync(BUILT)).toBe(true);
}, 120_000);

test('the bin is an executable node script', () => {
  expect(fs.readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
  expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin).toEqual({ rapportsjekk: 'bin/rapportsjekk.js' });
});

test('node bin/rapportsjekk.js: JSON on stdout with exit 1, and one stderr line with exit 2', async () => {
  const dir = tempDir();
  await writeXlsx(workbook().withInfo({ orgNumber: '123' }).build(), path.join(dir, 'feil.xlsx'));
  const env = { ...process.env, LANG: 'nb_NO.UTF-8', NO_COLOR: '1' };

  const checked = spawnSync(process.execPath, [BIN, 'validate', 'feil.xlsx', '--format', 'json', '--now', '2026-03-01'], { cwd: dir, env, encoding: 'utf8' });
  expect(checked.status).toBe(1);
  expect(checked.stderr).toBe('');
  expect(JSON.parse(checked.stdout)).toMatchObject({ file: 'feil.xlsx', findings: [{ rule: 'orgnr-invalid', cell: 'B2' }] });

  const missing = spawnSync(process.execPath, [BIN, 'validate', 'borte.xlsx'], { cwd: dir, env, encoding: 'utf8' });
  expect(missing.status).toBe(2);
  expect(missing.stderr).toBe('rapportsjekk: borte.xlsx: filen finnes ikke\n');

  expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  fs.rmSync(dir, { recursive: true, force: true });
});
