/**
 * Tests that run compiled code (the real bin, the batch worker processes) build dist/ first when it is
 * missing or older than any source that tsconfig.build.json compiles. In CI dist/ is fresh from
 * `npm ci` (the prepare script), so nothing is rebuilt there.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');

function newestSource(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestSource(path.join(target, entry)));
  return newest;
}

/** Builds dist/ when stale; `marker` is a compiled file the caller needs. */
export function ensureDistBuilt(marker = 'dist/cli/main.js'): void {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
  const built = path.join(ROOT, marker);
  const newest = Math.max(...config.include.map((dir) => newestSource(path.join(ROOT, dir))));
  if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest) {
    // tsc still emits when a file outside the needed graph has a type error; what matters is dist/.
    spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT });
  }
  if (!fs.existsSync(built)) throw new Error(`${marker} could not be built`);
}
