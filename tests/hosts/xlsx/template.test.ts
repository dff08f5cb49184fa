/**
 * The generated template, written to bytes and loaded again with ExcelJS (what a user gets):
 * sheets, guide and version, frozen headers, formats, a dropdown on every code column and a
 * prompt on every column. Then the template filled with data, read back and validated.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  ColumnDef,
  columnLetter,
  GUIDE_SHEET,
  PARTICIPANTS,
  PROGRAMME_INFO,
  SHEETS,
  TABLE_SHEETS,
  TEMPLATE_VERSION,
  validate,
} from '../../../src/engine';
import { buildReportWorkbook, ReportContent } from '../../../tools/report-workbook';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import {
  buildTemplateWorkbook,
  FORM_FIRST_ROW,
  TABLE_FIRST_ROW,
  TEMPLATE_DATA_ROWS,
  writeTemplate,
} from '../../../src/hosts/xlsx/template-writer';
import { CODES_SHEET, EXCEL_LIMITS } from '../../../src/hosts/xlsx/validations';
import { CLEAN_ACTIVITY, CLEAN_GOAL, CLEAN_INFO, CLEAN_MENTOR, CLEAN_PARTICIPANT, NOW, workbook } from '../../helpers/builder';
import { listCodes, validationAt } from './list-codes';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
};

const LAST_ROW = TABLE_FIRST_ROW + TEMPLATE_DATA_ROWS - 1;

/** Every (sheet, column, first cell, last cell) the template must equip. */
const TEMPLATE_CELLS = SHEETS.flatMap((def) =>
  def.kind === 'form'
    ? def.fields.map((column, i) => ({ sheet: def.name, column, first: `B${FORM_FIRST_ROW + i}`, last: `B${FORM_FIRST_ROW + i}` }))
    : def.columns.map((column, i) => ({
        sheet: def.name,
        column,
        first: `${columnLetter(i)}${TABLE_FIRST_ROW}`,
        last: `${columnLetter(i)}${LAST_ROW}`,
      })),
);
const cases = TEMPLATE_CELLS.map((c) => ({ ...c, name: `${c.sheet} ${c.column.header}` }));

describe('the template (nb)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await load(await writeTemplate());
  });

  test('has the guide first, every template sheet in order, and the hidden codes sheet last', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([GUIDE_SHEET, ...SHEETS.map((s) => s.name), CODES_SHEET]);
    expect(sheet(wb, CODES_SHEET).state).toBe('hidden');
    expect(wb.worksheets.filter((ws) => ws.state !== 'visible').map((ws) => ws.name)).toEqual([CODES_SHEET]);
  });

  test('Veiledning holds the version in A2/B2 and explains every sheet and column', () => {
    const guide = sheet(wb, GUIDE_SHEET);
    expect(guide.getCell('A2').value).toBe('Malversjon');
    expect(guide.getCell('B2').value).toBe(TEMPLATE_VERSION);
    const texts: string[] = [];
    guide.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    for (const def of SHEETS) {
      expect(texts).toContain(`Arket «${def.name}»`);
      for (const column of def.kind === 'form' ? def.fields : def.columns) expect(texts).toContain(column.header);
    }
    expect(texts.join('\n')).toMatch(/fødselsnummer/);
    expect(texts.join('\n')).toMatch(/Praksis eller tiltak uten lønn er ikke arbeid/);
  });

  test('table headers are the definition headers in row 1, with the widths of the definition', () => {
    for (const def of TABLE_SHEETS) {
      const ws = sheet(wb, def.name);
      expect(def.columns.map((_, i) => ws.getCell(1, i + 1).value)).toEqual(def.columns.map((c) => c.header));
      expect(def.columns.map((_, i) => ws.getColumn(i + 1).width)).toEqual(def.columns.map((c) => c.width));
    }
  });

  test('Programinfo has the labels in A, in definition order, and an explanation in C', () => {
    const ws = sheet(wb, PROGRAMME_INFO.name);
    PROGRAMME_INFO.fields.forEach((field, i) => {
      expect(ws.getCell(`A${FORM_FIRST_ROW + i}`).value).toBe(field.header);
      expect(String(ws.getCell(`C${FORM_FIRST_ROW + i}`).value)).toContain(field.prompt.nb);
    });
  });

  test.each([PROGRAMME_INFO.name, ...TABLE_SHEETS.map((s) => s.name)])('%s has a frozen header row', (name) => {
    const view = sheet(wb, name).views[0] as ExcelJS.WorksheetViewFrozen;
    expect(view.state).toBe('frozen');
    expect(view.ySplit).toBe(1);
  });

  test.each(cases)('$name: a prompt explains the column, within Excel limits', ({ sheet: name, column, first, last }) => {
    for (const address of [first, last]) {
      const validation = validationAt(sheet(wb, name), address);
      expect(validation?.showInputMessage).toBe(true);
      expect(validation?.promptTitle?.length).toBeLessThanOrEqual(EXCEL_LIMITS.promptTitle);
      expect(validation?.prompt?.length).toBeLessThanOrEqual(EXCEL_LIMITS.prompt);
      expect(validation?.prompt).toContain(column.prompt.nb.slice(0, 40));
      const error = (validation as { error?: string; errorTitle?: string } | undefined);
      expect(error?.error?.length ?? 0).toBeLessThanOrEqual(EXCEL_LIMITS.error);
      expect(error?.errorTitle?.length ?? 0).toBeLessThanOrEqual(EXCEL_LIMITS.errorTitle);
    }
    // Nothing below the template rows.
    if (name !== PROGRAMME_INFO.name) expect(validationAt(sheet(wb, name), first.replace(/\d+$/, String(LAST_ROW + 1)))).toBeUndefined();
  });

  const codeCases = cases.filter((c) => c.column.codes !== undefined);
  test.each(codeCases)('$name: a dropdown offers exactly the codes', ({ sheet: name, column, first, last }) => {
    for (const address of [first, last]) {
      const validation = validationAt(sheet(wb, name), address);
      expect(validation?.type).toBe('list');
      expect(listCodes(wb, String(validation?.formulae?.[0]))).toEqual(column.codes);
    }
  });

  test('every code column has a dropdown (the cases above cover them all)', () => {
    const codeColumns = SHEETS.flatMap((def) => (def.kind === 'form' ? def.fields : def.columns)).filter((c: ColumnDef) => c.codes !== undefined);
    expect(codeCases).toHaveLength(codeColumns.length);
    expect(codeCases.length).toBeGreaterThanOrEqual(15);
  });

  test('Målverdi and Oppnådd prompts say how to write shares and counts (they are not % formatted)', () => {
    const goals = sheet(wb, 'Mål');
    for (const cell of ['D2', 'F2']) expect(validationAt(goals, cell)?.prompt).toMatch(/60 % eller 0,6/);
    expect(validationAt(goals, 'F2')?.prompt).toMatch(/antall og snitt som tall/);
  });

  test('long lists and lists with commas live in the codes sheet; short ones are inline', () => {
    const participants = sheet(wb, PARTICIPANTS.name);
    const education = PARTICIPANTS.columns.findIndex((c) => c.key === 'educationLevel');
    const gender = PARTICIPANTS.columns.findIndex((c) => c.key === 'gender');
    expect(String(validationAt(participants, `${columnLetter(education)}2`)?.formulae?.[0])).toMatch(new RegExp(`^${CODES_SHEET}!\\$[A-Z]\\$2:\\$[A-Z]\\$\\d+$`));
    expect(validationAt(participants, `${columnLetter(gender)}2`)?.formulae?.[0]).toBe('"Kvinne,Mann,Annet/vil ikke oppgi"');
  });

  test('formats: dates dd.mm.yyyy, integers 0, text @, Målverdi and Oppnådd General', () => {
    const participants = sheet(wb, PARTICIPANTS.name);
    const formatOf = (key: string): string | undefined => participants.getColumn(PARTICIPANTS.columns.findIndex((c) => c.key === key) + 1).numFmt;
    expect(formatOf('startDate')).toBe('dd.mm.yyyy');
    expect(formatOf('birthYear')).toBe('0');
    expect(formatOf('participantId')).toBe('@');
    const goals = sheet(wb, 'Mål');
    expect([goals.getColumn(4).numFmt, goals.getColumn(6).numFmt].map((f) => f ?? 'General')).toEqual(['General', 'General']);
    const info = sheet(wb, PROGRAMME_INFO.name);
    const start = PROGRAMME_INFO.fields.findIndex((f) => f.key === 'programStart');
    expect(info.getCell(`B${FORM_FIRST_ROW + start}`).numFmt).toBe('dd.mm.yyyy');
  });

  test('the date format is written with escaped dots, so a Norwegian Excel cannot read them as decimal commas', async () => {
    // ExcelJS unescapes formats when it loads a file, so look at the file itself.
    const zip = await JSZip.loadAsync(await writeTemplate());
    const styles = await zip.file('xl/styles.xml')?.async('string');
    expect(styles).toContain('formatCode="dd\\.mm\\.yyyy"');
    expect(styles).not.toMatch(/formatCode="dd\.mm\.yyyy"/);
  });

  test('the empty template is read as the template: only "no data" findings', async () => {
    const report = validate(await readXlsxBuffer(await writeTemplate()), { now: NOW });
    const rules = new Set(report.findings.map((f) => f.rule));
    expect(rules.has('participants-missing')).toBe(true);
    expect(rules.has('goals-missing')).toBe(true);
    for (const structural of ['sheet-missing', 'column-missing', 'column-unknown', 'template-version-missing']) {
      expect(rules.has(structural as never)).toBe(false);
    }
  });
});

test('the English template keeps the Norwegian headers and codes, with English prompts and guide', async () => {
  const wb = await load(new Uint8Array(await buildTemplateWorkbook('en').xlsx.writeBuffer()));
  const participants = sheet(wb, PARTICIPANTS.name);
  expect(participants.getCell('A1').value).toBe('DeltakerID');
  expect(validationAt(participants, 'A2')?.prompt).toContain(PARTICIPANTS.columns[0].prompt.en);
  expect(sheet(wb, GUIDE_SHEET).getCell('B2').value).toBe(TEMPLATE_VERSION);
  expect(sheet(wb, GUIDE_SHEET).getCell('A1').value).toMatch(/^Guide/);
});

describe('buildReportWorkbook: the template filled with data', () => {
  const content: ReportContent = {
    info: CLEAN_INFO,
    goals: [{ ...CLEAN_GOAL, goalId: 'M1' }],
    participants: [
      { ...CLEAN_PARTICIPANT, participantId: 'D1' },
      // Employed at the end without Relevant jobb: one warning, at R3.
      { ...CLEAN_PARTICIPANT, participantId: 'D2', relevantJob: null },
    ],
    mentors: [{ ...CLEAN_MENTOR, mentorId: 'M1', menteeCount: 2 }],
    activities: [CLEAN_ACTIVITY],
  };

  test('written, read back and validated, it gives the expected report', async () => {
    const bytes = new Uint8Array(await buildReportWorkbook(content).xlsx.writeBuffer());
    const report = validate(await readXlsxBuffer(bytes), { now: NOW });
    expect(report.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([['job-relevance-missing', 'Deltakere', 'R3']]);
    // The same data as a plain snapshot gives the same figures: nothing is lost in the file.
    const expected = validate(
      workbook()
        .withParticipants({}, { relevantJob: null })
        .withMentors({ menteeCount: 2 })
        .withActivities({})
        .build(),
      { now: NOW },
    );
    expect(report.metrics).toEqual(expected.metrics);
    expect(report.goals.map(({ id, target, achieved, status }) => ({ id, target, achieved, status }))).toEqual(
      expected.goals.map(({ id, target, achieved, status }) => ({ id, target, achieved, status })),
    );
  });

  test('dates are written as dates in dd.mm.yyyy and read back as the same day', async () => {
    const wb = await load(new Uint8Array(await buildReportWorkbook(content).xlsx.writeBuffer()));
    const start = sheet(wb, PARTICIPANTS.name).getCell(`${columnLetter(PARTICIPANTS.columns.findIndex((c) => c.key === 'startDate'))}2`);
    expect(start.value).toEqual(CLEAN_PARTICIPANT.startDate);
    expect(start.numFmt).toBe('dd.mm.yyyy');
  });

  test('dropdowns and prompts reach every data row when there are more rows than the template has', () => {
    const many = { ...content, participants: Array.from({ length: TEMPLATE_DATA_ROWS + 5 }, (_, i) => ({ ...CLEAN_PARTICIPANT, participantId: `D${i + 1}` })) };
    const ws = sheet(buildReportWorkbook(many), PARTICIPANTS.name);
    const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(model)).toContain(`B${TABLE_FIRST_ROW}:B${TABLE_FIRST_ROW + TEMPLATE_DATA_ROWS + 4}`);
  });
});
