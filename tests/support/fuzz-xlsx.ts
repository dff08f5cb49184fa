/**
 * Random workbooks written by ExcelJS, for the differential test of the reader: sheets (hidden
 * ones too), and cells of every kind a report can hold — text (rich, with links, Norwegian and
 * right-to-left characters, OOXML escapes), numbers, booleans, errors, dates under built-in and
 * custom formats, formulas with every kind of cached result (or none), shared formulas, merged
 * ranges, a 1904 date system. Written with shared strings or inline strings.
 */
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('Deltakere', 'Kvinne', 'Ja', 'nei', '  mellomrom  ', 'Ærlig Østre Åsen', 'مرحبا', '😀 emoji', 'linje 1\nlinje 2', 'a & b <c>', '0123', '1,5', '31.12.2025'),
);
const number = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constantFrom(0, -0, 0.1 + 0.2, 1e-9, 123456789012));
const dateFormats = fc.constantFrom('dd.mm.yyyy', 'yyyy-mm-dd', 'd. mmm yyyy', 'mm-dd-yy', 'dd.mm.yyyy hh:mm', 'h:mm', '[h]:mm', 'DD.MM.YYYY', 'mmm yy');
const otherFormats = fc.constantFrom('0', '0.00', '#,##0', '0%', '0.00E+00', '@', '# ?/?', '#,##0 "kr"', '0" dager"', '[Red]0.0', '_-* #,##0_-');
const date = fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
const error = fc.constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!');
const formulaResult = fc.oneof(
  number,
  fc.integer({ min: 1, max: 1000 }),
  text,
  fc.boolean(),
  error.map((e) => ({ error: e })),
);

export type FuzzCell =
  | { readonly kind: 'value'; readonly value: string | number | boolean }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'date'; readonly date: Date; readonly format: string }
  | { readonly kind: 'formatted'; readonly value: number; readonly format: string }
  | { readonly kind: 'rich'; readonly runs: readonly string[] }
  | { readonly kind: 'link'; readonly text: string }
  | { readonly kind: 'formula'; readonly result: unknown; readonly format?: string };

const cell: fc.Arbitrary<FuzzCell> = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(text, number, fc.boolean()).map((value) => ({ kind: 'value' as const, value })) },
  { weight: 1, arbitrary: error.map((e) => ({ kind: 'error' as const, error: e })) },
  { weight: 2, arbitrary: fc.record({ date, format: dateFormats }).map((d) => ({ kind: 'date' as const, ...d })) },
  { weight: 1, arbitrary: fc.record({ value: number, format: otherFormats }).map((d) => ({ kind: 'formatted' as const, ...d })) },
  { weight: 1, arbitrary: fc.array(text.filter((s) => s !== ''), { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: 'rich' as const, runs })) },
  { weight: 1, arbitrary: text.filter((s) => s !== '').map((t) => ({ kind: 'link' as const, text: t })) },
  {
    weight: 2,
    arbitrary: fc.record({ result: formulaResult, format: fc.option(fc.oneof(dateFormats, otherFormats), { nil: undefined }) }).map((f) => ({ kind: 'formula' as const, ...f })),
  },
);

export interface FuzzSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly cells: readonly { readonly row: number; readonly column: number; readonly cell: FuzzCell }[];
  readonly merges: readonly (readonly [number, number, number, number])[];
}

export interface FuzzWorkbook {
  readonly sheets: readonly FuzzSheet[];
  readonly sharedStrings: boolean;
  readonly date1904: boolean;
}

const sheetName = fc.oneof(fc.constantFrom('Deltakere', 'Mentorer', 'Mål', 'Programinfo', 'Ark 2', 'Æøå', '__proto__'), fc.stringMatching(/^[A-Za-z0-9 ]{1,20}$/));

const sheet: fc.Arbitrary<FuzzSheet> = fc.record({
  name: sheetName,
  state: fc.constantFrom('visible' as const, 'visible' as const, 'hidden' as const, 'veryHidden' as const),
  cells: fc.array(fc.record({ row: fc.integer({ min: 1, max: 60 }), column: fc.integer({ min: 1, max: 30 }), cell }), { maxLength: 40 }),
  merges: fc.array(
    fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map(([r, c, h, w]) => [r, c, r + h, c + w] as const),
    { maxLength: 2 },
  ),
});

export const fuzzWorkbook: fc.Arbitrary<FuzzWorkbook> = fc.record({
  sheets: fc.uniqueArray(sheet, { minLength: 1, maxLength: 3, selector: (s) => s.name.trim().toLowerCase() }).filter((sheets) => sheets.some((s) => s.state === 'visible')),
  sharedStrings: fc.boolean(),
  date1904: fc.boolean(),
});

function write(target: ExcelJS.Cell, fuzz: FuzzCell, address: string): void {
  switch (fuzz.kind) {
    case 'value':
      target.value = fuzz.value;
      return;
    case 'error':
      target.value = { error: fuzz.error } as ExcelJS.CellErrorValue;
      return;
    case 'date':
      target.value = fuzz.date;
      target.numFmt = fuzz.format;
      return;
    case 'formatted':
      target.value = fuzz.value;
      target.numFmt = fuzz.format;
      return;
    case 'rich':
      target.value = { richText: fuzz.runs.map((run, i) => ({ text: run, font: i % 2 === 0 ? { bold: true } : {} })) };
      return;
    case 'link':
      target.value = { text: fuzz.text, hyperlink: 'https://www.imdi.no/' };
      return;
    case 'formula':
      target.value = { formula: `ROW(${address})`, result: fuzz.result } as ExcelJS.CellFormulaValue;
      if (fuzz.format !== undefined) target.numFmt = fuzz.format;
      return;
  }
}

export async function fuzzWorkbookBytes(fuzz: FuzzWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (fuzz.date1904) workbook.properties.date1904 = true;
  for (const s of fuzz.sheets) {
    const ws = workbook.addWorksheet(s.name, { state: s.state });
    for (const { row, column, cell: c } of s.cells) {
      const target = ws.getCell(row, column);
      write(target, c, target.address);
    }
    const taken: (readonly [number, number, number, number])[] = [];
    for (const m of s.merges) {
      // ExcelJS refuses overlapping merges, as Excel does.
      if (taken.some((t) => !(m[2] < t[0] || m[0] > t[2] || m[3] < t[1] || m[1] > t[3]))) continue;
      taken.push(m);
      ws.mergeCells(m[0], m[1], m[2], m[3]);
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings: fuzz.sharedStrings }));
}
