/**
 * The batch's time limit, driven for real: the compiled worker (dist/), a real workbook that
 * needs more time than a file is given, and a small limit so the test stays fast. The heavy
 * file is 1.9 million cells (76 000 rows × 25 columns, just under the reader's 2 million elements): a legitimate-looking workbook that the reader checks, slowly.
 * With the real limits (1024 MB, 15 s) the same file is checked (7.7 s, 157 MB through the CLI at
 * load 12): docs/security.md says how the limits were chosen.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { checkFiles } from '../../src/batch/pool';
import type { CheckOutcome } from '../../src/batch/check-file';
import { cellBomb } from '../../tools/make-bad-files';
import { buildExamples, OK_FILE } from '../../tools/make-examples';
import { BATCH_NOW, tempDir } from './helpers';
import { ensureDistBuilt } from '../helpers/dist';

jest.setTimeout(120_000);

let files: { ok: string; heavy: string; ok2: string };
beforeAll(async () => {
  ensureDistBuilt('dist/batch/worker.js');
  const dir = tempDir('limits');
  const ok = (await buildExamples())[OK_FILE] as Uint8Array;
  files = { ok: join(dir, 'a-god.xlsx'), heavy: join(dir, 'b-tung.xlsx'), ok2: join(dir, 'c-god.xlsx') };
  await fs.writeFile(files.ok, ok);
  await fs.writeFile(files.heavy, cellBomb(76_000, 25));
  await fs.writeFile(files.ok2, ok);
});

const summary = (outcome: CheckOutcome): string => (outcome.kind === 'unreadable' ? `unreadable: ${outcome.reason}` : outcome.kind);

test('a file that takes longer than the time limit gets its "too large" row; the files after it are still checked', async () => {
  const paths = [files.ok, files.heavy, files.ok2];
  // The heavy file takes about 6 s in a worker (3× this limit); a small one a few hundred ms.
  const outcomes = await checkFiles(paths, { jobs: 1, lang: 'nb', now: BATCH_NOW, timeoutMs: 2_000 });
  expect(outcomes.map(summary)).toEqual(['report', 'unreadable: too-large', 'report']);
  expect(outcomes[1]).toMatchObject({ detail: 'time limit', message: expect.stringContaining('for stor') });
});
