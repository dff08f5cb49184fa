/**
 * The template filled with data, for examples, test corpora, benchmarks and tests. Users never
 * run this, so it lives here and not in src/: the browser page's chunks stay free of it. It draws
 * the same layout as the product's template (src/hosts/xlsx/template-writer.ts), with at least
 * as many data rows as the content has, and writes values by column key.
 */
import type * as ExcelJS from 'exceljs';
import {
  ACTIVITIES,
  CellValue,
  ColumnDef,
  GOALS,
  isCellError,
  Lang,
  MENTORS,
  PARTICIPANTS,
  PROGRAMME_INFO,
  TableSheetDef,
} from '../src/engine';
import type { ActivityKey, GoalKey, MentorKey, ParticipantKey, ProgrammeInfoKey } from '../src/engine';
import { FORM_FIRST_ROW, TABLE_FIRST_ROW, TEMPLATE_DATA_ROWS, templateLayout } from '../src/hosts/template-layout';
import { buildLayoutWorkbook } from '../src/hosts/xlsx/template-writer';

export type RowValues<K extends string> = Partial<Record<K, CellValue>>;

/** A filled-in report by column key; headers come from the template definition. */
export interface ReportContent {
  readonly info: RowValues<ProgrammeInfoKey>;
  readonly goals: readonly RowValues<GoalKey>[];
  readonly participants: readonly RowValues<ParticipantKey>[];
  readonly mentors: readonly RowValues<MentorKey>[];
  readonly activities?: readonly RowValues<ActivityKey>[];
}

function excelValue(value: CellValue | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue['error'] };
  return value;
}

function fillTable(worksheet: ExcelJS.Worksheet, def: TableSheetDef, rows: readonly RowValues<string>[]): void {
  rows.forEach((values, r) => {
    def.columns.forEach((column: ColumnDef, c) => {
      const value = values[column.key];
      if (value !== undefined && value !== null) worksheet.getCell(TABLE_FIRST_ROW + r, c + 1).value = excelValue(value);
    });
  });
}

/** Dropdowns and prompts cover at least every data row. */
export function buildReportWorkbook(content: ReportContent, lang: Lang = 'nb'): ExcelJS.Workbook {
  const tables: readonly (readonly [TableSheetDef, readonly RowValues<string>[]])[] = [
    [GOALS, content.goals],
    [PARTICIPANTS, content.participants],
    [MENTORS, content.mentors],
    [ACTIVITIES, content.activities ?? []],
  ];
  const dataRows = Object.fromEntries(tables.map(([def, rows]) => [def.name, Math.max(TEMPLATE_DATA_ROWS, rows.length)]));
  const workbook = buildLayoutWorkbook(templateLayout(lang, { dataRows }));
  const info = workbook.getWorksheet(PROGRAMME_INFO.name) as ExcelJS.Worksheet;
  PROGRAMME_INFO.fields.forEach((field, i) => {
    const value = content.info[field.key];
    if (value !== undefined && value !== null) info.getCell(FORM_FIRST_ROW + i, 2).value = excelValue(value);
  });
  for (const [def, rows] of tables) fillTable(workbook.getWorksheet(def.name) as ExcelJS.Worksheet, def, rows);
  return workbook;
}
