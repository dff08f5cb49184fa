/// <reference types="office-js" />
/**
 * The Excel (Office.js) Host. This folder is the only place that touches `Excel.*`; the task
 * pane and the engine see the Host interface and plain data.
 */
import type { Host } from '../host';
import { ExcelRun, withEditModeMessage } from './run';
import { readSnapshot } from './read-snapshot';
import { clearMarks, markFindings } from './marks';
import { writeKeyFigures } from './key-figures';
import { insertTemplate } from './insert-template';
import { saveExplanations } from './explanations';
import { selectCell } from './select-cell';
import { applyFixes, undoFixes } from './fixes';
import { onWorkbookChanged } from './changes';

export type { ExcelRun } from './run';

/** Excel has every ability the pane knows. */
export function createExcelHost(excelRun: ExcelRun = (batch) => Excel.run(batch)): Required<Host> {
  const run = withEditModeMessage(excelRun);
  return {
    readSnapshot: () => readSnapshot(run),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
    markFindings: (findings) => markFindings(run, findings),
    clearMarks: () => clearMarks(run),
    writeKeyFigures: (report) => writeKeyFigures(run, report),
    insertTemplate: (lang) => insertTemplate(run, lang),
    saveExplanations: (explanations) => saveExplanations(run, explanations),
    applyFixes: (fixes) => applyFixes(run, fixes),
    undoFixes: (undo) => undoFixes(run, undo),
    onWorkbookChanged: (listener) => onWorkbookChanged(run, listener),
  };
}
