/**
 * The national-ID examples through the real command line and batch (node
 * bin/rapportsjekk.js): IDs with separators and look-alike characters, the 10 digits a number
 * cell leaves of days 01–09 (in Fødselsår, a goal target, the reporting year), the template
 * version, an explanation, a file name, a sheet name, a date-formatted number cell and a sheet
 * named `__proto__`. Every one is found where it is a cell, and none is printed in full on
 * stdout, stderr, the progress lines or the portfolio's three files.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { workbook } from '../helpers/builder';
import { tempDir, writeXlsx } from '../cli/xlsx-files';
import { ensureBuilt, runCli } from './run-cli';
import { fullWidth, leaks, someId } from './personal-ids';

const split = (id: string, ...cuts: number[]): string[] => {
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(id.slice(from, cut));
    from = cut;
  }
  return [...parts, id.slice(from)];
};

const ID = {
  dash: someId(15, 7, 1990, 100),
  dot: someId(21, 11, 1979, 200, true),
  dotted: someId(3, 2, 1985, 300),
  spaced: someId(9, 9, 1999, 400),
  twoSpaces: someId(12, 6, 2001, 500),
  tab: someId(28, 4, 1988, 600),
  thin: someId(17, 3, 1982, 700),
  narrow: someId(5, 5, 1995, 800),
  zeroWidth: someId(19, 12, 1991, 900),
  wide: someId(30, 10, 1994, 110),
  birthYear: someId(1, 8, 1970, 120), // day 01: the number cell drops the zero
  target: someId(19, 8, 1991, 130),
  year: someId(7, 1, 1960, 140), // day 07
  version: someId(11, 11, 1977, 150),
  explanation: someId(22, 2, 1992, 160),
  fileName: someId(3, 3, 1988, 170),
  sheetName: someId(14, 8, 1986, 180),
  dateCell: someId(6, 6, 1996, 190), // day 06, in a date-formatted cell
  proto: someId(25, 12, 1975, 210),
};
const ALL = Object.values(ID);
const leaked = (output: string): string[] => ALL.filter((id) => leaks(output, id));

let dir: string;
const FILE = `rapport ${ID.fileName}.xlsx`;
const SHEET = `Notat ${ID.sheetName}`;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const [d1, m1, y1, p1] = split(ID.dotted, 2, 4, 6);
  const [d2, m2, y2, a2, b2] = split(ID.spaced, 2, 4, 6, 9);
  const snapshot = workbook()
    .withVersion(ID.version)
    .withInfo({ reportingYear: Number(ID.year) })
    .withParticipants(
      { participantId: 'D1', relevantJob: null, comment: `fnr ${ID.dash.slice(0, 6)}-${ID.dash.slice(6)}` },
      { participantId: 'D2', comment: `dnr ${ID.dot.slice(0, 6)}.${ID.dot.slice(6)}`, birthYear: Number(ID.birthYear) },
      { participantId: 'D3', comment: `født ${d1}.${m1}.${y1} ${p1}` },
      { participantId: 'D4', comment: `${d2} ${m2} ${y2} ${a2} ${b2}` },
      { participantId: 'D5', comment: `${ID.twoSpaces.slice(0, 6)}  ${ID.twoSpaces.slice(6)}` },
      { participantId: 'D6', comment: `${ID.tab.slice(0, 6)}\t${ID.tab.slice(6)}` },
      { participantId: 'D7', comment: `${ID.thin.slice(0, 6)}\u2009${ID.thin.slice(6)}` },
      { participantId: 'D8', comment: `${ID.narrow.slice(0, 6)}\u202f${ID.narrow.slice(6)}` },
      { participantId: 'D9', comment: `${ID.zeroWidth.slice(0, 6)}\u200b${ID.zeroWidth.slice(6)}` },
      { participantId: 'D10', comment: fullWidth(ID.wide) },
    )
    .withGoals({ goalId: 'M1', target: Number(ID.target) })
    .withExplanations(['job-relevance-missing', 'Deltakere', 'R2', `Avklart med NAV for ${ID.explanation}`])
    .withSheet(SHEET, [['Notater']])
    .withSheet('__proto__', [[`nr ${ID.proto}`]])
    .build();
  const file = await writeXlsx(snapshot, path.join(dir, FILE));
  // A number typed into a date-formatted cell: past year 9999, it is no date.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const cell = (book.getWorksheet(SHEET) as ExcelJS.Worksheet).getCell('B2');
  cell.value = Number(ID.dateCell);
  cell.numFmt = 'dd.mm.yyyy';
  await book.xlsx.writeFile(file);
  // A file that cannot be read, named after a person: its one line on stderr is masked too.
  fs.writeFileSync(path.join(dir, `skadet ${ID.fileName}.xlsx`), 'not a zip');
}, 120_000);

afterAll(() => {
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

test.each(['json', 'text', 'html'] as const)('validate --format %s finds every cell ID and prints none in full, not on stderr either', (format) => {
  const run = runCli(['validate', FILE, `skadet ${ID.fileName}.xlsx`, '--format', format, '--now', '2026-03-01'], dir);
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(`skadet ${ID.fileName.slice(0, 6)}*****`);
  expect(leaked(run.stdout)).toEqual([]);
  expect(leaked(run.stderr)).toEqual([]);
  if (format === 'json') {
    const [report] = JSON.parse(run.stdout) as { file: string; findings: { rule: string; sheet: string; cell: string }[]; goals: { target: unknown }[] }[];
    const found = report.findings.filter((f) => f.rule === 'personal-id-in-sheet').map((f) => `${f.sheet}!${f.cell}`);
    expect(found).toEqual(expect.arrayContaining(['__proto__!A1', `Notat ${ID.sheetName.slice(0, 6)}*****!B2`, 'Veiledning!B2', 'Programinfo!B5']));
    // Ten comments, Fødselsår, the goal target: one finding per participant row with an ID.
    expect(found.filter((f) => f.startsWith('Deltakere!')).length).toBeGreaterThanOrEqual(10);
    expect(found.some((f) => f.startsWith('Mål!'))).toBe(true);
    expect(report.file).toBe(`rapport ${ID.fileName.slice(0, 6)}*****.xlsx`);
    expect(report.goals[0].target).toBe(`${ID.target.slice(0, 6)}*****`);
  }
});

test('batch: the progress lines and the portfolio (xlsx, html, json) print no ID in full', async () => {
  const out = path.join(dir, 'ut');
  const run = runCli(['batch', '.', '--out', out, '--jobs', '1', '--now', '2026-03-01'], dir);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).toContain(`rapport ${ID.fileName.slice(0, 6)}*****.xlsx`);
  expect(leaked(run.stdout + run.stderr)).toEqual([]);
  // The portfolio's page and JSON, and every other text file written there (letters included).
  const written = fs.readdirSync(out, { recursive: true }).map(String).filter((name) => !name.endsWith('.xlsx') && fs.statSync(path.join(out, name)).isFile());
  expect(written).toEqual(expect.arrayContaining(['portfolio.html', 'portfolio.json']));
  for (const name of written) expect({ name, leaked: leaked(fs.readFileSync(path.join(out, name), 'utf8')) }).toEqual({ name, leaked: [] });
  const portfolio = new ExcelJS.Workbook();
  await portfolio.xlsx.readFile(path.join(out, 'portfolio.xlsx'));
  const cells: string[] = [];
  portfolio.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(JSON.stringify(cell.value))));
  });
  expect(cells.join('\n')).toContain(`${ID.fileName.slice(0, 6)}*****`);
  expect(leaked(cells.join('\n'))).toEqual([]);
}, 120_000);
