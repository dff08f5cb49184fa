/**
 * A workbook's bytes from disk, judged before they are read whole (Node only; the CLI and the
 * batch workers). Only a regular file is read: a FIFO would block for ever and `/dev/zero`
 * never ends, so the file is opened without blocking and looked at with fstat (symlinks are
 * followed to what they point at). The first bytes must be a zip or an old Office file, so a
 * 1.9 GB video is "not an xlsx file" after 8 bytes; a file larger than any package the guard
 * would let through is "too large" before it is read. A missing permission has its own reason.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'fs';
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
function openByBytes(path: string | Buffer): number {
  try {
    return openSync(path, FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || typeof path !== 'string') throw error;
    for (const candidate of latin1Candidates(path)) {
      try {
        return openSync(candidate, FLAGS);
      } catch {
        // try the next spelling
      }
    }
    throw error;
  }
}

/**
 * Synchronous calls on purpose: a batch worker reads one file at a time and parses it
 * synchronously anyway, and the five promise-based calls (open, stat, read, readFile, close)
 * cost ~0.25 ms of CPU per file in thread-pool hops and FileHandle objects, against ~0.03 ms
 * for the system calls themselves (docs/performance.md, per-file cost in a worker). Async
 * only in its signature, so callers need not change.
 */
export async function readWorkbookBytes(path: string | Buffer, maxFileBytes = MAX_FILE_BYTES): Promise<Buffer> {
  return readWorkbookBytesSync(path, maxFileBytes);
}

function readWorkbookBytesSync(path: string | Buffer, maxFileBytes: number): Buffer {
  let fd: number;
  try {
    fd = openByBytes(path);
  } catch (error) {
    throw openFailure(error, String(path));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new WorkbookReadError('not-a-file', `${String(path)} is a directory`);
    if (!stat.isFile()) throw new WorkbookReadError('not-a-file', `${String(path)} is a device, pipe or socket`);
    if (stat.size === 0) throw new WorkbookReadError('empty');
    const head = Buffer.alloc(HEAD);
    const start = head.subarray(0, readSync(fd, head, 0, HEAD, 0));
    if (!looksLikeZip(start) && !startsWith(start, CFB_MAGIC)) throw new WorkbookReadError('not-xlsx', 'no zip signature');
    if (stat.size > maxFileBytes) throw new WorkbookReadError('too-large', `${stat.size} bytes on disk (limit ${maxFileBytes})`);
    return readToEnd(fd, stat.size, maxFileBytes, String(path));
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw openFailure(error, String(path));
  } finally {
    closeSync(fd);
  }
}

/** The whole file, into a buffer of the size fstat gave: shorter if it shrank, grown if it grew. */
export function readToEnd(fd: number, size: number, maxFileBytes: number, path: string): Buffer {
  let buffer = Buffer.allocUnsafe(size);
  let at = 0;
  for (;;) {
    if (at === buffer.length) {
      // Grown since fstat (a file still being written): read on, as readFile would.
      const probe = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, probe, 0, probe.length, at);
      if (n === 0) return buffer;
      buffer = Buffer.concat([buffer, probe.subarray(0, n)]);
      at += n;
      if (at > maxFileBytes) throw new WorkbookReadError('too-large', `${path} grew past ${maxFileBytes} bytes while read`);
      continue;
    }
    const n = readSync(fd, buffer, at, buffer.length - at, at);
    if (n === 0) return buffer.subarray(0, at);
    at += n;
  }
}
