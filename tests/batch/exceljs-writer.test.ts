/**
 * exceljs-writer.ts requires ExcelJS's Workbook and value types from their own modules, to skip
 * loading the package's streaming reader and writer in the batch's main process. They must be
 * the very objects the package exports; those modules must not load the streaming parts; and
 * the writer's modules must take ExcelJS only from there (types aside).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ValueType, Workbook } from '../../src/batch/exceljs-writer';

test('the Workbook class and the value types are the ones the package exports', () => {
  expect(Workbook).toBe(ExcelJS.Workbook);
  expect(ValueType).toBe(ExcelJS.ValueType);
  expect(new Workbook()).toBeInstanceOf(ExcelJS.Workbook);
});

test("those modules load without ExcelJS's streaming reader and writer (unzipper, archiver)", () => {
  const loaded = (modules: string[]): string[] =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['-e', `${modules.map((m) => `require(${JSON.stringify(m)});`).join('')} console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /node_modules\\/(unzipper|archiver)\\//.test(k))))`],
        { encoding: 'utf8' },
      ),
    ) as string[];
  expect(loaded(['exceljs/lib/doc/workbook', 'exceljs/lib/doc/enums'])).toEqual([]);
  expect(loaded(['exceljs']).length).toBeGreaterThan(5); // the package entry does load them
});

test('the batch writer takes ExcelJS only from exceljs-writer.ts (types aside)', () => {
  for (const file of ['write-xlsx.ts', 'xlsx-sheets.ts', 'xlsx-styles.ts']) {
    const source = readFileSync(join(__dirname, '../../src/batch', file), 'utf8');
    const valueImports = [...source.matchAll(/^import (?!type )[^;]*from 'exceljs[^']*';/gm)].map((m) => m[0]);
    expect({ file, valueImports }).toEqual({ file, valueImports: [] });
  }
});
