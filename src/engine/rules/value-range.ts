import { defineRule, RuleContext } from '../rule';
import { Bound, ColumnDef, PARTICIPANTS } from '../template';
import { numberValue, ParsedCell, ReportContext } from '../reader';
import { columnOf, infoCell, tableReads } from './helpers';

const BIRTH_YEAR = columnOf(PARTICIPANTS, 'birthYear');

/** Values a bound may depend on: the report's years and the row's birth year. */
interface BoundInputs {
  readonly context: ReportContext;
  readonly birthYear: number | null;
}

function resolve(bound: Bound | undefined, inputs: BoundInputs): number | null {
  if (bound === undefined) return null;
  if (typeof bound === 'number') return bound;
  const { context } = inputs;
  const reportingYear = context.reportingYear ?? context.currentYear;
  const base = bound.ref === 'currentYear' ? context.currentYear : bound.ref === 'reportingYear' ? reportingYear : inputs.birthYear === null ? null : reportingYear - inputs.birthYear;
  return base === null ? null : base + (bound.offset ?? 0);
}

/** The bounds a value breaks; null (no object) for a value in range, as nearly every value is. */
function outOfRange(column: ColumnDef, value: number, inputs: BoundInputs): { min: number | null; max: number | null; tooLow: boolean; tooHigh: boolean } | null {
  const min = resolve(column.min, inputs);
  const max = resolve(column.max, inputs);
  const tooLow = min !== null && (column.minExclusive ? value <= min : value < min);
  const tooHigh = max !== null && value > max;
  return tooLow || tooHigh ? { min, max, tooLow, tooHigh } : null;
}

/** The row's birth year, for the age bound of Botid; null when it is missing or itself out of range. */
function usableBirthYear(cell: ParsedCell | undefined, context: ReportContext): number | null {
  const birthYear = numberValue(cell);
  if (birthYear === null) return null;
  return outOfRange(BIRTH_YEAR, birthYear, { context, birthYear: null }) === null ? birthYear : null;
}

function checkCell(ctx: RuleContext, sheet: string, column: ColumnDef, cell: ParsedCell | undefined, inputs: BoundInputs, row?: number): void {
  const value = numberValue(cell);
  if (cell === undefined || value === null || column.type === 'goalValue') return;
  const range = outOfRange(column, value, inputs);
  if (range === null) return;
  const { min, max, tooHigh } = range;
  const isAge = typeof column.max === 'object' && column.max.ref === 'age' && tooHigh;
  const messageId = isAge ? 'age' : min !== null && max !== null ? 'default' : min !== null ? (column.minExclusive ? 'above' : 'atLeast') : 'atMost';
  const data: Record<string, string | number> = { value, column: column.header };
  if (min !== null) data.min = min;
  if (max !== null) data.max = max;
  ctx.report({ sheet, cell: cell.address, row, messageId, data });
}

export default defineRule('value-range', 'error', (ctx) => {
  const { read } = ctx;
  const info = read.programmeInfo;
  for (const field of info.def.fields) {
    checkCell(ctx, info.sheetName, field, infoCell(read, field.key), { context: read.context, birthYear: null });
  }
  for (const table of tableReads(read)) {
    const columns = table.def.columns.filter((c) => (c.min !== undefined || c.max !== undefined) && table.columns[c.key] !== undefined);
    for (const row of table.rows) {
      const inputs = { context: read.context, birthYear: usableBirthYear(row.cells.birthYear, read.context) };
      // Index loop per cell: see holdsValue in reader.ts.
      for (let i = 0; i < columns.length; i++) checkCell(ctx, table.sheetName, columns[i], row.cells[columns[i].key], inputs, row.rowNumber);
    }
  }
});
