/// <reference types="office-js" />
/** Jumps to a finding: activates its sheet and selects its cell. */
import { ExcelRun } from './run';

/** A sheet that is not in the workbook (a `sheet-missing` finding) or is hidden is left alone. */
export async function selectCell(run: ExcelRun, sheetName: string, cell: string | null): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load('name,visibility');
    await context.sync();
    if (sheet.isNullObject || sheet.visibility !== 'Visible') return;
    sheet.activate();
    if (cell !== null) sheet.getRange(cell).select();
    await context.sync();
  });
}
