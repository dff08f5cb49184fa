/// <reference types="office-js" />
/**
 * Nothing lost, on the fake Excel: for random workbooks shaped like the template, with the
 * user's own formulas, number formats, fills, fonts, borders and conditional formats, a whole
 * session (check, mark, key figures, explain, check again, remove marks) leaves every user cell's
 * value, formula and format, and every user sheet, exactly as it was.
 */
import fc from 'fast-check';
import { CellValue, isCellError, validate, WorkbookSnapshot } from '../../src/engine';
import { createExcelHost } from '../../src/hosts/excel';
import { FakeBorder, FakeCell, FakeExcel } from '../fakes/excel-fake';
import { workbookArbitrary } from '../../tools/fuzz-snapshots';

const RUNS = 300;
const NOW = new Date(Date.UTC(2026, 2, 1));

/** What Excel can hold: no NaN or infinities, no dates before 1900. */
function excelValue(value: CellValue): CellValue {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (value instanceof Date && value.getUTCFullYear() < 1900) return null;
  return value;
}

function excelSnapshot(snapshot: WorkbookSnapshot): Record<string, (CellValue[] | undefined)[]> {
  return Object.fromEntries(Object.entries(snapshot.sheets).map(([name, grid]) => [name, grid.map((row) => row?.map((v) => (v !== null && isCellError(v) ? v : excelValue(v))))]));
}

const border: fc.Arbitrary<FakeBorder> = fc.record({ style: fc.constantFrom('Continuous', 'Dash'), color: fc.constantFrom('#000000', '#FF0000'), weight: fc.constantFrom('Thin', 'Thick') });

/** A person's own touch on a cell: a formula, a number format, a fill, a font, borders. */
const userFormat: fc.Arbitrary<Partial<FakeCell>> = fc.record(
  {
    formula: fc.constantFrom('=1+1', '=SUM(A1:A3)', '=Deltakere!C2', '=IF(A1="","",A1)'),
    numberFormat: fc.constantFrom('0.00', 'dd.mm.yyyy', '@', '# ##0 kr', '0 %'),
    fill: fc.constantFrom('#FFFF00', '#C6EFCE', '#FFC7CE', '#4472C4'),
    font: fc.record({ bold: fc.boolean(), italic: fc.boolean(), color: fc.constantFrom('#000000', '#9C0006'), name: fc.constantFrom('Calibri', 'Arial'), size: fc.constantFrom(9, 11, 14) }),
    borders: fc.record({ top: border, bottom: border }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const touches = fc.array(fc.record({ row: fc.integer({ min: 0, max: 14 }), column: fc.integer({ min: 0, max: 24 }), format: userFormat }), { maxLength: 12 });
/** Conditional formats of the user's own, which removing our marks must leave alone. */
const ownRules = fc.array(fc.record({ area: fc.constantFrom('A1:A10', 'C2:F8', 'R2:R20', 'B3'), formula: fc.constantFrom('=A1>5', '=ISBLANK(B3)', '=ISTEXT("mine")'), fill: fc.constantFrom('#FFEB9C', '#00FF00') }), { maxLength: 3 });

const letters = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : `A${String.fromCharCode(65 + c - 26)}`);

test('check, mark, key figures, explain and remove marks leave every user cell and sheet as it was', async () => {
  await fc.assert(
    fc.asyncProperty(workbookArbitrary(), touches, ownRules, async ({ snapshot }, formats, rules) => {
      const fake = FakeExcel.withSheets(excelSnapshot(snapshot));
      const userSheets = fake.sheetNames();
      for (const { row, column, format } of formats) fake.edit(userSheets[row % userSheets.length], `${letters(column)}${row + 1}`, format);
      for (const { area, formula, fill } of rules) fake.addConditionalFormat(userSheets[0], area, formula, fill);
      const before = fake.describe(userSheets);
      const host = createExcelHost(fake.run);

      const report = validate(await host.readSnapshot(), { now: NOW });
      await host.markFindings(report.findings);
      await host.writeKeyFigures(report);
      const warning = report.findings.find((f) => f.severity === 'warning' && f.sheet !== null && f.cell !== null);
      if (warning !== undefined) await host.saveExplanations([{ rule: warning.rule, sheet: warning.sheet as string, cell: warning.cell as string, text: 'Avtalt med IMDi.' }]);
      const again = validate(await host.readSnapshot(), { now: NOW });
      await host.markFindings(again.findings);
      // Not vacuous: findings on a user sheet's cells did add our formats.
      const formatCount = (): number => userSheets.reduce((n, name) => n + fake.state.sheet(name).conditionalFormats.length, 0);
      if (again.findings.some((f) => f.cell !== null && userSheets.includes(f.sheet ?? ''))) expect(formatCount()).toBeGreaterThan(rules.length);
      await host.clearMarks();

      expect(fake.describe(userSheets)).toEqual(before);
    }),
    { numRuns: RUNS },
  );
}, 300_000);
