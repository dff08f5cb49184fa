import * as fs from 'fs';
import * as path from 'path';

/**
 * The repository root: the nearest folder above this file with a package.json. The tools run
 * from their sources under jest and compiled from dist/dev/tools, at different depths.
 */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
