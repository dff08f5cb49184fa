/**
 * National identity numbers (fødselsnummer, D-nummer) anywhere in a workbook are error findings,
 * and no report the command line writes (text, JSON, HTML; the batch's xlsx, HTML and JSON)
 * prints one in full: not the 11 digits, and not the hand-written form with a space. That
 * includes the programme's own words the reports repeat: organisation, goals (text, ID,
 * indicator, time point) and explanations of warnings.
 * The numbers are synthetic (month + 80): valid check digits, never a real person.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { workbook } from '../helpers/builder';
import { tempDir, writeXlsx } from '../cli/xlsx-files';
import { syntheticPersonalId } from '../../tools/fuzz-snapshots';
import { ensureBuilt, runCli } from './run-cli';

function id(day: number, month: number, year: number, individual: number, dNumber = false): string {
  for (let i = individual; i < individual + 50; i++) {
    const found = syntheticPersonalId(day, month, year, i, dNumber);
    if (found !== null) return found;
  }
  throw new Error('no valid number');
}

const FNR_ID = id(15, 7, 1990, 123);
const FNR_COMMENT = id(3, 2, 1985, 456);
const DNR_ORG = id(21, 11, 1979, 789, true);
const FNR_GOAL = id(9, 9, 1999, 234);
const DNR_GOAL_ID = id(1, 1, 1970, 345, true);
const FNR_NUMBER = id(28, 4, 1988, 567);
const DNR_OWN_SHEET = id(12, 6, 2001, 678, true);
const FNR_CODE = id(30, 10, 1994, 890);
const FNR_NOTE = id(5, 5, 1995, 111);
const FNR_EXPLANATION = id(17, 3, 1982, 222);
const DNR_TIMEPOINT = id(8, 8, 1988, 333, true);
const FNR_INDICATOR = id(19, 12, 1991, 444);
const ALL = [FNR_ID, FNR_COMMENT, DNR_ORG, FNR_GOAL, DNR_GOAL_ID, FNR_NUMBER, DNR_OWN_SHEET, FNR_CODE, FNR_NOTE, FNR_EXPLANATION, DNR_TIMEPOINT, FNR_INDICATOR];

/** The ways a number can be printed in full: as 11 digits, or split after the birth date. */
function fullForms(digits: string): string[] {
  return [digits, `${digits.slice(0, 6)} ${digits.slice(6)}`, `${digits.slice(0, 6)}\u00a0${digits.slice(6)}`];
}

function leaks(output: string): string[] {
  return ALL.flatMap(fullForms).filter((form) => output.includes(form));
}

let dir: string;
const FILE = 'personnummer.xlsx';
/** The cells where a number was planted and the checker must say so. */
const PLANTED = [
  'Deltakere!A2',
  'Deltakere!W3',
  'Programinfo!B1',
  'Mål!B2',
  'Mål!A3',
  'Mål!E2',
  'Mål!C3',
  'Notater!A1',
  'Notater!B2',
  'Deltakere!B4',
  'Rapportsjekk_forklaringer!D2',
];

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const snapshot = workbook()
    .withInfo({ orgName: `Mentorhuset (kontakt ${DNR_ORG})` })
    .withParticipants(
      // No Relevant jobb: a warning at R2, explained (by the programme) with a number.
      { participantId: FNR_ID, relevantJob: null },
      { comment: `Ny jobb i kommunen, fnr ${FNR_COMMENT.slice(0, 6)} ${FNR_COMMENT.slice(6)}` },
      { gender: FNR_CODE },
    )
    .withMentors({ menteeCount: 3 })
    .withGoals({ goalText: `Minst 50 % i arbeid (se sak ${FNR_GOAL})`, timepoint: `Når ${DNR_TIMEPOINT} er ferdig` }, { goalId: DNR_GOAL_ID, indicator: `Andel ${FNR_INDICATOR}` })
    .withExplanations(['job-relevance-missing', 'Deltakere', 'R2', `Avklart med NAV for ${FNR_EXPLANATION}`])
    .withSheet('Notater', [[Number(FNR_NUMBER)], [null, `D-nummer: ${DNR_OWN_SHEET}`]])
    .build();
  const file = await writeXlsx(snapshot, path.join(dir, FILE));
  // A cell note (an Excel comment) with a number: never read, so never printed either.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  (wb.getWorksheet('Deltakere') as ExcelJS.Worksheet).getCell('A2').note = `Gammelt nummer ${FNR_NOTE}`;
  await wb.xlsx.writeFile(file);
}, 120_000);

afterAll(() => {
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(['nb', 'en'] as const)('validate --lang %s', (lang) => {
  test.each(['json', 'text', 'html'] as const)('--format %s reports every planted number, masked, and prints none in full', (format) => {
    const run = runCli(['validate', FILE, '--format', format, '--lang', lang, '--now', '2026-03-01'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(leaks(run.stdout)).toEqual([]);
    // Not vacuous: the numbers are found and shown masked.
    expect(run.stdout).toContain(`${FNR_ID.slice(0, 6)}*****`);
    expect(run.stdout).toContain(`${DNR_ORG.slice(0, 6)}*****`);
    if (format === 'json') {
      const report = JSON.parse(run.stdout) as { findings: { rule: string; sheet: string; cell: string }[] };
      const found = report.findings.filter((f) => f.rule === 'personal-id-in-sheet').map((f) => `${f.sheet}!${f.cell}`);
      expect(found.sort()).toEqual([...PLANTED].sort());
    }
  });
});

test('the batch outputs (portfolio.xlsx, .html, .json, the letters) print no number in full', async () => {
  const out = path.join(dir, 'portefolje');
  const run = runCli(['batch', FILE, '--out', out, '--lang', 'nb', '--jobs', '1'], dir);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  const written = fs.readdirSync(out);
  expect(written).toEqual(expect.arrayContaining(['portfolio.xlsx', 'portfolio.html', 'portfolio.json', 'brev']));
  const letters = fs.readdirSync(path.join(out, 'brev')).map((n) => path.join('brev', n));
  expect(letters.length).toBe(1);
  for (const name of [...written.filter((n) => !n.endsWith('.xlsx') && n !== 'brev'), ...letters]) {
    expect([name, leaks(fs.readFileSync(path.join(out, name), 'utf8'))]).toEqual([name, []]);
  }
  // The letter quotes the programme's own texts (the goals that cannot be assessed): masked.
  expect(fs.readFileSync(path.join(out, letters[0]), 'utf8')).toMatch(/\d{6}\*{5}/);

  const portfolio = new ExcelJS.Workbook();
  await portfolio.xlsx.readFile(path.join(out, 'portfolio.xlsx'));
  const cells: string[] = [];
  portfolio.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? ''), JSON.stringify(cell.value))));
  });
  expect(cells.length).toBeGreaterThan(10);
  expect(leaks(cells.join('\n'))).toEqual([]);
});
