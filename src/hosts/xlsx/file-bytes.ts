/**
 * A workbook's bytes from disk, judged before they are read whole (Node only; the CLI and the
 * batch workers). Only a regular file is read: a FIFO would block for ever and `/dev/zero`
 * never ends, so the file is opened without blocking and looked at with fstat (symlinks are
 * followed to what they point at). The first bytes must be a zip or an old Office file, so a
 * 1.9 GB video is "not an xlsx file" after 8 bytes; a file larger than any package the guard
 * would let through is "too large" before it is read. A missing permission has its own reason.
 */
import { constants, promises as fs } from 'fs';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES, startsWith } from './container';
import { WorkbookReadError } from './errors';
import { looksLikeZip } from './zip-directory';
import { latin1Candidates } from './file-names';

/**
 * No package within the unpacking limit needs more bytes than this on disk (stored parts plus
 * the zip's headers, with room to spare); the zip directory is checked again once read.
 */
export const MAX_FILE_BYTES = DEFAULT_MAX_UNCOMPRESSED_BYTES + 64 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEAD = 8;

function openFailure(error: unknown, path: string): WorkbookReadError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return new WorkbookReadError('not-found', path);
  if (code === 'EACCES' || code === 'EPERM') return new WorkbookReadError('no-access', path);
  if (code === 'EISDIR') return new WorkbookReadError('not-a-file', `${path} is a directory`);
  return new WorkbookReadError('damaged', `${path}: ${error instanceof Error ? error.message : String(error)}`);
}

/** O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one. */
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Opens the path; a name decoded from Latin-1 is opened by its bytes when the text form is not there. */
async function openByBytes(path: string | Buffer): Promise<fs.FileHandle> {
  try {
    return await fs.open(path, FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || typeof path !== 'string') throw error;
    for (const candidate of latin1Candidates(path)) {
      try {
        return await fs.open(candidate, FLAGS);
      } catch {
        // try the next spelling
      }
    }
    throw error;
  }
}

export async function readWorkbookBytes(path: string | Buffer, maxFileBytes = MAX_FILE_BYTES): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await openByBytes(path);
  } catch (error) {
    throw openFailure(error, String(path));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new WorkbookReadError('not-a-file', `${String(path)} is a directory`);
    if (!stat.isFile()) throw new WorkbookReadError('not-a-file', `${String(path)} is a device, pipe or socket`);
    if (stat.size === 0) throw new WorkbookReadError('empty');
    const head = Buffer.alloc(HEAD);
    const { bytesRead } = await handle.read(head, 0, HEAD, 0);
    const start = head.subarray(0, bytesRead);
    if (!looksLikeZip(start) && !startsWith(start, CFB_MAGIC)) throw new WorkbookReadError('not-xlsx', 'no zip signature');
    if (stat.size > maxFileBytes) throw new WorkbookReadError('too-large', `${stat.size} bytes on disk (limit ${maxFileBytes})`);
    return await handle.readFile();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw openFailure(error, String(path));
  } finally {
    await handle.close();
  }
}
