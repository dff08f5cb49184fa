/**
 * An in-memory Host for driving the pane in tests: it records every call, keeps explanations
 * in the hidden add-in sheet like the Excel host does (so the engine reads them back), and can
 * be told to fail the next call of any method.
 */
import { ADDIN_SHEETS, EXPLANATION_HEADERS, explanationKey } from '../../src/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/engine';
import type { Explanation, Host, InsertTemplateResult } from '../../src/hosts/host';

type Method = Exclude<keyof Host, 'kind'>;

export interface Call {
  readonly method: Method;
  readonly args: readonly unknown[];
}

export class FakeHost implements Host {
  readonly calls: Call[] = [];
  private explanations: Explanation[] = [];
  private readonly failures = new Map<Method, unknown>();

  constructor(
    private snapshot: WorkbookSnapshot,
    readonly kind: 'excel' | 'browser' = 'excel',
    private readonly template: InsertTemplateResult = { added: ['Mentorer'], existing: ['Programinfo', 'Mål', 'Deltakere'] },
  ) {}

  /** The next call of `method` throws `error` (once). */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  callsOf(method: Method): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  private record(method: Method, ...args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.record('readSnapshot');
    const sheets: Record<string, CellValue[][]> = { ...(this.snapshot.sheets as Record<string, CellValue[][]>) };
    if (this.explanations.length > 0) {
      sheets[ADDIN_SHEETS.explanations] = [[...EXPLANATION_HEADERS], ...this.explanations.map((e) => [e.rule, e.sheet, e.cell, e.text])];
    }
    return { sheets };
  }

  async selectCell(sheet: string, cell: string | null): Promise<void> {
    this.record('selectCell', sheet, cell);
  }

  async markFindings(findings: readonly unknown[]): Promise<void> {
    this.record('markFindings', findings);
  }

  async clearMarks(): Promise<void> {
    this.record('clearMarks');
  }

  async writeKeyFigures(report: unknown): Promise<void> {
    this.record('writeKeyFigures', report);
  }

  async insertTemplate(): Promise<InsertTemplateResult> {
    this.record('insertTemplate');
    return this.template;
  }

  async saveExplanation(explanation: Explanation): Promise<void> {
    this.record('saveExplanation', explanation);
    const key = explanationKey(explanation.rule, explanation.sheet, explanation.cell);
    const kept = this.explanations.filter((e) => explanationKey(e.rule, e.sheet, e.cell) !== key);
    this.explanations = explanation.text === '' ? kept : [...kept, explanation];
  }
}
