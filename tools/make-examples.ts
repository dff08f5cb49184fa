/**
 * Writes the example reports to examples/ (`npm run examples`):
 *   rapport-ok.xlsx        a clean report: no errors, no warnings
 *   rapport-med-feil.xlsx  the same programme with typical problems planted at known cells
 *   README.md              every planted problem with its cell and rule
 * The output is byte-for-byte the same on every run (fixed data, fixed zip timestamps), so the
 * committed files only change when the template or the examples do.
 */
import { promises as fs } from 'fs';
import { join, resolve } from 'path';
import JSZip from 'jszip';
import { buildReportWorkbook, ReportContent } from './report-workbook';
import { workbookBytes } from '../src/hosts/xlsx/workbook-io';
import { cleanReport, PLANTED, problemReport } from './example-reports';
import { repoRoot } from './repo-root';

export const OK_FILE = 'rapport-ok.xlsx';
export const PROBLEM_FILE = 'rapport-med-feil.xlsx';
const ZIP_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * ExcelJS stamps every zip entry with the current time. Repacking with a fixed date (same
 * entries, same order, same compression) makes the file depend on its content only.
 */
export async function repackDeterministic(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async('uint8array'), { date: ZIP_DATE, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function xlsx(content: ReportContent): Promise<Uint8Array> {
  return repackDeterministic(await workbookBytes(buildReportWorkbook(content)));
}

export function readme(): string {
  const clean = cleanReport();
  const rows = PLANTED.map((p) => `| ${p.sheet}!${p.cell} | \`${p.rule}\` | ${p.what} |`);
  return [
    '# Eksempelrapporter',
    '',
    'Genereres av `npm run examples` (tools/make-examples.ts); ikke rediger filene for hånd.',
    'Programmet, personene og organisasjonen er oppdiktet.',
    '',
    `- \`${OK_FILE}\`: ${String(clean.info.programName)}, et mentorprogram med ${clean.participants.length} deltakere,`,
    `  ${clean.mentors.length} mentorer, ${clean.goals.length} mål og ${clean.activities?.length ?? 0} aktiviteter. Rapporten har ingen feil og ingen advarsler.`,
    `- \`${PROBLEM_FILE}\`: samme program med typiske feil plantet i kjente celler (tabellen under).`,
    '  Oppnådd er fjernet for standardmålene der de plantede feilene endrer tallene.',
    '',
    `## Plantede problemer i \`${PROBLEM_FILE}\``,
    '',
    '| Celle | Regel | Hva |',
    '|---|---|---|',
    ...rows,
    '',
    'Testen tests/hosts/xlsx/examples.test.ts lager filene på nytt i minnet, kontrollerer at',
    'hvert problem blir funnet i sin celle (og ingen andre), og at de lagrede filene er oppdatert.',
    '',
  ].join('\n');
}

export async function buildExamples(): Promise<Record<string, Uint8Array | string>> {
  return {
    [OK_FILE]: await xlsx(cleanReport()),
    [PROBLEM_FILE]: await xlsx(problemReport()),
    'README.md': readme(),
  };
}

export async function writeExamples(directory: string): Promise<string[]> {
  await fs.mkdir(directory, { recursive: true });
  const files = await buildExamples();
  for (const [name, content] of Object.entries(files)) await fs.writeFile(join(directory, name), content);
  return Object.keys(files).map((name) => join(directory, name));
}

if (require.main === module) {
  // dist/tools/make-examples.js → <repo>/examples, unless a directory is given.
  const directory = resolve(process.argv[2] ?? join(repoRoot(), 'examples'));
  writeExamples(directory).then(
    (written) => console.log(written.join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
