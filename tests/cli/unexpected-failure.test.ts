/**
 * Whatever fails inside (here: the xlsx reader throws something that is not a read failure),
 * the user gets one line naming the file, status 2, and the other files are still checked.
 */
import * as path from 'path';
import { main } from '../../src/cli/main';
import { workbook } from '../helpers/builder';
import { Capture, tempDir, writeXlsx } from './xlsx-files';

jest.mock('../../src/hosts/xlsx/read-file', () => {
  const actual = jest.requireActual('../../src/hosts/xlsx/read-file');
  return {
    readXlsxFile: async (file: string) => {
      if (file.endsWith('boom.xlsx')) throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at Foo (/a/b.js:1:2)");
      return actual.readXlsxFile(file);
    },
  };
});

test('an unexpected exception is one line on stderr with status 2; other files are reported', async () => {
  const dir = tempDir();
  await writeXlsx(workbook().build(), path.join(dir, 'ren.xlsx'));
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['validate', 'boom.xlsx', 'ren.xlsx', '--now', '2026-03-01'], { stdout, stderr, env: {}, cwd: dir });
  expect(code).toBe(2);
  expect(stderr.text).toBe("rapportsjekk: boom.xlsx: uventet feil under kontrollen (Cannot read properties of undefined (reading 'x'))\n");
  expect(stdout.text).toContain('ren.xlsx');
  expect(stdout.text).toContain('✔ ingen feil');
});
