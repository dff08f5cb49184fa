/// <reference types="office-js" />
/**
 * One template, two renderers: "Sett inn mal" on the strict fake Excel and the downloaded xlsx
 * (written, then loaded with ExcelJS) must end up with the same layout — sheets and their
 * order, visibility, every text, widths, frozen panes, filters, looks, and the number format,
 * prompt, dropdown or number range and error alert of every input cell. Both are described in
 * one neutral shape and compared whole.
 */
import * as ExcelJS from 'exceljs';
import { columnLetter } from '../../src/engine';
import type { Lang } from '../../src/engine';
import { insertTemplate } from '../../src/hosts/excel/insert-template';
import { Area, LOOKS, templateLayout } from '../../src/hosts/template-layout';
import { writeTemplate } from '../../src/hosts/xlsx/template-writer';
import { FakeExcel, formatRect, parseRect } from '../fakes/excel-fake';
import { listCodes, validationAt } from './xlsx/list-codes';

interface Input {
  format: string;
  prompt: { title: string; message: string } | null;
  rule: unknown;
  error: { style: string; title: string; message: string } | null;
}

interface Described {
  name: string;
  hidden: boolean;
  cells: Record<string, string>;
  widths: number[];
  frozen: { rows: number; columns: number };
  filter: string | null;
  looks: Record<string, { bold: boolean; italic: boolean; fill: string | null; color: string }>;
  inputs: Record<string, Input>;
}

const first = (a: Area): string => `${columnLetter(a.column)}${a.row + 1}`;
const last = (a: Area): string => `${columnLetter(a.column + a.columns - 1)}${a.row + a.rows}`;
/** ExcelJS unescapes number formats when it loads a file (dd\.mm → dd.mm); compare unescaped. */
const plainFormat = (format: string | undefined): string => (format ?? 'General').replace(/\\(.)/g, '$1');

const OPERATORS: Record<string, string> = {
  Between: 'between',
  GreaterThan: 'greaterThan',
  GreaterThanOrEqualTo: 'greaterThanOrEqual',
  LessThanOrEqualTo: 'lessThanOrEqual',
};

function fromFake(fake: FakeExcel, lang: Lang): Described[] {
  const layout = templateLayout(lang);
  return layout.sheets.map((sheetLayout) => {
    const sheet = fake.state.sheet(sheetLayout.name);
    const cells: Record<string, string> = {};
    fake.values(sheet.name).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== '') cells[`${columnLetter(c)}${r + 1}`] = String(value);
      }),
    );
    const looks: Described['looks'] = {};
    for (const { area } of sheetLayout.looks) {
      const cell = fake.cell(sheet.name, first(area));
      looks[first(area)] = { bold: cell.font.bold, italic: cell.font.italic, fill: cell.fill, color: cell.font.color };
    }
    const inputs: Record<string, Input> = {};
    for (const { area } of sheetLayout.inputs) {
      for (const address of [first(area), last(area)]) {
        const cell = fake.cell(sheet.name, address);
        const v = cell.validation;
        const rule = v?.rule as { list?: { source: string }; wholeNumber?: Excel.BasicDataValidation; decimal?: Excel.BasicDataValidation } | null;
        let described: unknown = null;
        if (rule?.list) {
          const source = rule.list.source;
          if (!source.startsWith('=')) described = { list: source.split(',') };
          else {
            const [sheetName, range] = source.slice(1).split('!');
            const rect = parseRect(range);
            described = {
              list: Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => String(fake.cell(sheetName, `${columnLetter(rect.left)}${rect.top + i + 1}`).value)),
            };
          }
        } else if (rule?.wholeNumber || rule?.decimal) {
          const basic = (rule.wholeNumber ?? rule.decimal) as Excel.BasicDataValidation;
          described = {
            kind: rule.wholeNumber ? 'whole' : 'decimal',
            operator: OPERATORS[String(basic.operator)],
            values: [basic.formula1, basic.formula2].filter((x) => x !== undefined).map(Number),
          };
        }
        const alert = v?.errorAlert as { style: string; title: string; message: string } | null | undefined;
        inputs[address] = {
          format: plainFormat(cell.numberFormat),
          prompt: v?.prompt ? { title: v.prompt.title, message: v.prompt.message } : null,
          rule: described,
          error: alert ? { style: alert.style.toLowerCase(), title: alert.title, message: alert.message } : null,
        };
      }
    }
    return {
      name: sheet.name,
      hidden: sheet.visibility !== 'Visible',
      cells,
      widths: sheetLayout.widths.map((_, c) => (sheet.columnWidths.get(c) ?? 0) / 6),
      frozen: { rows: sheet.frozenRows, columns: sheet.frozenColumns },
      filter: sheet.autoFilter && formatRect(sheet.autoFilter),
      looks,
      inputs,
    };
  });
}

function fromFile(workbook: ExcelJS.Workbook, lang: Lang): Described[] {
  const layout = templateLayout(lang);
  return workbook.worksheets.map((worksheet, index) => {
    const sheetLayout = layout.sheets[index];
    const cells: Record<string, string> = {};
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== null && cell.value !== '') cells[cell.address] = String(cell.value);
      }),
    );
    const looks: Described['looks'] = {};
    for (const { area } of sheetLayout.looks) {
      const cell = worksheet.getCell(first(area));
      const argb = (c: Partial<ExcelJS.Color> | undefined, fallback: string | null) => (c?.argb ? `#${c.argb.slice(2)}` : fallback);
      const fill = cell.fill?.type === 'pattern' ? argb(cell.fill.fgColor, null) : null;
      looks[first(area)] = { bold: cell.font?.bold === true, italic: cell.font?.italic === true, fill, color: argb(cell.font?.color, '#000000') as string };
    }
    const inputs: Record<string, Input> = {};
    for (const { area } of sheetLayout.inputs) {
      for (const address of [first(area), last(area)]) {
        const v = validationAt(worksheet, address) as
          | (ReturnType<typeof validationAt> & { operator?: string; errorStyle?: string; errorTitle?: string; error?: string; showErrorMessage?: boolean })
          | undefined;
        let rule: unknown = null;
        if (v?.type === 'list') rule = { list: listCodes(workbook, String(v.formulae?.[0])) };
        else if (v?.type === 'whole' || v?.type === 'decimal') rule = { kind: v.type, operator: v.operator, values: (v.formulae ?? []).map(Number) };
        inputs[address] = {
          format: plainFormat(worksheet.getCell(address).numFmt),
          prompt: v?.showInputMessage ? { title: v.promptTitle ?? '', message: v.prompt ?? '' } : null,
          rule,
          error: v?.showErrorMessage ? { style: v.errorStyle ?? '', title: v.errorTitle ?? '', message: v.error ?? '' } : null,
        };
      }
    }
    const view = (worksheet.views ?? [])[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
    const filter = worksheet.autoFilter as string | ExcelJS.AutoFilter | undefined;
    return {
      name: worksheet.name,
      hidden: worksheet.state !== 'visible',
      cells,
      widths: sheetLayout.widths.map((_, c) => worksheet.getColumn(c + 1).width ?? 0),
      frozen: { rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 },
      filter: typeof filter === 'string' ? filter : filter ? `${worksheet.getCell(filter.from as string).address}:${worksheet.getCell(filter.to as string).address}` : null,
      looks,
      inputs,
    };
  });
}

test.each(['nb', 'en'] as const)('the template inserted in Excel and the downloaded file have the same layout (%s)', async (lang) => {
  const fake = FakeExcel.withSheets({ Ark1: [] });
  await insertTemplate(fake.run, lang);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeTemplate(lang)) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);

  const inExcel = fromFake(fake, lang);
  const inFile = fromFile(workbook, lang);
  expect(fake.sheetNames().slice(1)).toEqual(workbook.worksheets.map((w) => w.name));
  for (let i = 0; i < inFile.length; i++) expect(inExcel[i]).toEqual(inFile[i]);

  // The comparison has teeth: it covers looks, prompts, dropdowns and number ranges.
  const participants = inFile.find((s) => s.name === 'Deltakere') as Described;
  expect(participants.looks.A1).toEqual({ bold: true, italic: false, fill: LOOKS.header.fill, color: LOOKS.header.color });
  const rules = Object.values(participants.inputs).map((input) => input.rule);
  expect(rules).toContainEqual(expect.objectContaining({ list: expect.arrayContaining(['Kvinne']) }));
  expect(rules).toContainEqual({ kind: 'whole', operator: 'between', values: [0, 200] });
  expect(participants.frozen).toEqual({ rows: 1, columns: 1 });
});
