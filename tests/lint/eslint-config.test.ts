/**
 * eslint.config.mjs does what it says: Microsoft's Office add-in rules in the Excel adapter,
 * the rules of hooks in the pane, typescript-eslint everywhere, and none of the Office rules on
 * ExcelJS code. Linted in a child process (ESLint loads its config as an ES module, which jest's
 * CommonJS sandbox does not).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

interface Sample {
  file: string;
  code: string;
}

/** Rule ids reported for each sample, in order. */
function lint(samples: Sample[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const samples = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const { file, code } of samples) {
        const [result] = await eslint.lintText(code, { filePath: file });
        out.push(result.messages.map((m) => m.ruleId ?? m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, JSON.stringify(samples)], { cwd: ROOT, encoding: 'utf8' })) as string[][];
}

const READ_BEFORE_LOAD = `
export async function bad(): Promise<unknown> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
    return range.values;
  });
}
`;

const HOOK_IN_CONDITION = `
import { useState } from 'react';
export function Panel({ open }: { open: boolean }) {
  if (open) {
    const [n] = useState(0);
    return n;
  }
  return null;
}
`;

test('the config catches an Office.js read before load, a conditional hook and an unused name, where each applies', () => {
  const [excel, pane, exceljs, engine] = lint([
    { file: 'src/hosts/excel/sample.ts', code: READ_BEFORE_LOAD },
    { file: 'src/taskpane/components/Sample.tsx', code: HOOK_IN_CONDITION },
    { file: 'src/hosts/xlsx/sample.ts', code: READ_BEFORE_LOAD },
    { file: 'src/engine/sample.ts', code: 'const unused = 1;\nexport const used = 2;\n' },
  ]);
  expect(excel).toEqual(expect.arrayContaining(['office-addins/load-object-before-read', 'office-addins/call-sync-before-read']));
  expect(pane).toContain('react-hooks/rules-of-hooks');
  // The same code in the ExcelJS adapter is not Office.js: no Office rules there.
  expect(exceljs.filter((rule) => rule.startsWith('office-addins/'))).toEqual([]);
  expect(engine).toEqual(['@typescript-eslint/no-unused-vars']);
}, 60_000);
