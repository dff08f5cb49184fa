/**
 * The fixed copy (…-rettet.xlsx): the problem example, given more to fix and more to keep
 * (a formula, a note, fills, number formats, text numbers and dates), is patched with the
 * proposed fixes. Every part but the patched worksheets, styles.xml and workbook.xml must be
 * byte-identical once unpacked; every cell that was not fixed must keep its value, formula,
 * style and note; the copy must check with fewer findings.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { applyFixes, CellFix, proposeFixesFor, validate, WorkbookSnapshot } from '../../../src/engine';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { writeFixedCopy, withFullCalcOnLoad } from '../../../src/hosts/xlsx/fixed-copy';
import { readNoteTexts } from '../../../src/hosts/xlsx/notes';
import { EXAMPLES_NOW, SYNTHETIC_PERSONAL_ID } from '../../../tools/example-reports';

const PROBLEM = join(__dirname, '..', '..', '..', 'examples', 'rapport-med-feil.xlsx');
type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as LoadInput);
  return workbook;
}

/** The problem example plus cells only a fix should touch, and things a fix must keep. */
async function richProblemFile(): Promise<Uint8Array> {
  const workbook = await load(new Uint8Array(await fs.readFile(PROBLEM)));
  const info = workbook.getWorksheet('Programinfo') as ExcelJS.Worksheet;
  info.getCell('B3').value = '926 812 344'; // org.nr with spaces (the check digit is still wrong)
  info.getCell('B7').value = 'kr 450 000';
  info.getCell('B7').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  info.getCell('B8').value = '01.01.2025';
  info.getCell('B8').numFmt = '@';
  info.getCell('D3').value = { formula: 'LEN(B3)', result: 11 };
  const people = workbook.getWorksheet('Deltakere') as ExcelJS.Worksheet;
  people.getCell('B3').value = 'kvinne ';
  people.getCell('B3').note = 'Sjekket med deltakeren';
  people.getCell('C4').value = '1 987';
  people.getCell('Y2').value = { formula: 'COUNTA(A2:A25)', result: 24 };
  people.getCell('Y3').value = { formula: 'UPPER("k")', result: 'K' }; // a formula is never replaced
  const goals = workbook.getWorksheet('Mål') as ExcelJS.Worksheet;
  goals.getCell('A7').value = 'M6';
  goals.getCell('B7').value = 'Minst 60 % av deltakerne skal være i jobb seks måneder etter avsluttet program';
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

let original: Uint8Array;
let snapshot: WorkbookSnapshot;
let fixes: CellFix[];
let copy: Awaited<ReturnType<typeof writeFixedCopy>>;
const key = (fix: CellFix): string => `${fix.sheet}!${fix.cell}`;

beforeAll(async () => {
  original = await richProblemFile();
  snapshot = await readXlsxBuffer(original);
  fixes = proposeFixesFor(snapshot, { now: EXAMPLES_NOW });
  copy = await writeFixedCopy(original, fixes);
});

test('the fixes the engine proposes for the file, and which were written', () => {
  expect(fixes.map((f) => `${key(f)} ${f.kind}`).sort()).toEqual([
    'Deltakere!B3 code-case',
    'Deltakere!B6 code-near',
    'Deltakere!C4 number-text',
    'Deltakere!W10 personal-id',
    'Mål!C7 goal-part',
    'Mål!D7 goal-part',
    'Mål!E7 goal-part',
    'Programinfo!B3 orgnr-spaces',
    'Programinfo!B7 number-text',
    'Programinfo!B8 date-text',
  ]);
  expect(copy.skipped).toEqual([]);
  expect(copy.applied).toHaveLength(fixes.length);
});

test('the copy reads back with the fixed values, the same as applying the fixes to the snapshot', async () => {
  const fixed = await readXlsxBuffer(copy.bytes);
  expect(fixed).toEqual(applyFixes(snapshot, fixes));
});

test('the copy checks with fewer findings, and the fixed ones are gone', async () => {
  const before = validate(snapshot, { now: EXAMPLES_NOW });
  const after = validate(await readXlsxBuffer(copy.bytes), { now: EXAMPLES_NOW });
  expect(after.findings.length).toBeLessThan(before.findings.length);
  const gone = (rule: string, cell: string): boolean => !after.findings.some((f) => f.rule === rule && `${f.sheet}!${f.cell}` === cell);
  expect(gone('value-code', 'Deltakere!B6')).toBe(true);
  expect(gone('personal-id-in-sheet', 'Deltakere!W10')).toBe(true);
  expect(gone('goal-unclear', 'Mål!B7')).toBe(true);
  expect(after.findings.some((f) => f.rule === 'orgnr-invalid')).toBe(true); // a wrong check digit is no spacing fix
});

test('every part but the patched sheets, styles.xml and workbook.xml is byte-identical', async () => {
  const [a, b] = await Promise.all([JSZip.loadAsync(original), JSZip.loadAsync(copy.bytes)]);
  expect(Object.keys(b.files)).toEqual(Object.keys(a.files));
  const changed: string[] = [];
  for (const name of Object.keys(a.files)) {
    const [x, y] = await Promise.all([a.file(name)?.async('uint8array'), b.file(name)?.async('uint8array')]);
    if (Buffer.compare(Buffer.from(x ?? []), Buffer.from(y ?? [])) !== 0) changed.push(name);
  }
  expect(changed.sort()).toEqual(['xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']);
  const workbookXml = (await b.file('xl/workbook.xml')?.async('string')) ?? '';
  expect(workbookXml).toBe(withFullCalcOnLoad((await a.file('xl/workbook.xml')?.async('string')) ?? ''));
  expect(workbookXml).toContain('fullCalcOnLoad="1"');
});

test('every cell that was not fixed keeps its value, formula, style and note', async () => {
  const [a, b] = await Promise.all([load(original), load(copy.bytes)]);
  const fixedCells = new Set(fixes.map(key));
  let compared = 0;
  for (const sheet of a.worksheets) {
    const other = b.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    expect(other.columns?.map((c) => c.width)).toEqual(sheet.columns?.map((c) => c.width));
    sheet.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const there = other.getRow(r).getCell(cell.col);
        if (fixedCells.has(`${sheet.name}!${cell.address}`)) {
          expect(there.style).toEqual(cell.address === 'B8' && sheet.name === 'Programinfo' ? there.style : cell.style);
          return;
        }
        compared++;
        expect({ at: `${sheet.name}!${cell.address}`, value: there.value, style: there.style, note: there.note }).toEqual({
          at: `${sheet.name}!${cell.address}`,
          value: cell.value,
          style: cell.style,
          note: cell.note,
        });
      }),
    );
    const validations = (ws: ExcelJS.Worksheet): unknown => (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model;
    expect(validations(other)).toEqual(validations(sheet));
  }
  expect(compared).toBeGreaterThan(500);
  expect(await readNoteTexts(copy.bytes)).toEqual(await readNoteTexts(original));
});

test('a fixed cell keeps its fill; a text date becomes a date shown as a date', async () => {
  const b = await load(copy.bytes);
  const info = b.getWorksheet('Programinfo') as ExcelJS.Worksheet;
  expect(info.getCell('B7').value).toBe(450000);
  expect(info.getCell('B7').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
  expect(info.getCell('B8').value).toEqual(new Date(Date.UTC(2025, 0, 1)));
  expect(info.getCell('B8').font).toEqual(info.getCell('B9').font);
  expect(info.getCell('B8').numFmt).toBe('mm-dd-yy'); // built-in 14, the locale's short date
  const people = b.getWorksheet('Deltakere') as ExcelJS.Worksheet;
  expect(people.getCell('W10').value).toBe('Praksisplass i kommunen.');
  expect(JSON.stringify(people.getCell('W10').value)).not.toContain(SYNTHETIC_PERSONAL_ID);
  expect(people.getCell('B3').note).toBe('Sjekket med deltakeren');
});

test('a fix on a formula cell is skipped, and the formula kept', async () => {
  const fix: CellFix = { ...fixes[0], sheet: 'Deltakere', cell: 'Y3', oldValue: 'K', newValue: 'Kvinne' };
  const result = await writeFixedCopy(original, [fix]);
  expect(result.skipped).toEqual([{ fix, reason: 'formula' }]);
  const cell = (await load(result.bytes)).getWorksheet('Deltakere')?.getCell('Y3');
  expect(cell?.formula).toBe('UPPER("k")');
});

test('a fix for a sheet that is not in the file is skipped', async () => {
  const fix: CellFix = { ...fixes[0], sheet: 'Finnes ikke' };
  expect((await writeFixedCopy(original, [fix])).skipped).toEqual([{ fix, reason: 'no-sheet' }]);
});

// LibreOffice writes its own shape of xlsx (shared strings for everything, its own styles and
// spans): the same fixes must land there too. Skipped only when soffice is not on PATH.
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
const withLibreOffice = soffice.error === undefined && soffice.status === 0 ? test : test.skip;

withLibreOffice('a LibreOffice-saved file is patched the same way', async () => {
  const dir = await fs.mkdtemp(join(tmpdir(), 'rapportsjekk-fix-'));
  await fs.writeFile(join(dir, 'in.xlsx'), original);
  const profile = `file://${join(dir, 'profile')}`;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'in.xlsx')], { timeout: 240_000 });
  expect(run.status).toBe(0);
  const saved = new Uint8Array(await fs.readFile(join(dir, 'out', 'in.xlsx')));
  const savedSnapshot = await readXlsxBuffer(saved);
  const savedFixes = proposeFixesFor(savedSnapshot, { now: EXAMPLES_NOW });
  expect(savedFixes.map(key).sort()).toEqual(fixes.map(key).sort());
  const result = await writeFixedCopy(saved, savedFixes);
  expect(result.skipped).toEqual([]);
  expect(await readXlsxBuffer(result.bytes)).toEqual(applyFixes(savedSnapshot, savedFixes));
  await fs.rm(dir, { recursive: true, force: true });
}, 300_000);
