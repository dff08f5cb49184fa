/**
 * The Host of the browser page: a workbook opened from a file, held in memory. Nothing is
 * written back to the file; marks, key figures and explanations go into the workbook the
 * person downloads. Explanations live here until then, in the same hidden sheet the Excel
 * add-in uses, so the engine reads them the same way in both places.
 */
import { ADDIN_SHEETS, EXPLANATION_HEADERS, explanationKey, normalizeKey, readExplanations } from '../../engine';
import type { CellValue, Finding, Lang, Report, WorkbookSnapshot } from '../../engine';
import type { Explanation, Host, InsertTemplateResult } from '../../hosts/host';

const NOT_IN_BROWSER: Readonly<Record<Lang, string>> = {
  nb: 'i nettleseren endres ikke filen din; last ned en tom mal i stedet',
  en: 'the browser page does not change your file; download an empty template instead',
};

export interface SelectedCell {
  readonly sheet: string;
  readonly cell: string | null;
}

export class BrowserHost implements Host {
  readonly kind = 'browser' as const;
  private explanations: Explanation[];
  private selection: SelectedCell | null = null;

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly lang: Lang = 'nb',
  ) {
    this.explanations = readExplanations(snapshot).map((e) => ({ ...e }));
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return withExplanations(this.snapshot, this.explanations);
  }

  /** There is no grid to move in; the pane shows the chosen finding and says where it is. */
  async selectCell(sheet: string, cell: string | null): Promise<void> {
    this.selection = { sheet, cell };
  }

  get selected(): SelectedCell | null {
    return this.selection;
  }

  /** Marks are written into the downloaded workbook, never into the opened file. */
  async markFindings(_findings: readonly Finding[]): Promise<void> {}

  async clearMarks(): Promise<void> {}

  /** The key-figures sheet is part of the downloaded workbook. */
  async writeKeyFigures(_report: Report): Promise<void> {}

  async insertTemplate(): Promise<InsertTemplateResult> {
    throw new Error(NOT_IN_BROWSER[this.lang]);
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
    if (normalizeKey(name) !== wanted) sheets[name] = grid as CellValue[][];
  }
  if (explanations.length > 0) {
    sheets[ADDIN_SHEETS.explanations] = [
      [...EXPLANATION_HEADERS],
      ...explanations.map((e) => [e.rule, e.sheet, e.cell, e.text]),
    ];
  }
  return { ...snapshot, sheets };
}
