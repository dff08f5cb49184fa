/**
 * An in-memory Host for driving the pane in tests: it records every call, keeps explanations
 * in the hidden add-in sheet like the Excel host does (so the engine reads them back), and can
 * be told to fail the next call of any method. It has every ability unless told to lack some
 * (`without`), so a test can drive the pane as the browser page or any other host sees it.
 */
import { applyFixes, isCellError, upsertExplanation, withExplanations } from '../../src/engine';
import type { CellFix, CellValue, Finding, Lang, Report, WorkbookSnapshot } from '../../src/engine';
import type { AppliedFixes, Explanation, Host, InsertTemplateResult, UndoEntry } from '../../src/hosts/host';

type Method = keyof Host;
/** The optional members of Host. */
export type Ability = Exclude<Method, 'readSnapshot'>;

/** What the browser page's host lacks. */
export const BROWSER_LACKS: readonly Ability[] = ['selectCell', 'markFindings', 'clearMarks', 'writeKeyFigures', 'insertTemplate', 'applyFixes', 'undoFixes', 'onWorkbookChanged'];

export interface Call {
  readonly method: Method;
  readonly args: readonly unknown[];
}

export interface FakeHostOptions {
  readonly without?: readonly Ability[];
  readonly template?: InsertTemplateResult;
}

export class FakeHost implements Host {
  readonly calls: Call[] = [];
  private explanations: Explanation[] = [];
  private readonly failures = new Map<Method, unknown>();
  readonly selectCell?: Host['selectCell'];
  readonly markFindings?: Host['markFindings'];
  readonly clearMarks?: Host['clearMarks'];
  readonly writeKeyFigures?: Host['writeKeyFigures'];
  readonly insertTemplate?: Host['insertTemplate'];
  readonly saveExplanations?: Host['saveExplanations'];
  readonly applyFixes?: Host['applyFixes'];
  readonly undoFixes?: Host['undoFixes'];
  readonly onWorkbookChanged?: Host['onWorkbookChanged'];
  /** Listeners of onWorkbookChanged; `change` tells them. */
  readonly changeListeners = new Set<() => void>();

  constructor(
    private snapshot: WorkbookSnapshot,
    { without = [], template = { added: ['Mentorer'], existing: ['Programinfo', 'Mål', 'Deltakere'] } }: FakeHostOptions = {},
  ) {
    const abilities: Required<Pick<Host, Ability>> = {
      selectCell: async (sheet: string, cell: string | null) => this.record('selectCell', sheet, cell),
      markFindings: async (findings: readonly Finding[]) => this.record('markFindings', findings),
      clearMarks: async () => this.record('clearMarks'),
      writeKeyFigures: async (report: Report) => this.record('writeKeyFigures', report),
      insertTemplate: async (lang: Lang) => {
        this.record('insertTemplate', lang);
        return template;
      },
      saveExplanations: async (explanations: readonly Explanation[]) => {
        this.record('saveExplanations', explanations);
        this.explanations = explanations.reduce(upsertExplanation, this.explanations);
      },
      applyFixes: async (fixes: readonly CellFix[]): Promise<AppliedFixes> => {
        this.record('applyFixes', fixes);
        this.snapshot = applyFixes(this.snapshot, fixes);
        const plain = (v: CellValue): string | number | boolean => (v === null || isCellError(v) ? '' : v instanceof Date ? v.getTime() : v);
        return { undo: fixes.map((fix) => ({ fix, before: plain(fix.oldValue), numberFormat: 'General', after: plain(fix.newValue) })), skipped: [] };
      },
      undoFixes: async (undo: readonly UndoEntry[]) => {
        this.record('undoFixes', undo);
        const back = undo.map(({ fix }) => ({ sheet: fix.sheet, cell: fix.cell, newValue: fix.oldValue }));
        this.snapshot = applyFixes(this.snapshot, back);
        return { restored: undo.map((u) => u.fix), kept: [] };
      },
      onWorkbookChanged: (listener: () => void) => {
        this.changeListeners.add(listener);
        return () => void this.changeListeners.delete(listener);
      },
    };
    for (const name of Object.keys(abilities) as Ability[]) {
      if (!without.includes(name)) Object.assign(this, { [name]: abilities[name] });
    }
  }

  /** The user edits the workbook (sorts, inserts rows, changes values) after a check. */
  change(snapshot: WorkbookSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.changeListeners) listener();
  }

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
    return { sheets: withExplanations(this.snapshot, this.explanations).sheets };
  }
}
