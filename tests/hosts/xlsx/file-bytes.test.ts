/**
 * readWorkbookBytes reads with synchronous calls into a buffer of the size fstat gave; a file
 * that changed size between fstat and the read must still come back whole (as readFile gave it).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readToEnd, readWorkbookBytes } from '../../../src/hosts/xlsx/file-bytes';
import { WorkbookReadError } from '../../../src/hosts/xlsx/errors';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-bytes-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A file of `size` bytes, each byte its offset mod 251 (so a misplaced chunk shows). */
function fileOf(size: number): { file: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = i % 251;
  bytes[0] = 0x50; // P
  bytes[1] = 0x4b; // K
  bytes[2] = 3; // a local file header
  bytes[3] = 4;
  const file = path.join(dir, `f${size}.bin`);
  fs.writeFileSync(file, bytes);
  return { file, bytes };
}

function readWith(file: string, size: number, max = 1 << 30): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    return readToEnd(fd, size, max, file);
  } finally {
    fs.closeSync(fd);
  }
}

test('a file is read whole, byte for byte', async () => {
  const { file, bytes } = fileOf(300_000);
  expect((await readWorkbookBytes(file)).equals(bytes)).toBe(true);
});

test('a file that grew since fstat is read to its end, across several extra reads', () => {
  const { file, bytes } = fileOf(200_000);
  expect(readWith(file, 1000).equals(bytes)).toBe(true);
  expect(readWith(file, 199_999).equals(bytes)).toBe(true);
});

test('a file that shrank since fstat gives the bytes it has', () => {
  const { file, bytes } = fileOf(5000);
  expect(readWith(file, 9000).equals(bytes)).toBe(true);
});

test('a file growing past the limit while read is too large', () => {
  const { file } = fileOf(300_000);
  expect(() => readWith(file, 10, 100_000)).toThrow(WorkbookReadError);
});
