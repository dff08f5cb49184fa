/**
 * The differential test of the reader (src/hosts/xlsx/reader/) against the ExcelJS reader the
 * product used before (tests/support/exceljs-reader.ts): the same snapshot, or the same reason
 * for refusing, on every fixture, every file of the generated batch corpus, the bad-file corpus
 * and random workbooks. The only differences allowed are the places where ExcelJS is wrong,
 * each named here and shown on its own in exceljs-wrong.test.ts.
 * `READER_FUZZ_RUNS=10000 npx jest tests/hosts/xlsx/reader-differential` (bench/reader-fuzz.js)
 * runs the random part at full size.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import fc from 'fast-check';
import type { WorkbookSnapshot } from '../../../src/engine';
import { WorkbookReadError } from '../../../src/hosts/xlsx/errors';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { nodeInflate } from '../../../src/hosts/xlsx/node-inflate';
import { BAD_FILES, FIXTURE_DIR } from '../../../tools/make-bad-files';
import { writeCorpus } from '../../../tools/make-corpus';
import { tempDir } from '../../batch/helpers';
import { readWithExcelJs } from '../../support/exceljs-reader';
import { FuzzCell, fuzzWorkbook, fuzzWorkbookBytes } from '../../support/fuzz-xlsx';
import { CellDifference, describeDifference, snapshotDifferences } from '../../support/snapshot-diff';

const ROOT = path.join(__dirname, '..', '..', '..');
const RUNS = Number(process.env.READER_FUZZ_RUNS ?? 200);

type Outcome = { snapshot: WorkbookSnapshot } | { refused: string };

async function outcome(read: (bytes: Uint8Array) => Promise<WorkbookSnapshot>, bytes: Uint8Array): Promise<Outcome> {
  try {
    return { snapshot: await read(bytes) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { refused: error.reason };
    throw error;
  }
}

/** Differences between the two readers on one file, as lines (empty when they agree). */
async function differences(bytes: Uint8Array, allowed: (d: CellDifference) => boolean = () => false): Promise<string[]> {
  const ours = await outcome(readXlsxBuffer, bytes);
  const reference = await outcome(readWithExcelJs, bytes);
  // The CLI inflates with Node's zlib, the browser with fflate: both must read every file alike.
  const native = await outcome((b) => readXlsxBuffer(b, { inflate: nodeInflate }), bytes);
  if (!isDeepStrictEqual(native, ours)) return ['ours with native zlib differs from ours with fflate'];
  if ('refused' in ours || 'refused' in reference) {
    const a = 'refused' in ours ? ours.refused : 'read';
    const b = 'refused' in reference ? reference.refused : 'read';
    return a === b ? [] : [`ours ${a}, ExcelJS ${b}`];
  }
  return snapshotDifferences(ours.snapshot, reference.snapshot).filter((d) => !allowed(d)).map(describeDifference);
}

/**
 * ExcelJS is wrong in these places (exceljs-wrong.test.ts shows each on its own); in a file that
 * has them, only these differences are allowed.
 */
const EXCELJS_WRONG: Readonly<Record<string, string>> = {
  'merge-bomb.xlsx': 'expands a merged range cell by cell, so a whole-sheet merge is refused as too large',
  'merge-bomb-8-digit-row.xlsx': 'expands a merged range cell by cell (100 million cells here)',
  'column-bomb.xlsx': 'expands a column declaration column by column (200 million here)',
  'defined-name-bomb.xlsx': 'expands a defined name cell by cell (17 billion cells here)',
  'row-4-billion.xlsx': 'reads a cell on row 4 000 000 000, so every loop over the rows runs for minutes',
};

describe('the same snapshot as the ExcelJS reader', () => {
  test('the examples', async () => {
    for (const name of ['rapport-ok.xlsx', 'rapport-med-feil.xlsx']) {
      expect({ name, differences: await differences(fs.readFileSync(path.join(ROOT, 'examples', name))) }).toEqual({ name, differences: [] });
    }
  });

  test.each(BAD_FILES.filter((bad) => EXCELJS_WRONG[bad.file] === undefined).map((bad) => bad.file))('bad-file corpus: %s', async (file) => {
    expect(await differences(fs.readFileSync(path.join(ROOT, FIXTURE_DIR, file)))).toEqual([]);
  });

  test('every file of the generated batch corpus', async () => {
    const dir = tempDir('differential-corpus');
    const entries = await writeCorpus(dir, { seed: 7 });
    expect(entries.length).toBeGreaterThanOrEqual(30);
    for (const entry of entries) {
      const found = await differences(fs.readFileSync(path.join(dir, entry.file)));
      expect({ file: entry.file, found }).toEqual({ file: entry.file, found: [] });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  test(`${RUNS} random workbooks written by ExcelJS`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzWorkbook, async (workbook) => {
        const formulas = new Map<string, FuzzCell>();
        for (const sheet of workbook.sheets) for (const c of sheet.cells) formulas.set(`${sheet.name}!${c.row - 1}:${c.column - 1}`, c.cell);
        // ExcelJS drops a formula's cached 0, FALSE and "" (read as no value at all).
        const cachedFalsy = (d: CellDifference): boolean => {
          const cell = formulas.get(`${d.sheet}!${d.row}:${d.column}`);
          return cell?.kind === 'formula' && d.reference === null && (d.ours === 0 || d.ours === false || d.ours === '');
        };
        expect(await differences(await fuzzWorkbookBytes(workbook), cachedFalsy)).toEqual([]);
      }),
      { numRuns: RUNS, seed: Number(process.env.READER_FUZZ_SEED ?? 12) },
    );
  }, 600_000);
});

describe('where ExcelJS is wrong, the bad-file corpus differs as named', () => {
  test.each(Object.entries(EXCELJS_WRONG))('%s: ExcelJS %s', async (file) => {
    const bad = BAD_FILES.find((b) => b.file === file);
    expect(bad).toBeDefined();
    const ours = await outcome(readXlsxBuffer, fs.readFileSync(path.join(ROOT, FIXTURE_DIR, file)));
    // Ours gives each its verdict at once; ExcelJS is not run on them (it runs out of memory).
    if (bad?.expected.outcome === 'unreadable') expect(ours).toEqual({ refused: bad.expected.reason });
    else expect(ours).toHaveProperty('snapshot.sheets.Deltakere', [['Deltakere']]);
  });
});
