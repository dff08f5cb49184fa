/**
 * The workbooks we write, opened by another spreadsheet program: LibreOffice converts the
 * template to PDF, and round-trips the template, the examples and an annotated file through
 * its own xlsx writer; we read those back. It also makes real .xls and .ods files for the read
 * errors; each LibreOffice-saved xlsx goes through our reader and the ExcelJS reference reader
 * (tests/support) and must read alike. Skipped (with the reason printed) only when `soffice` is not on PATH; CI installs it.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as ExcelJS from 'exceljs';
import { ADDIN_SHEETS, GUIDE_SHEET, SHEETS, TEMPLATE_VERSION, validate } from '../../../src/engine';
import { annotateWorkbook } from '../../../src/hosts/xlsx/annotate';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { nodeInflate } from '../../../src/hosts/xlsx/node-inflate';
import { readWithExcelJs } from '../../support/exceljs-reader';
import { describeDifference, snapshotDifferences } from '../../support/snapshot-diff';
import { WorkbookReadError } from '../../../src/hosts/xlsx/errors';
import { FORM_FIRST_ROW, TABLE_FIRST_ROW, TEMPLATE_DATA_ROWS, writeTemplate } from '../../../src/hosts/xlsx/template-writer';
import { CODES_SHEET } from '../../../src/hosts/xlsx/validations';
import { buildExamples, OK_FILE, PROBLEM_FILE } from '../../../tools/make-examples';
import { EXAMPLES_NOW } from '../../../tools/example-reports';
import { columnLetter } from '../../../src/engine';
import { listCodes, validationAt } from './list-codes';

const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
const available = probe.error === undefined && probe.status === 0;
if (!available) {
  console.warn(`Skipping the LibreOffice tests: soffice is not on PATH (${probe.error?.message ?? `exit ${probe.status}`}).`);
}
const describeWithLibreOffice = available ? describe : describe.skip;

jest.setTimeout(300_000);

describeWithLibreOffice('LibreOffice', () => {
  let dir: string;
  const out = (format: string, name: string): string => join(dir, format, name);

  /** One soffice run per target format, with a fresh profile so runs never share state. */
  function convert(format: string, files: readonly string[]): void {
    const profile = `file://${join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`)}`;
    const result = spawnSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', join(dir, format.split(':')[0]), ...files],
      { encoding: 'utf8', timeout: 240_000 },
    );
    if (result.status !== 0) throw new Error(`soffice --convert-to ${format} failed: ${result.stderr}`);
  }

  const readFile = async (path: string): Promise<Uint8Array> => new Uint8Array(await fs.readFile(path));
  async function loadWithExcelJS(path: string): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(path)) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    return wb;
  }

  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'rapportsjekk-lo-'));
    const examples = await buildExamples();
    const problem = examples[PROBLEM_FILE] as Uint8Array;
    const annotated = await annotateWorkbook(problem, validate(await readXlsxBuffer(problem), { now: EXAMPLES_NOW }), 'nb');
    const inputs: Record<string, Uint8Array> = {
      'mal.xlsx': await writeTemplate(),
      [OK_FILE]: examples[OK_FILE] as Uint8Array,
      [PROBLEM_FILE]: problem,
      'annotert.xlsx': annotated,
    };
    for (const [name, bytes] of Object.entries(inputs)) await fs.writeFile(join(dir, name), bytes);
    const path = (name: string): string => join(dir, name);
    convert('pdf', [path('mal.xlsx')]);
    convert('xlsx:Calc MS Excel 2007 XML', Object.keys(inputs).map(path));
    convert('xls', [path(OK_FILE)]);
    convert('ods', [path(OK_FILE)]);
  });

  afterAll(async () => {
    if (dir !== undefined) await fs.rm(dir, { recursive: true, force: true });
  });

  test('converts the template to a PDF with a page for the guide and each sheet', async () => {
    const pdf = Buffer.from(await readFile(out('pdf', 'mal.pdf')));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1 + SHEETS.length);
  });

  describe('the template after a LibreOffice round trip', () => {
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      wb = await loadWithExcelJS(out('xlsx', 'mal.xlsx'));
    });

    test('keeps the sheets, the version and the hidden Koder sheet', () => {
      expect(wb.worksheets.map((ws) => ws.name)).toEqual([GUIDE_SHEET, ...SHEETS.map((s) => s.name), CODES_SHEET]);
      expect(wb.getWorksheet(GUIDE_SHEET)?.getCell('B2').value).toBe(TEMPLATE_VERSION);
      expect(wb.getWorksheet(CODES_SHEET)?.state).toBe('hidden');
    });

    const codeColumns = SHEETS.flatMap((def) =>
      (def.kind === 'form' ? def.fields : def.columns).flatMap((column, i) =>
        column.codes === undefined
          ? []
          : [
              {
                name: `${def.name} ${column.header}`,
                sheet: def.name,
                codes: column.codes,
                cells: def.kind === 'form' ? [`B${FORM_FIRST_ROW + i}`] : [`${columnLetter(i)}${TABLE_FIRST_ROW}`, `${columnLetter(i)}${TABLE_FIRST_ROW + TEMPLATE_DATA_ROWS - 1}`],
              },
            ],
      ),
    );

    test.each(codeColumns)('$name: the dropdown survives with its codes and prompt', ({ sheet, codes, cells }) => {
      const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
      for (const cell of cells) {
        const validation = validationAt(ws, cell);
        expect(validation?.type).toBe('list');
        expect(listCodes(wb, String(validation?.formulae?.[0]))).toEqual(codes);
        expect(validation?.prompt?.length).toBeGreaterThan(0);
      }
    });
  });

  test('the clean example written by LibreOffice still has no findings', async () => {
    const report = validate(await readXlsxBuffer(await readFile(out('xlsx', OK_FILE))), { now: EXAMPLES_NOW });
    expect(report.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([]);
  });

  test('the problem example written by LibreOffice gives the same findings', async () => {
    const ours = validate(await readXlsxBuffer(await readFile(join(dir, PROBLEM_FILE))), { now: EXAMPLES_NOW });
    const theirs = validate(await readXlsxBuffer(await readFile(out('xlsx', PROBLEM_FILE))), { now: EXAMPLES_NOW });
    expect(theirs.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual(ours.findings.map((f) => [f.rule, f.sheet, f.cell]));
    expect(theirs.metrics).toEqual(ours.metrics);
  });

  test.each(['mal.xlsx', OK_FILE, PROBLEM_FILE, 'annotert.xlsx'])('%s saved by LibreOffice reads as the ExcelJS reference reader reads it, with fflate and with native zlib', async (name) => {
    const bytes = await readFile(out('xlsx', name));
    const reference = await readWithExcelJs(bytes);
    const ours = await readXlsxBuffer(bytes);
    expect(Object.keys(ours.sheets)).toEqual(Object.keys(reference.sheets));
    expect(snapshotDifferences(ours, reference).map(describeDifference)).toEqual([]);
    expect(await readXlsxBuffer(bytes, { inflate: nodeInflate })).toEqual(ours);
  });

  test('an annotated file opens in LibreOffice, and the links in Funn keep their text', async () => {
    const wb = await loadWithExcelJS(out('xlsx', 'annotert.xlsx'));
    const funn = wb.getWorksheet(ADDIN_SHEETS.findings) as ExcelJS.Worksheet;
    const links: unknown[] = [];
    funn.eachRow((row, n) => {
      if (n > 4) links.push(row.getCell(3).value);
    });
    expect(links).toContainEqual(expect.objectContaining({ result: 'K8', formula: expect.stringContaining('HYPERLINK') }));
  });

  test.each([
    ['xls', 'xls'],
    ['ods', 'ods'],
  ])('a real .%s file made by LibreOffice is refused as %s', async (format, reason) => {
    const error = await readXlsxBuffer(await readFile(out(format, OK_FILE.replace('.xlsx', `.${format}`)))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).reason).toBe(reason);
  });
});
