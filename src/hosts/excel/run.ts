/// <reference types="office-js" />
/**
 * What every Excel module shares: the batch runner (Excel.run, or a fake in tests) and the
 * payload budget. Excel on the web rejects a request or a response over 5 MB, so writers plan
 * their batches by the size of what they queue and stay well below it.
 */

import { HostBlockedError } from '../host-errors';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel on the web's limit per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one batch of ours may queue: a fifth of the limit leaves room for Office's own framing. */
export const BATCH_BUDGET_BYTES = 1024 * 1024;

/** UTF-8 bytes of a value as it travels (JSON). */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/** What Excel's errors carry; `code` is one of Excel.ErrorCodes. */
export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * A read Excel may have refused for its size: the two payload codes, and GeneralException, which
 * older builds (and Excel on the web under load) report instead. The reader answers all three by
 * reading smaller blocks; a single row that still fails is a real error and is passed on.
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'GeneralException';
}

/**
 * Excel.run, with the error Excel gives while a person is typing in a cell turned into words
 * the pane can show (Excel refuses writes until the edit ends).
 */
export function withEditModeMessage(run: ExcelRun): ExcelRun {
  return async (batch) => {
    try {
      return await run(batch);
    } catch (error) {
      if (errorCode(error) === 'InvalidOperationInCellEditMode') throw new HostBlockedError('cell-edit');
      throw error;
    }
  };
}

/** Names of the protected sheets among these (loaded with `items/protection/protected`). */
export function protectedSheets(sheets: readonly Excel.Worksheet[]): string[] {
  return sheets.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name);
}

/** The workbook's sheets (names loaded) and its structure protection, in one sync. */
export async function loadSheetsAndStructure(
  context: Excel.RequestContext,
): Promise<{ worksheets: Excel.WorksheetCollection; structure: Excel.WorkbookProtection }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const structure = context.workbook.protection;
  structure.load('protected');
  await context.sync();
  return { worksheets, structure };
}

/** Stops before anything is written when the workbook's structure is protected. */
export function refuseIfStructureProtected(protection: Excel.WorkbookProtection): void {
  if (protection.protected) throw new HostBlockedError('protected-workbook');
}

/** Excel's own names for cells: `'Min plan'!B7`; plain names stay unquoted. */
export function qualified(sheet: string, address: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}
