import { defineRule, RuleContext } from '../rule';
import { Bound, ColumnDef } from '../template';
import { numberValue, ParsedCell, ReportContext } from '../reader';
import { infoCell, tableReads } from './helpers';

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

function checkCell(ctx: RuleContext, sheet: string, column: ColumnDef, cell: ParsedCell | undefined, inputs: BoundInputs, row?: number): void {
  const value = numberValue(cell);
  if (cell === undefined || value === null || column.type === 'goalValue') return;
  const min = resolve(column.min, inputs);
  const max = resolve(column.max, inputs);
  const tooLow = min !== null && (column.minExclusive ? value <= min : value < min);
  const tooHigh = max !== null && value > max;
  if (!tooLow && !tooHigh) return;
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
      const inputs = { context: read.context, birthYear: numberValue(row.cells.birthYear) };
      for (const column of columns) checkCell(ctx, table.sheetName, column, row.cells[column.key], inputs, row.rowNumber);
    }
  }
});
