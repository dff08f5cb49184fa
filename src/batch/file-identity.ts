import { promises as fs } from 'node:fs';

/**
 * Device and inode of a file, or null when it does not exist: two names for the same file (a
 * symbolic or hard link, another spelling of the path) have the same identity. Used to refuse
 * an output that would overwrite an input, in `validate --out` and in `batch --out`.
 */
export async function fileIdentity(path: string): Promise<string | null> {
  try {
    const stat = await fs.stat(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}
