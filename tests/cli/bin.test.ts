/**
 * The real executable, once: `node bin/rapportsjekk.js` on the compiled dist/. Builds first
 * when dist/ is missing or older than the sources it runs.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { workbook } from '../helpers/builder';
import { tempDir, writeXlsx } from './xlsx-files';
import { ensureDistBuilt } from '../helpers/dist';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'rapportsjekk.js');

beforeAll(() => ensureDistBuilt(), 120_000);

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
