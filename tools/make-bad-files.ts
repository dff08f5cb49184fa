/**
 * The bad-file corpus (tests/fixtures/bad/): files people really send instead of a clean
 * report, and files made to break a reader. Each comes with what the checker must answer:
 * a one-line reason (exit 2) or a report with certain findings (exit 0/1).
 *
 *   npm run build && node dist/tools/make-bad-files.js [directory]
 *
 * Everything is made here, from the template definition and the example programme, and comes
 * out byte-for-byte the same on every run, except the .xls and .ods, which LibreOffice converts
 * (made only when missing, since LibreOffice stamps the time; skipped without soffice).
 * The zip bombs and the cell bomb are big: the tests make them in a temporary directory
 * (BUILT_AT_TEST_TIME) and they are never committed.
 */
import { spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';
import { CellValue, GOALS, isCellError, PARTICIPANTS, PROGRAMME_INFO, RuleId, TableSheetDef } from '../src/engine';
import type { ReadFailure } from '../src/hosts/xlsx/errors';
import { workbookBytes } from '../src/hosts/xlsx/workbook-io';
import { cleanReport } from './example-reports';
import { passwordProtectedXlsx } from './encrypted-ooxml';
import { repackDeterministic } from './make-examples';
import { contentToSnapshot, seededRandom } from './synthetic';
import { workbookSkeleton, zipArchive, zipBomb } from './zip-bomb';

export type Expected =
  | { readonly outcome: 'unreadable'; readonly reason: ReadFailure }
  /**
   * A report; these rules must be among its findings (others may be too), and, when given, the
   * participants counted (hidden rows count; a stray value far below does not).
   */
  | { readonly outcome: 'report'; readonly rules: readonly RuleId[]; readonly participants?: number };

export interface BadFile {
  readonly file: string;
  readonly what: string;
  readonly expected: Expected;
  readonly make: () => Promise<Uint8Array> | Uint8Array;
  /** Made by converting make()'s xlsx with LibreOffice to this format. */
  readonly convertTo?: 'xls' | 'ods';
}

export const FIXTURE_DIR = join('tests', 'fixtures', 'bad');
/** The password of password-protected.xlsx (LibreOffice and Excel open it with it). */
export const FIXTURE_PASSWORD = 'rapportsjekk';

const unreadable = (reason: ReadFailure): Expected => ({ outcome: 'unreadable', reason });
const report = (...rules: RuleId[]): Expected => ({ outcome: 'report', rules });
/** A report of the whole example programme (every participant read). */
const fullReport = (...rules: RuleId[]): Expected => ({ outcome: 'report', rules, participants: cleanReport().participants.length });
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

// ---------------------------------------------------------------- writing workbooks

type Grid = CellValue[][];

/** The example programme as sheets of values (no template formatting: the files stay small). */
function cleanSheets(): Record<string, Grid> {
  const snapshot = contentToSnapshot(cleanReport());
  return Object.fromEntries(Object.entries(snapshot.sheets).map(([name, grid]) => [name, grid.map((row) => [...(row ?? [])])]));
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  return value !== null && isCellError(value) ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
}

function workbookOf(sheets: Record<string, Grid>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata, so the bytes depend on the content only.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  workbook.creator = workbook.lastModifiedBy = 'rapportsjekk';
  for (const [name, grid] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = excelValue(value);
        if (value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
      }),
    );
  }
  return workbook;
}

async function xlsxOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return repackDeterministic(await workbookBytes(workbook));
}

/** The example programme, changed by `edit` (values) and `style` (the ExcelJS workbook). */
async function variant(edit: (sheets: Record<string, Grid>) => void, style?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const sheets = cleanSheets();
  edit(sheets);
  const workbook = workbookOf(sheets);
  style?.(workbook);
  return xlsxOf(workbook);
}

const column = (key: string, def: TableSheetDef = PARTICIPANTS): number => def.columns.findIndex((c) => c.key === key);
const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => workbook.getWorksheet(name) as ExcelJS.Worksheet;

async function zipOf(files: Record<string, string>, storedFirst?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  // A fixed date and no folder entries (JSZip would stamp those with the current time).
  const options = { date: new Date(Date.UTC(2026, 0, 1)), createFolders: false };
  if (storedFirst !== undefined) zip.file(storedFirst, files[storedFirst], { ...options, compression: 'STORE' });
  for (const [name, content] of Object.entries(files)) if (name !== storedFirst) zip.file(name, content, options);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// ---------------------------------------------------------------- the corpus

const DOCX = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/document.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Årsrapport 2025 (skrevet i Word)</w:t></w:r></w:p></w:body></w:document>',
};

const ODT = {
  mimetype: 'application/vnd.oasis.opendocument.text',
  'META-INF/manifest.xml':
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  'content.xml':
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>Årsrapport 2025</text:p></office:text></office:body></office:document-content>',
};

/** A small workbook for the LibreOffice conversions (.xls, .ods): the example programme. */
const smallReport = (): Promise<Uint8Array> => variant(() => undefined);

/** An .xlsm: the workbook part typed macro-enabled, with a VBA project part beside it. */
async function macroEnabled(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await smallReport());
  const options = { date: new Date(Date.UTC(2026, 0, 1)), createFolders: false };
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('<Default Extension="xml"', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"'),
    options,
  );
  const relsName = 'xl/_rels/workbook.xml.rels';
  const rels = (await zip.file(relsName)?.async('string')) ?? '';
  zip.file(relsName, rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'), options);
  // Not a working VBA project (nothing here runs code); the checker never reads it.
  zip.file('xl/vbaProject.bin', text('Attribute VB_Name = "Module1"\r\nSub Hei()\r\nEnd Sub\r\n'), options);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Every Excel error value, the newer ones included. */
export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

/** Template columns that get an error value in formula-errors.xlsx, one per participant row. */
const ERROR_COLUMNS = ['birthYear', 'startDate', 'meetings', 'gatheringsAttended', 'employmentShare', 'selfAssessment'];

const LONG = 32_767;
const long = (seed: string): string => seed.repeat(Math.ceil(LONG / seed.length)).slice(0, LONG);

export const BAD_FILES: readonly BadFile[] = [
  { file: 'empty.xlsx', what: 'an empty file (0 bytes)', expected: unreadable('empty'), make: () => new Uint8Array(0) },
  {
    file: 'csv-named.xlsx',
    what: 'a CSV export renamed to .xlsx',
    expected: unreadable('not-xlsx'),
    make: () => text('DeltakerID;Kjønn;Fødselsår\r\nD01;Kvinne;1988\r\nD02;Mann;1979\r\n'),
  },
  {
    file: 'random-bytes.xlsx',
    what: '4 KB of random bytes',
    expected: unreadable('not-xlsx'),
    make: () => {
      const random = seededRandom(20260101);
      const bytes = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
      bytes[0] = 0x52; // never a zip or CFB signature by chance
      return bytes;
    },
  },
  {
    file: 'truncated.xlsx',
    what: 'a real report cut off halfway (an interrupted download)',
    expected: unreadable('damaged'),
    make: async () => {
      const whole = await smallReport();
      return whole.slice(0, Math.floor(whole.length / 2));
    },
  },
  { file: 'docx-renamed.xlsx', what: 'a Word document (.docx) renamed to .xlsx', expected: unreadable('not-xlsx'), make: () => zipOf(DOCX) },
  { file: 'odt-renamed.xlsx', what: 'an OpenDocument text (.odt) renamed to .xlsx', expected: unreadable('not-xlsx'), make: () => zipOf(ODT, 'mimetype') },
  {
    file: 'password-protected.xlsx',
    what: `an xlsx encrypted with a password ("${FIXTURE_PASSWORD}"), as Excel saves it (Agile Encryption in a CFB container)`,
    expected: unreadable('encrypted'),
    make: async () => passwordProtectedXlsx(await smallReport(), FIXTURE_PASSWORD),
  },
  { file: 'old-format.xls', what: 'the example report saved as Excel 97–2003 (.xls) by LibreOffice', expected: unreadable('xls'), make: smallReport, convertTo: 'xls' },
  { file: 'spreadsheet.ods', what: 'the example report saved as OpenDocument (.ods) by LibreOffice', expected: unreadable('ods'), make: smallReport, convertTo: 'ods' },
  // Declarations over huge ranges: a reader that expands them (as ExcelJS did) runs out of
  // memory; ours reads none of them cell by cell, so each is an ordinary, tiny workbook.
  {
    file: 'merge-bomb.xlsx',
    what: 'a 1 KB workbook with one merged range over the whole sheet (A1:XFD1048576)',
    expected: report('sheet-missing'),
    make: () => sheetBomb('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
  },
  {
    file: 'merge-bomb-8-digit-row.xlsx',
    what: 'a merged range down to an 8-digit row (Z100:Z99999999), past the last row of a sheet',
    expected: report('sheet-missing'),
    make: () => sheetBomb('<mergeCells count="1"><mergeCell ref="Z100:Z99999999"/></mergeCells>'),
  },
  {
    file: 'column-bomb.xlsx',
    what: 'a column declaration over 200 million columns (<col min="1" max="200000000">)',
    expected: report('sheet-missing'),
    make: () => sheetBomb('', '<cols><col min="1" max="200000000" width="9"/></cols>'),
  },
  {
    file: 'defined-name-bomb.xlsx',
    what: 'a defined name over the whole sheet (Deltakere!$A$1:$XFD$1048576)',
    expected: report('sheet-missing'),
    make: () => sheetBomb('', '', '<definedNames><definedName name="Alt">Deltakere!$A$1:$XFD$1048576</definedName></definedNames>'),
  },
  {
    file: 'row-4-billion.xlsx',
    what: 'a single cell on row 4 000 000 000, far past the last row of a sheet (1 048 576)',
    expected: unreadable('damaged'),
    make: () => sheetBomb('', '', '', '<row r="4000000000"><c r="A4000000000"><v>1</v></c></row>'),
  },
  { file: 'macro-enabled.xlsm', what: 'the example report as a macro-enabled workbook (.xlsm)', expected: fullReport(), make: macroEnabled },
  {
    file: 'used-range-to-last-row.xlsx',
    what: 'the example report with a stray value and a formatted cell on row 1 048 576',
    expected: fullReport(),
    make: () =>
      variant(
        () => undefined,
        (workbook) => {
          const sheet = sheetOf(workbook, PARTICIPANTS.name);
          sheet.getCell('AD1048576').value = 'x';
          sheet.getCell('A1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
        },
      ),
  },
  {
    file: 'merged-header-cells.xlsx',
    what: 'a merged title row above the headers, a header merged over two columns and data cells merged down',
    expected: fullReport('column-unknown'),
    make: () =>
      variant(
        (sheets) => {
          const grid = sheets[PARTICIPANTS.name];
          grid.unshift(['Deltakere i Mentorbro 2025']);
          grid[1].push('Merknad');
        },
        (workbook) => {
          const sheet = sheetOf(workbook, PARTICIPANTS.name);
          sheet.mergeCells(1, 1, 1, PARTICIPANTS.columns.length);
          const last = PARTICIPANTS.columns.length + 1;
          sheet.mergeCells(2, last, 2, last + 1);
          sheet.mergeCells(3, column('gender') + 1, 4, column('gender') + 1);
        },
      ),
  },
  {
    file: 'hidden-sheets-and-rows.xlsx',
    what: 'Mentorer hidden, a very hidden sheet of notes, hidden participant rows and a hidden column',
    expected: fullReport(),
    make: () =>
      variant(
        (sheets) => {
          sheets['Skjulte notater'] = [['Notat'], ['Husk å sjekke D03 før innsending']];
        },
        (workbook) => {
          sheetOf(workbook, 'Mentorer').state = 'hidden';
          sheetOf(workbook, 'Skjulte notater').state = 'veryHidden';
          const sheet = sheetOf(workbook, PARTICIPANTS.name);
          sheet.getRow(3).hidden = true;
          sheet.getRow(4).hidden = true;
          sheet.getColumn(column('comment') + 1).hidden = true;
        },
      ),
  },
  {
    file: 'formula-errors.xlsx',
    what: `every Excel error value (${ERROR_VALUES.length}), as cached results of formulas, in number and date columns`,
    expected: fullReport('formula-error'),
    make: () =>
      variant(
        () => undefined,
        (workbook) => {
          const sheet = sheetOf(workbook, PARTICIPANTS.name);
          ERROR_VALUES.forEach((error, i) => {
            const key = ERROR_COLUMNS[i % ERROR_COLUMNS.length];
            const cell = sheet.getCell(2 + i, column(key) + 1);
            cell.value = { formula: `Mentorer!Z${i + 1}/0`, result: { error } } as unknown as ExcelJS.CellValue;
          });
        },
      ),
  },
  {
    file: 'text-in-number-columns.xlsx',
    what: 'numbers written as text: «ti», «10 stk», «nitten åtti», «1 234,5», «60 %», «8,0»',
    expected: fullReport('value-type'),
    make: () =>
      variant((sheets) => {
        const grid = sheets[PARTICIPANTS.name];
        grid[1][column('meetings')] = 'ti';
        grid[2][column('meetings')] = '10 stk';
        grid[3][column('birthYear')] = 'nitten åtti';
        grid[4][column('employmentShare')] = '60 %';
        grid[5][column('meetings')] = '8,0';
        grid[6][column('gatheringsAttended')] = '1 234,5';
        const info = sheets[PROGRAMME_INFO.name];
        const grant = PROGRAMME_INFO.fields.findIndex((f) => f.key === 'grantAmount');
        info[grant][1] = '850 000 kr';
      }),
  },
  {
    file: 'dates-before-1900-and-as-text.xlsx',
    what: 'dates before 1900 (as text and as serial 0 and -1), and dates as text in every spelling',
    expected: fullReport('value-type'),
    make: () =>
      variant(
        (sheets) => {
          const grid = sheets[PARTICIPANTS.name];
          const start = column('startDate');
          const end = column('endDate');
          grid[1][start] = '15.01.1899';
          grid[2][start] = '2025-01-13';
          grid[3][start] = '13.01.25';
          grid[4][start] = '31.02.2025';
          grid[5][start] = '13. januar 2025';
          grid[6][end] = '1899-12-31';
          const info = sheets[PROGRAMME_INFO.name];
          const programStart = PROGRAMME_INFO.fields.findIndex((f) => f.key === 'programStart');
          info[programStart][1] = '06.01.2025';
        },
        (workbook) => {
          const sheet = sheetOf(workbook, PARTICIPANTS.name);
          for (const [row, serial] of [
            [9, 0],
            [10, -1],
          ]) {
            const cell = sheet.getCell(row, column('startDate') + 1);
            cell.value = serial;
            cell.numFmt = 'dd.mm.yyyy';
          }
        },
      ),
  },
  {
    file: 'cells-of-32767-characters.xlsx',
    what: `cells of ${LONG} characters (Excel's maximum) in an ID, a code, a goal, a comment and a sheet of notes`,
    expected: fullReport('value-code'),
    make: () =>
      variant((sheets) => {
        const grid = sheets[PARTICIPANTS.name];
        grid[1][column('comment')] = long('Lang kommentar. ');
        grid[2][column('gender')] = long('Kvinne');
        grid[3][column('participantId')] = long('D');
        sheets[GOALS.name][1][column('goalText', GOALS)] = long('Flere i arbeid. ');
        sheets.Notater = [[long('æøå')]];
      }),
  },
  {
    file: 'right-to-left-and-emoji.xlsx',
    what: 'Arabic, Hebrew and emoji in IDs, codes, goals and comments; a sheet named with an emoji; a right-to-left sheet',
    expected: fullReport('value-code'),
    make: () =>
      variant(
        (sheets) => {
          const grid = sheets[PARTICIPANTS.name];
          grid[1][column('comment')] = 'تم التوظيف في البلدية 👍';
          grid[2][column('comment')] = 'עבודה במשרה מלאה';
          grid[3][column('participantId')] = 'D04 🚀';
          grid[4][column('gender')] = 'امرأة';
          grid[5][column('comment')] = '👩🏽‍💻 utvikler, 🇳🇴 → 🇸🇾';
          sheets[GOALS.name][1][column('goalText', GOALS)] = '٦٠٪ في العمل 📈';
          sheets['📊 Notater'] = [['ملاحظات', 'הערות'], ['🙂', 'שלום']];
        },
        (workbook) => {
          sheetOf(workbook, '📊 Notater').views = [{ rightToLeft: true }];
        },
      ),
  },
  {
    file: 'duplicate-headers.xlsx',
    what: 'DeltakerID and Kjønn each twice in the header row',
    expected: fullReport('column-unknown'),
    make: () =>
      variant((sheets) => {
        const grid = sheets[PARTICIPANTS.name];
        grid[0].push('DeltakerID', 'Kjønn');
        grid.slice(1).forEach((row, i) => {
          while (row.length < PARTICIPANTS.columns.length) row.push(null);
          row.push(`X${i + 1}`, 'Mann');
        });
      }),
  },
  {
    file: 'header-on-row-11.xlsx',
    what: 'ten title and note rows above the participant headers (the header is looked for in rows 1–10)',
    expected: report('column-missing', 'participants-missing'),
    make: () =>
      variant((sheets) => {
        const grid = sheets[PARTICIPANTS.name];
        const titles: Grid = Array.from({ length: 10 }, (_, i) => [i === 0 ? 'Deltakere i Mentorbro 2025' : `Merknad ${i}`]);
        sheets[PARTICIPANTS.name] = [...titles, ...grid];
      }),
  },
  {
    file: 'wrong-shape.xlsx',
    what: 'a budget workbook sent instead of the report',
    expected: report('sheet-missing'),
    make: () =>
      xlsxOf(
        workbookOf({
          Budsjett: [
            ['Post', 'Budsjett 2025', 'Regnskap 2025'],
            ['Lønn prosjektleder', 450000, 462300],
            ['Samlinger', 120000, 98750],
            ['Sum', 570000, 561050],
          ],
          Ark2: [],
        }),
      ),
  },
];

// ---------------------------------------------------------------- bombs

/**
 * The smallest workbook with one sheet holding "Deltakere" in A1, plus what a bomb adds: XML
 * after the sheet data (merges), before it (column declarations), in workbook.xml (defined
 * names), or extra rows.
 */
export function sheetBomb(after: string, before = '', inWorkbook = '', rows = ''): Uint8Array {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `${before}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Deltakere</t></is></c></row>${rows}</sheetData>${after}</worksheet>`;
  const parts = workbookSkeleton().map((part) => {
    if (part.name !== 'xl/workbook.xml' || inWorkbook === '') return part;
    const workbook = Buffer.from(inflateRawSync(part.data)).toString('utf8').replace('</sheets>', `</sheets>${inWorkbook}`);
    return deflated(part.name, Buffer.from(workbook, 'utf8'));
  });
  return zipArchive([...parts, deflated('xl/worksheets/sheet1.xml', Buffer.from(xml, 'utf8'))]);
}

function deflated(name: string, data: Buffer): Parameters<typeof zipArchive>[0][number] {
  return { name, method: 8, data: deflateRawSync(data, { level: 9 }), crc: crc32(data), declaredSize: data.length };
}

/**
 * A worksheet of 2.5 million cells (100 000 rows × 25 columns): 3 MB packed, more than ExcelJS
 * can hold in bounded memory.
 */
export function cellBomb(rows = 100_000, columns = 25): Buffer {
  const letters = Array.from({ length: columns }, (_, c) => String.fromCharCode(65 + c));
  const parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}">${letters.map((l) => `<c r="${l}${r}"><v>${r}</v></c>`).join('')}</row>`);
  parts.push('</sheetData></worksheet>');
  return zipArchive([...workbookSkeleton(), deflated('xl/worksheets/sheet1.xml', Buffer.from(parts.join(''), 'utf8'))]);
}

/** Too big to commit: the tests write these to a temporary directory. */
export const BUILT_AT_TEST_TIME: readonly BadFile[] = [
  { file: 'zip-bomb.xlsx', what: '2 MB that inflate to 2 GiB; the directory tells the truth', expected: unreadable('too-large'), make: () => zipBomb() },
  {
    file: 'zip-bomb-lying.xlsx',
    what: '2 MB that inflate to 2 GiB; the directory claims a few hundred bytes',
    expected: unreadable('too-large'),
    make: () => zipBomb({ lying: true }),
  },
  { file: 'cell-bomb.xlsx', what: '2.5 million cells in 3 MB', expected: unreadable('too-large'), make: () => cellBomb() },
];

// ---------------------------------------------------------------- writing the corpus

function findSoffice(): string | null {
  for (const candidate of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

async function convert(soffice: string, source: Uint8Array, format: 'xls' | 'ods', target: string): Promise<void> {
  const work = await fs.mkdtemp(join(tmpdir(), 'rapportsjekk-bad-'));
  try {
    const input = join(work, 'rapport.xlsx');
    await fs.writeFile(input, source);
    const result = spawnSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', format, '--outdir', work, input], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = join(work, `rapport.${format}`);
    if (!existsSync(output)) throw new Error(`LibreOffice did not convert to ${format}: ${result.stderr}`);
    await fs.copyFile(output, target);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

export function readme(): string {
  const row = (f: BadFile): string => {
    const expected = f.expected.outcome === 'unreadable' ? `exit 2: ${f.expected.reason}` : `report${f.expected.rules.length > 0 ? `: ${f.expected.rules.join(', ')}` : ''}`;
    return `| \`${f.file}\` | ${f.what} | ${expected} |`;
  };
  return [
    '# Bad files',
    '',
    'Made by `npm run build:tools && node dist/dev/tools/make-bad-files.js` (tools/make-bad-files.ts); do not edit.',
    'tests/hardening/bad-files.test.ts runs the real command line on each and checks the answer, the',
    'time and the memory. The .xls and .ods are converted by LibreOffice (made only when missing).',
    '',
    '| File | What | Expected |',
    '|---|---|---|',
    ...BAD_FILES.map(row),
    '',
    'Made by the test in a temporary directory, never committed:',
    '',
    '| File | What | Expected |',
    '|---|---|---|',
    ...BUILT_AT_TEST_TIME.map(row),
    '',
  ].join('\n');
}

export async function writeBadFiles(directory: string): Promise<string[]> {
  await fs.mkdir(directory, { recursive: true });
  const soffice = findSoffice();
  const written: string[] = [];
  for (const bad of BAD_FILES) {
    const target = join(directory, bad.file);
    if (bad.convertTo !== undefined) {
      if (existsSync(target)) continue;
      if (soffice === null) {
        process.stderr.write(`skipped ${bad.file}: LibreOffice (soffice) not found\n`);
        continue;
      }
      await convert(soffice, await bad.make(), bad.convertTo, target);
    } else {
      await fs.writeFile(target, await bad.make());
    }
    written.push(target);
  }
  const readmeFile = join(directory, 'README.md');
  await fs.writeFile(readmeFile, readme());
  return [...written, readmeFile];
}

if (require.main === module) {
  const directory = resolve(process.argv[2] ?? FIXTURE_DIR);
  writeBadFiles(directory).then(
    (files) => process.stdout.write(`${files.join('\n')}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

