/// <reference types="office-js" />
import { GUIDE_SHEET, PARTICIPANTS, PROGRAMME_INFO, SHEETS, TEMPLATE_VERSION, validate, columnLetter } from '../../../src/engine';
import type { ColumnDef } from '../../../src/engine';
import { insertTemplate } from '../../../src/hosts/excel/insert-template';
import { CODES_SHEET, DATE_FORMAT } from '../../../src/hosts/template-inputs';
import { FORM_FIRST_ROW, TEMPLATE_DATA_ROWS } from '../../../src/hosts/template-layout';
import { readSnapshot } from '../../../src/hosts/excel/read-snapshot';
import { guideRows, promptText } from '../../../src/hosts/template-text';
import { FakeExcel, parseRect, PAYLOAD_LIMIT_BYTES } from '../../fakes/excel-fake';
import { NOW, workbook } from '../../helpers/builder';
import { fakeOf, syncsOf } from './helpers';

const ALL = [GUIDE_SHEET, ...SHEETS.map((s) => s.name)];

/** The codes a dropdown offers: inline, or by following its range source into the codes sheet. */
function dropdownCodes(fake: FakeExcel, sheet: string, address: string): string[] {
  const rule = fake.cell(sheet, address).validation?.rule as { list?: { source: string } } | undefined;
  const source = rule?.list?.source ?? '';
  if (source !== '' && !source.startsWith('=')) return source.split(',');
  const match = /^=(.+)!(.+)$/.exec(source);
  if (!match) throw new Error(`no list in ${sheet}!${address}: ${source}`);
  const rect = parseRect(match[2]);
  return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
    String(fake.cell(match[1].replace(/^'|'$/g, ''), `${columnLetter(rect.left)}${rect.top + i + 1}`).value),
  );
}

function columnsOf(name: string): readonly ColumnDef[] {
  const def = SHEETS.find((s) => s.name === name);
  if (!def) throw new Error(name);
  return def.kind === 'table' ? def.columns : def.fields;
}

describe('inserting the template', () => {
  test('into an empty workbook: every sheet, headers, dropdowns, prompts, formats, frozen header', async () => {
    const fake = FakeExcel.withSheets({ Ark1: [] });
    const result = await insertTemplate(fake.run);
    expect(result).toEqual({ added: ALL, existing: [] });
    expect(fake.sheetNames()).toEqual(['Ark1', ...ALL, CODES_SHEET]);
    expect(fake.state.sheet(CODES_SHEET).visibility).toBe('Hidden');
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);

    expect(fake.values(PARTICIPANTS.name)[0]).toEqual(PARTICIPANTS.columns.map((c) => c.header));
    expect(fake.state.sheet(PARTICIPANTS.name)).toMatchObject({ frozenRows: 1, frozenColumns: 1 });
    for (const def of SHEETS.filter((s) => s.kind === 'table')) {
      columnsOf(def.name).forEach((column, i) => {
        const first = `${columnLetter(i)}2`;
        const last = `${columnLetter(i)}${TEMPLATE_DATA_ROWS + 1}`;
        expect(fake.cell(def.name, first).validation?.prompt).toEqual({ showPrompt: true, title: column.header.slice(0, 32), message: promptText(column, 'nb') });
        if (column.codes) {
          expect(dropdownCodes(fake, def.name, first)).toEqual(column.codes);
          expect(dropdownCodes(fake, def.name, last)).toEqual(column.codes);
        } else if (column.type !== 'integer' && column.type !== 'number') {
          expect(fake.cell(def.name, first).validation?.rule).toBeNull();
        }
        if (column.type === 'date') expect(fake.cell(def.name, last).numberFormat).toBe(DATE_FORMAT);
      });
    }
    // Programinfo is a form under a header row: labels in A, the value cells in B carry the dropdowns and prompts.
    expect(fake.values(PROGRAMME_INFO.name).map((r) => r[0])).toEqual(['Felt', ...PROGRAMME_INFO.fields.map((f) => f.header)]);
    const fields: readonly ColumnDef[] = PROGRAMME_INFO.fields;
    const typeField = fields.findIndex((f) => f.codes !== undefined);
    expect(dropdownCodes(fake, PROGRAMME_INFO.name, `B${FORM_FIRST_ROW + typeField}`)).toEqual(fields[typeField].codes);
    const start = PROGRAMME_INFO.fields.findIndex((f) => f.key === 'programStart');
    expect(fake.cell(PROGRAMME_INFO.name, `B${FORM_FIRST_ROW + start}`).numberFormat).toBe(DATE_FORMAT);
    // The version is text, not the number 2026.1.
    expect(fake.cell(GUIDE_SHEET, 'B2').value).toBe(TEMPLATE_VERSION);
    // The same guide as the downloaded template, row by row.
    guideRows('nb', CODES_SHEET).forEach((row, i) => {
      expect([fake.cell(GUIDE_SHEET, `A${i + 1}`).value ?? '', fake.cell(GUIDE_SHEET, `B${i + 1}`).value ?? '']).toEqual([...row.cells]);
    });
  });

  test('the inserted template reads back as a complete, structurally sound template', async () => {
    const fake = FakeExcel.withSheets({ Ark1: [] });
    await insertTemplate(fake.run);
    const report = validate(await readSnapshot(fake.run), { now: NOW });
    const structural = report.findings.filter((f) => ['sheet-missing', 'column-missing', 'column-unknown', 'template-version-missing'].includes(f.rule));
    expect(structural).toEqual([]);
    expect(report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['participants-missing', 'goals-missing']));
  });

  test('into a half-filled workbook: existing sheets are untouched and reported as existing', async () => {
    const snapshot = workbook().withParticipants({}, {}).build();
    const fake = fakeOf({ sheets: { Programinfo: snapshot.sheets.Programinfo, deltakere: snapshot.sheets.Deltakere } });
    fake.edit('deltakere', 'A1:C1', { fill: '#FF0000' });
    fake.edit('Programinfo', 'B1', { numberFormat: '@', validation: { rule: null, prompt: { showPrompt: true, title: 'Egen', message: 'Egen tekst' }, errorAlert: null } });
    const before = fake.describe(['Programinfo', 'deltakere']);

    const result = await insertTemplate(fake.run);
    expect(result).toEqual({ added: [GUIDE_SHEET, 'Mål', 'Mentorer', 'Aktiviteter'], existing: ['Programinfo', 'Deltakere'] });
    expect(fake.describe(['Programinfo', 'deltakere'])).toEqual(before);
    expect(fake.sheetNames()).toEqual(['Programinfo', 'deltakere', GUIDE_SHEET, 'Mål', 'Mentorer', 'Aktiviteter', CODES_SHEET]);
  });

  test('with every sheet present nothing is written: one sync to look', async () => {
    const fake = fakeOf(workbook().withActivities({}).build());
    const before = fake.describe();
    let result;
    expect(await syncsOf(fake, async () => (result = await insertTemplate(fake.run)))).toBe(1);
    expect(result).toEqual({ added: [], existing: ALL });
    expect(fake.describe()).toEqual(before);
  });

  test('a sheet of the user\'s named like the codes sheet is never written into: the lists go to a free name', async () => {
    const fake = FakeExcel.withSheets({ Ark1: [], [CODES_SHEET]: [['Mine egne koder'], ['A'], ['B']] });
    const before = fake.describe([CODES_SHEET]);
    expect(await syncsOf(fake, () => insertTemplate(fake.run))).toBe(3);
    expect(fake.describe([CODES_SHEET])).toEqual(before);
    expect(fake.sheetNames()).toEqual(['Ark1', CODES_SHEET, ...ALL, `${CODES_SHEET}2`]);
    const columns: readonly ColumnDef[] = PARTICIPANTS.columns;
    const education = columns.findIndex((c) => c.key === 'educationLevel');
    expect(dropdownCodes(fake, PARTICIPANTS.name, `${columnLetter(education)}2`)).toEqual(columns[education].codes);
    expect(fake.cell(PARTICIPANTS.name, `${columnLetter(education)}2`).validation?.rule).toMatchObject({ list: { source: expect.stringContaining(`${CODES_SHEET}2!`) } });
    expect(fake.cell(GUIDE_SHEET, 'A1').value).toMatch(/^Veiledning/);
    expect(fake.values(GUIDE_SHEET).flat().join(' ')).toContain(`«${CODES_SHEET}2»`);
  });

  test('the codes sheet of an earlier insert is used again, not doubled', async () => {
    const fake = FakeExcel.withSheets({ Ark1: [] });
    await insertTemplate(fake.run);
    fake.state.sheets = fake.state.sheets.filter((s) => s.name !== 'Mentorer');
    const before = fake.describe([CODES_SHEET]);
    expect(await insertTemplate(fake.run)).toEqual({ added: ['Mentorer'], existing: ALL.filter((n) => n !== 'Mentorer') });
    expect(fake.describe([CODES_SHEET])).toEqual(before);
    expect(fake.sheetNames().filter((n) => n.startsWith(CODES_SHEET))).toEqual([CODES_SHEET]);
  });

  test('in English: prompts, the guide and the Programinfo header row; headers and codes stay Norwegian', async () => {
    const fake = FakeExcel.withSheets({ Ark1: [] });
    await insertTemplate(fake.run, 'en');
    expect(fake.cell(GUIDE_SHEET, 'A1').value).toMatch(/^Guide/);
    expect(fake.values(PROGRAMME_INFO.name)[0]).toEqual(['Field', 'Value', 'Explanation']);
    expect(fake.values(PARTICIPANTS.name)[0]).toEqual(PARTICIPANTS.columns.map((c) => c.header));
    expect(fake.cell(PARTICIPANTS.name, 'A2').validation?.prompt?.message).toContain(PARTICIPANTS.columns[0].prompt.en);
  });
});
