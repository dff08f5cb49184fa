/**
 * Requirement-set audit: every Excel API the adapter (src/hosts/excel) uses, with the ExcelApi
 * set it needs, read from the `[Api set: ExcelApi 1.x]` annotations in @types/office-js through
 * the TypeScript checker. The manifest must declare exactly the highest set an unguarded call
 * needs: lower and Office would load the add-in where a call fails; higher and Office would
 * hide it from Excel versions it works in. The table is in docs/excel-checklist.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const ADAPTER = join(ROOT, 'src', 'hosts', 'excel');
const TYPES = join('node_modules', '@types', 'office-js');

const version = (set: string): number[] => set.split('.').map(Number);
const compare = (a: string, b: string): number => version(a)[0] - version(b)[0] || version(a)[1] - version(b)[1];

/** API name (Class.member) → the ExcelApi set its declaration names. */
function auditAdapter(): Map<string, string> {
  const files = readdirSync(ADAPTER).filter((f) => f.endsWith('.ts')).map((f) => join(ADAPTER, f));
  const program = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2020, moduleResolution: ts.ModuleResolutionKind.Node10, types: ['office-js'], noEmit: true });
  const checker = program.getTypeChecker();
  const apis = new Map<string, string>();
  for (const source of program.getSourceFiles().filter((s) => s.fileName.includes('/src/hosts/excel/'))) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const declaration of symbol?.declarations ?? []) {
          if (!declaration.getSourceFile().fileName.includes(TYPES)) continue;
          const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(declaration.getFullText())?.[1];
          const owner = (declaration.parent as ts.ClassDeclaration | ts.InterfaceDeclaration).name?.getText();
          if (set !== undefined && owner !== undefined) apis.set(`${owner}.${node.name.text}`, set);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return apis;
}

export function requirementTable(apis: Map<string, string>): string {
  const rows = [...apis].sort(([a, x], [b, y]) => compare(y, x) || a.localeCompare(b));
  return ['| Excel API used by the add-in | Requirement set |', '|---|---|', ...rows.map(([api, set]) => `| \`${api}\` | ExcelApi ${set} |`)].join('\n');
}

const apis = auditAdapter();
const highest = [...apis.values()].sort(compare).at(-1) ?? '1.1';

test('the adapter uses Excel APIs, each with its requirement set from @types/office-js', () => {
  expect(apis.size).toBeGreaterThan(30);
  expect(apis.get('Range.values')).toBe('1.1');
  expect(apis.get('Worksheet.getRanges')).toBe('1.9');
});

test('the manifest declares exactly the highest requirement set the adapter needs', () => {
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
  expect({ declared, highest, needs: [...apis].filter(([, set]) => set === highest).map(([api]) => api) }).toMatchObject({ declared: highest });
});

test('docs/excel-checklist.md holds the current table', () => {
  // WRITE_REQUIREMENT_TABLE=file npx jest tests/manifest/requirement-sets writes the table to paste.
  if (process.env.WRITE_REQUIREMENT_TABLE) writeFileSync(process.env.WRITE_REQUIREMENT_TABLE, requirementTable(apis));
  const doc = readFileSync(join(ROOT, 'docs', 'excel-checklist.md'), 'utf8');
  expect(doc).toContain(requirementTable(apis));
});
