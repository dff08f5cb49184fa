/// <reference types="office-js" />
/**
 * «Kontroller mens jeg skriver»: tells the pane when a value or formula in the workbook changed.
 *
 * One workbook-wide `worksheets.onChanged` handler (ExcelApi 1.9) hears every sheet, also sheets
 * added later, so a renamed or inserted template sheet needs no new registration. Excel keeps
 * the handler after the batch that added it; it must be removed in the context it was added in,
 * which is why the registration's own context is synced for the removal.
 *
 * What changed is not passed on: the pane re-reads the whole workbook (see docs/taskpane.md,
 * «Live re-check»): the rules look across sheets (the reported totals are checked against the
 * participant rows, goals against the computed indicators), so a changed cell can change
 * findings anywhere, and one full read is a handful of syncs.
 */
import type { ExcelRun } from './run';

type Registration = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

export function onWorkbookChanged(run: ExcelRun, listener: () => void): () => void {
  let removed = false;
  const registration: Promise<Registration | null> = run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async () => {
      if (!removed) listener();
    });
    await context.sync();
    return handler;
  }).catch(() => null); // an Excel without ExcelApi 1.9: the toggle then simply has no effect
  return () => {
    removed = true;
    void registration
      .then(async (handler) => {
        if (handler === null) return;
        handler.remove();
        await handler.context.sync();
      })
      .catch(() => undefined); // the workbook may be closing; the handler goes with it
  };
}
