/** An input is never overwritten, under its own name or another (a hard link). */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { BatchUsageError, runBatch } from '../../src/batch';
import { writeCorpus } from '../../tools/make-corpus';
import { BATCH_NOW, tempDir } from './helpers';

let source: string;
beforeAll(async () => {
  const corpus = tempDir('guard-corpus');
  await writeCorpus(corpus, { count: 1, participants: 8 });
  source = join(corpus, 'rapport-001.xlsx');
});

test('a hard link from --out/portfolio.xlsx to an input is refused, and both stay as they were', async () => {
  const inputs = tempDir('guard-in');
  const out = tempDir('guard-out');
  const input = join(inputs, 'a.xlsx');
  await fs.copyFile(source, input);
  await fs.link(input, join(out, 'portfolio.xlsx'));
  const before = await fs.readFile(input);
  await expect(runBatch({ inputs: [inputs], out, now: BATCH_NOW, inProcess: true })).rejects.toThrow(BatchUsageError);
  expect((await fs.readFile(input)).equals(before)).toBe(true);
  await expect(fs.access(join(out, 'portfolio.json'))).rejects.toThrow();
});

test('an --out that is the input folder itself is fine: the outputs are not inputs', async () => {
  const dir = tempDir('guard-same');
  await fs.copyFile(source, join(dir, 'a.xlsx'));
  const result = await runBatch({ inputs: [dir], out: dir, now: BATCH_NOW, inProcess: true, lang: 'en' });
  expect(result.portfolio.files).toEqual([{ file: 'a.xlsx', status: 'passed' }]);
  expect(result.exitCode).toBe(0);
});
