/**
 * The Host of the browser page: a workbook opened from a file, held in memory. Nothing is
 * written back to the file; marks, key figures and explanations go into the workbook the
 * person downloads. Explanations live here until then, in the same hidden sheet the Excel
 * add-in uses, so the engine reads them the same way in both places.
 */
import { ADDIN_SHEETS, EXPLANATION_HEADERS, explanationKey, normalizeKey, putSheet, readExplanations } from '../../engine';
import type { CellValue, WorkbookSnapshot } from '../../engine';
import type { Explanation, Host } from '../../hosts/host';

/**
 * Reading and explanations are all this host offers: there is no grid to select in, and marks
 * and key figures belong in the download, so the pane shows neither those buttons nor a
 * «Sett inn mal» (the page offers the empty template as a download instead).
 */
export class BrowserHost implements Host {
  private explanations: Explanation[];

  constructor(private readonly snapshot: WorkbookSnapshot) {
    this.explanations = readExplanations(snapshot).map((e) => ({ ...e }));
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return withExplanations(this.snapshot, this.explanations);
  }

  async saveExplanation(explanation: Explanation): Promise<void> {
    const key = explanationKey(explanation.rule, explanation.sheet, explanation.cell);
    const kept = this.explanations.filter((e) => explanationKey(e.rule, e.sheet, e.cell) !== key);
    const text = explanation.text.trim();
    this.explanations = text === '' ? kept : [...kept, { ...explanation, text }];
  }

  /** The explanations as they stand, for the downloaded workbook. */
  get storedExplanations(): readonly Explanation[] {
    return this.explanations;
  }
}

/** The snapshot with the add-in's explanation sheet replaced by the given rows. */
export function withExplanations(snapshot: WorkbookSnapshot, explanations: readonly Explanation[]): WorkbookSnapshot {
  const wanted = normalizeKey(ADDIN_SHEETS.explanations);
  const sheets: Record<string, CellValue[][]> = {};
  for (const [name, grid] of Object.entries(snapshot.sheets)) {
    if (normalizeKey(name) !== wanted) putSheet(sheets, name, grid as CellValue[][]);
  }
  if (explanations.length > 0) {
    sheets[ADDIN_SHEETS.explanations] = [
      [...EXPLANATION_HEADERS],
      ...explanations.map((e) => [e.rule, e.sheet, e.cell, e.text]),
    ];
  }
  return { ...snapshot, sheets };
}
