/**
 * ExcelJS as the batch uses it: only to write portfolio.xlsx. Its package entry also loads the
 * streaming reader and writer (unzipper, archiver and their polyfills), about 120 ms of CPU per
 * process that this never uses, in the batch's main process while its workers check the files.
 * So the Workbook class and the value types are required from their own modules. The test
 * (tests/batch/exceljs-writer.test.ts) holds them to be the very objects the package exports,
 * so an ExcelJS that moves them fails there, not in a user's run.
 */
import type ExcelJS from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const ValueType = (require('exceljs/lib/doc/enums') as { ValueType: typeof ExcelJS.ValueType }).ValueType;
