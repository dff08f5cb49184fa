/**
 * A user's own sheet named like ours («Funn», «NØKKELTALL», «Nøkkeltall») is never deleted or
 * overwritten: not by the browser page's marked copy (annotateWorkbook, what the page calls),
 * not by the add-in's key figures (against the strict fake Excel). Ours are recognised by their
 * marker and get a free name beside the user's; running again replaces only ours.
 */
import * as ExcelJS from 'exceljs';
import { ADDIN_SHEETS, validate } from '../../src/engine';
import { annotateWorkbook } from '../../src/hosts/xlsx/annotate';
import { writeKeyFigures } from '../../src/hosts/excel/key-figures';
import { freeSheetName } from '../../src/hosts/own-sheets';
import { fakeOf } from './excel/helpers';
import { NOW, workbook } from '../helpers/builder';
import { writeXlsx } from '../cli/xlsx-files';
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}

const USER_ROWS = [['Mine notater'], ['Ikke slett meg'], ['Rad 3', 42]];

test('freeSheetName: the base, else a name no sheet has, compared without case', () => {
  expect(freeSheetName('Funn', ['Deltakere'])).toBe('Funn');
  expect(freeSheetName('Funn', ['FUNN'])).toBe('Funn (Rapportsjekk)');
  expect(freeSheetName('Funn', ['funn', 'funn (rapportsjekk)'])).toBe('Funn (Rapportsjekk 2)');
});

describe.each([
  ['funn', 'NØKKELTALL'],
  ['Funn', 'Nøkkeltall'],
])('the marked copy keeps the user sheets %s and %s', (findings, keyFigures) => {
  let file: string;
  beforeAll(async () => {
    const snapshot = workbook().withParticipants({ relevantJob: null }).withSheet(findings, USER_ROWS).withSheet(keyFigures, USER_ROWS).build();
    file = await writeXlsx(snapshot, path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'own-sheets-')), 'rapport.xlsx'));
  });

  test('ours get free names; theirs keep every value; a second run replaces only ours', async () => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const report = validate(workbook().withParticipants({ relevantJob: null }).build(), { now: NOW });
    const once = await annotateWorkbook(bytes, report, 'nb');
    const twice = await annotateWorkbook(once, report, 'nb');
    for (const marked of [await load(once), await load(twice)]) {
      const names = marked.worksheets.map((ws) => ws.name);
      expect(names).toEqual(expect.arrayContaining([findings, keyFigures, `${ADDIN_SHEETS.findings} (Rapportsjekk)`, `${ADDIN_SHEETS.keyFigures} (Rapportsjekk)`]));
      expect(names.filter((n) => n.toLowerCase().startsWith('funn'))).toHaveLength(2);
      expect(names.filter((n) => n.toLowerCase().startsWith('nøkkeltall'))).toHaveLength(2);
      for (const name of [findings, keyFigures]) {
        const sheet = marked.getWorksheet(name) as ExcelJS.Worksheet;
        expect([sheet.getCell('A1').value, sheet.getCell('A2').value, sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual(['Mine notater', 'Ikke slett meg', 'Rad 3', 42]);
      }
    }
  });
});

describe('the add-in key figures', () => {
  test.each(['Nøkkeltall', 'NØKKELTALL'])('a user sheet %s stays; ours is written beside it, and replaced on the next run', async (name) => {
    const snapshot = workbook().withSheet(name, USER_ROWS).build();
    const fake = fakeOf(snapshot);
    const report = validate(snapshot, { now: NOW });
    await writeKeyFigures(fake.run, report);
    await writeKeyFigures(fake.run, report);
    expect(fake.values(name).slice(0, 3).map((row) => row.slice(0, 2))).toEqual([['Mine notater', ''], ['Ikke slett meg', ''], ['Rad 3', 42]]);
    const ours = `${ADDIN_SHEETS.keyFigures} (Rapportsjekk)`;
    expect(fake.sheetNames().filter((n) => n.toLowerCase().startsWith('nøkkeltall'))).toEqual(expect.arrayContaining([name, ours]));
    expect(fake.sheetNames().filter((n) => n.toLowerCase().startsWith('nøkkeltall'))).toHaveLength(2);
    expect(String(fake.values(ours)[0][0])).toContain('Nøkkeltall');
  });

  test('without a user sheet, ours is called Nøkkeltall and replaced in place', async () => {
    const snapshot = workbook().build();
    const fake = fakeOf(snapshot);
    const report = validate(snapshot, { now: NOW });
    await writeKeyFigures(fake.run, report);
    await writeKeyFigures(fake.run, report);
    expect(fake.sheetNames().filter((n) => n.toLowerCase().startsWith('nøkkeltall'))).toEqual([ADDIN_SHEETS.keyFigures]);
  });
});
