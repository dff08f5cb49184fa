/**
 * Real xlsx files for the CLI tests, written by ExcelJS from a snapshot (as a programme's own
 * Excel would save them), plus the broken files people actually send.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { isCellError, WorkbookSnapshot } from '../../src/engine';

export async function writeXlsx(snapshot: WorkbookSnapshot, file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(snapshot.sheets)) {
    const sheet = workbook.addWorksheet(name);
    grid.forEach((row, r) => {
      row?.forEach((value, c) => {
        if (value === null) return;
        sheet.getCell(r + 1, c + 1).value = isCellError(value) ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
      });
    });
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rapportsjekk-cli-'));
}

/** Captures what the CLI writes, like a pipe (not a TTY) unless told otherwise. */
export class Capture {
  text = '';
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  get lines(): string[] {
    return this.text.split('\n').filter((l) => l !== '');
  }
}
