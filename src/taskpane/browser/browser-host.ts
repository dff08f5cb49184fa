/**
 * The Host of the browser page: a workbook opened from a file, held in memory. Nothing is
 * written back to the file; marks, key figures and explanations go into the workbook the
 * person downloads. Explanations live here until then, kept and read as the engine keeps them
 * in the add-in's hidden sheet, so they read the same way in both places.
 */
import { readExplanations, upsertExplanation, withExplanations } from '../../engine';
import type { Explanation, WorkbookSnapshot } from '../../engine';
import type { Host } from '../../hosts/host';

/**
 * Reading and explanations are all this host offers: there is no grid to select in, and marks
 * and key figures belong in the download, so the pane shows neither those buttons nor a
 * «Sett inn mal» (the page offers the empty template as a download instead).
 */
export class BrowserHost implements Host {
  private explanations: Explanation[];

  /**
   * `carried`: explanations written in the page for an earlier read of the same file. The file
   * on disk has them only if the person saved the downloaded workbook over it, so a re-read
   * keeps them (the page's newer text wins over the file's).
   */
  constructor(
    private readonly snapshot: WorkbookSnapshot,
    carried: readonly Explanation[] = [],
  ) {
    this.explanations = carried.reduce(upsertExplanation, readExplanations(snapshot));
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return withExplanations(this.snapshot, this.explanations);
  }

  async saveExplanations(explanations: readonly Explanation[]): Promise<void> {
    this.explanations = explanations.reduce(upsertExplanation, this.explanations);
  }

  /** The explanations as they stand, for the downloaded workbook. */
  get storedExplanations(): readonly Explanation[] {
    return this.explanations;
  }
}
