/**
 * Annotating the user's workbook: a Funn sheet and notes, and nothing else changed.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ADDIN_SHEETS, Report, validate } from '../../../src/engine';
import { annotateWorkbook, NOTE_MARKER } from '../../../src/hosts/xlsx/annotate';
import { MARK_FILLS, MARK_FORMULA } from '../../../src/hosts/xlsx/marks';
import { ruleFix } from '../../../src/engine';
import { readNoteTexts } from '../../../src/hosts/xlsx/notes';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { buildReportWorkbook } from '../../../tools/report-workbook';
import { cleanReport, EXAMPLES_NOW, problemReport } from '../../../tools/example-reports';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}

const bytesOf = async (wb: ExcelJS.Workbook): Promise<Uint8Array> => new Uint8Array(await wb.xlsx.writeBuffer());
const check = async (bytes: Uint8Array): Promise<Report> => validate(await readXlsxBuffer(bytes), { now: EXAMPLES_NOW });

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (note === undefined || note === null) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

function findingsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheets = wb.worksheets.filter((ws) => ws.name === ADDIN_SHEETS.findings);
  expect(sheets).toHaveLength(1);
  return sheets[0];
}

/**
 * The user's cells as ExcelJS models (value, formula, style), every sheet but ours (Funn,
 * Nøkkeltall); notes aside.
 * Empty cells are left out: annotating an empty cell creates it with its column's style, which
 * looks the same; the test below checks that separately.
 */
function cellModels(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    if (ws.name === ADDIN_SHEETS.findings || ws.name === ADDIN_SHEETS.keyFigures) continue;
    out[`${ws.name}:state`] = ws.state;
    out[`${ws.name}:merges`] = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
    out[`${ws.name}:views`] = ws.views;
    out[`${ws.name}:widths`] = (ws.columns ?? []).map((c) => c.width);
    out[`${ws.name}:columnStyles`] = (ws.columns ?? []).map((c) => c.style);
    out[`${ws.name}:validations`] = (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        out[`${ws.name}!${cell.address}`] = { value: cell.value, style: cell.style, type: cell.type };
      }),
    );
  }
  return out;
}

/** Cells that exist only after annotation are empty and styled like their column. */
function expectOnlyPlainNewCells(before: ExcelJS.Workbook, after: ExcelJS.Workbook): void {
  for (const ws of before.worksheets) {
    const out = after.getWorksheet(ws.name)!;
    out.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const old = ws.findCell(Number(cell.row), cell.col);
        if (old !== undefined && old.type !== ExcelJS.ValueType.Null) return;
        expect({ at: cell.address, value: cell.value }).toEqual({ at: cell.address, value: null });
        expect(cell.style.fill ?? null).toEqual(old?.style.fill ?? out.getColumn(cell.col).style?.fill ?? null);
      }),
    );
  }
}

describe('annotating the problem example', () => {
  let original: Uint8Array;
  let report: Report;
  let annotatedBytes: Uint8Array;
  let annotated: ExcelJS.Workbook;
  beforeAll(async () => {
    original = await bytesOf(buildReportWorkbook(problemReport()));
    report = await check(original);
    annotatedBytes = await annotateWorkbook(original, report, 'nb');
    annotated = await load(annotatedBytes);
  });

  test('adds a Funn sheet listing every finding: severity, sheet, cell link, rule, message', () => {
    const sheet = findingsSheet(annotated);
    expect(String(sheet.getCell('A1').value)).toContain(`${report.counts.error} feil`);
    expect(String(sheet.getCell('A2').value)).toMatch(/Ingen verdier, formler eller formater/);
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 4) rows.push([1, 2, 3, 4, 5].map((c) => {
        const v = row.getCell(c).value;
        return typeof v === 'object' && v !== null && 'result' in v ? String(v.result) : String(v);
      }));
    });
    expect(rows).toHaveLength(report.findings.length);
    const orgnr = rows.find((r) => r[3] === 'orgnr-invalid');
    expect(orgnr).toEqual(['Feil', 'Programinfo', 'B3', 'orgnr-invalid', expect.stringContaining('926812344')]);
    // Errors first.
    const severities = rows.map((r) => r[0]);
    expect(severities.lastIndexOf('Feil')).toBeLessThan(severities.indexOf('Advarsel'));
  });

  test('the cell column links to the cell with a HYPERLINK formula', () => {
    const sheet = findingsSheet(annotated);
    let link: ExcelJS.CellFormulaValue | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(4).value === 'date-order') link = row.getCell(3).value as ExcelJS.CellFormulaValue;
    });
    expect(link?.formula).toBe(`HYPERLINK("#'Deltakere'!K8","K8")`);
    expect(link?.result).toBe('K8');
  });

  test('every finding cell gets a note naming its rules; other cells get none', async () => {
    // Read from the package, as Excel does: ExcelJS itself cannot see notes on empty cells.
    const expected = new Set(report.findings.filter((f) => f.cell !== null).map((f) => `${f.sheet}!${f.cell}`));
    const noted = new Map<string, string>();
    for (const [sheet, notes] of await readNoteTexts(annotatedBytes)) for (const [cell, text] of notes) noted.set(`${sheet}!${cell}`, text);
    expect([...noted.keys()].sort()).toEqual([...expected].sort());
    expect(noted.get('Deltakere!K8')).toMatch(new RegExp(`^\\${NOTE_MARKER}\\nFeil \\(date-order\\): `));
    expect(noted.get('Deltakere!R3')).toMatch(/Advarsel \(job-relevance-missing\)/);
    // The national identity number is masked in the note too.
    expect(noted.get('Deltakere!W10')).not.toMatch(/\d{11}/);
  });

  test("leaves the user's values, formulas and formats exactly as they were", async () => {
    const before = await load(original);
    expect(cellModels(annotated)).toEqual(cellModels(before));
    expectOnlyPlainNewCells(before, annotated);
  });

  test('checking the annotated file gives the same findings as before', async () => {
    const again = await check(await bytesOf(annotated));
    expect(again.findings).toEqual(report.findings);
  });

  test('adds one key-figures sheet with each figure, its numerator and denominator, and the goals', async () => {
    const sheets = annotated.worksheets.filter((ws) => ws.name === ADDIN_SHEETS.keyFigures);
    expect(sheets).toHaveLength(1);
    const rows = new Map<string, unknown[]>();
    sheets[0].eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.set(String(values[0]), values);
    });
    const rate = report.metrics.employmentRateAtEnd;
    expect(rows.get('Andel i arbeid ved programslutt')?.slice(1, 4)).toEqual([rate.numerator, rate.denominator, rate.value]);
    expect(rows.get('Deltakere')?.[1]).toBe(report.metrics.participants.value);
    for (const goal of report.goals) expect(rows.has(goal.id ?? '')).toBe(true);
  });

  test('annotating again replaces the Funn sheet and the notes instead of adding to them', async () => {
    const twiceBytes = await annotateWorkbook(annotatedBytes, report, 'nb');
    const twice = await load(twiceBytes);
    findingsSheet(twice);
    expect(twice.worksheets.filter((ws) => ws.name === ADDIN_SHEETS.keyFigures)).toHaveLength(1);
    const notes = (await readNoteTexts(twiceBytes)).get('Deltakere');
    expect(notes?.get('K8')?.split(NOTE_MARKER)).toHaveLength(2);
    expect(notes?.get('R3')?.split(NOTE_MARKER)).toHaveLength(2);
    expect(cellModels(twice)).toEqual(cellModels(annotated));
  });

  test('the Funn sheet says how to fix each finding, from the rule', () => {
    const sheet = findingsSheet(annotated);
    expect(sheet.getCell('F4').value).toBe('Slik retter du');
    expect(sheet.getCell('G4').value).toBe('Forklaring fra programmet');
    report.findings.forEach((_, i) => {
      const row = sheet.getRow(5 + i);
      const rule = String(row.getCell(4).value) as Report['findings'][number]['rule'];
      expect(row.getCell(6).value).toBe(ruleFix(rule, 'nb'));
      expect(String(row.getCell(6).value).length).toBeGreaterThan(10);
    });
  });

  test('the file opens on the Funn sheet, the only selected tab', () => {
    const funn = findingsSheet(annotated);
    expect(annotated.views[0].activeTab).toBe(annotated.worksheets.indexOf(funn));
  });

  test('only the Funn tab is selected in the file (ExcelJS reads tabSelected but does not keep it)', async () => {
    const zip = await JSZip.loadAsync(annotatedBytes);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"/g)].map((m) => ({ name: m[1], rel: m[2] }));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const selected: string[] = [];
    for (const { name, rel } of names) {
      const target = new RegExp(`Id="${rel}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${rel}"`).exec(rels)?.[1];
      const xml = await zip.file(`xl/${target}`)!.async('string');
      if (/<sheetView [^>]*tabSelected="1"/.test(xml)) selected.push(name);
    }
    expect(names.length).toBeGreaterThan(3);
    expect(selected).toEqual([ADDIN_SHEETS.findings]);
  });

  test('cells with findings are coloured by their worst severity with a conditional format, not a fill', () => {
    type Formats = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
    const formats = (annotated.getWorksheet('Deltakere') as unknown as Formats).conditionalFormattings;
    const colourOf = new Map<string, string>();
    for (const cf of formats) {
      const rule = cf.rules[0] as { formulae: string[]; style: { fill: { bgColor: { argb: string } } } };
      expect(rule.formulae).toEqual([MARK_FORMULA]);
      for (const cell of cf.ref.split(' ')) colourOf.set(cell, rule.style.fill.bgColor.argb);
    }
    const here = report.findings.filter((f) => f.sheet === 'Deltakere' && f.cell !== null);
    expect(here.length).toBeGreaterThan(0);
    for (const f of here) {
      const worst = here.some((g) => g.cell === f.cell && g.severity === 'error') ? 'error' : here.some((g) => g.cell === f.cell && g.severity === 'warning') ? 'warning' : 'info';
      expect(colourOf.get(f.cell as string)).toBe(MARK_FILLS[worst]);
    }
    expect(colourOf.size).toBe(new Set(here.map((f) => f.cell)).size);
  });

  test('marking again replaces our colour rules; a clean report removes them; the user\'s own stay', async () => {
    const wb = await load(original);
    wb.getWorksheet('Deltakere')!.addConditionalFormatting({
      ref: 'A3:A40',
      rules: [{ type: 'expression', priority: 1, formulae: ['A3="x"'], style: { font: { bold: true } } }],
    });
    const withOwn = await bytesOf(wb);
    type Formats = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
    const formulas = async (bytes: Uint8Array): Promise<string[]> =>
      ((await load(bytes)).getWorksheet('Deltakere') as unknown as Formats).conditionalFormattings.map((cf) => String((cf.rules[0] as { formulae: string[] }).formulae[0]));
    const once = await annotateWorkbook(withOwn, report, 'nb');
    const twice = await annotateWorkbook(once, report, 'nb');
    expect(await formulas(twice)).toEqual(await formulas(once));
    expect((await formulas(once)).filter((f) => f === MARK_FORMULA).length).toBeGreaterThan(0);
    const cleared = await annotateWorkbook(twice, { ...report, findings: [] }, 'nb');
    expect(await formulas(cleared)).toEqual(['A3="x"']);
  });

  test('in English, the sheet and notes are in English', async () => {
    const english = await load(await annotateWorkbook(original, validate(await readXlsxBuffer(original), { lang: 'en', now: EXAMPLES_NOW }), 'en'));
    expect(String(findingsSheet(english).getCell('A1').value)).toMatch(/^Findings from Rapportsjekk: \d+ errors/);
    expect(noteText(english.getWorksheet('Deltakere')!.getCell('K8'))).toMatch(/Error \(date-order\)/);
  });
});

describe("a workbook with the user's own things", () => {
  async function usersWorkbook(): Promise<Uint8Array> {
    const wb = buildReportWorkbook(problemReport());
    const participants = wb.getWorksheet('Deltakere')!;
    // The user's note on a cell that has a finding (K8), and on one that has none (A2).
    participants.getCell('K8').note = { texts: [{ text: 'Sjekket med ', font: { bold: true } }, { text: 'veileder.' }] };
    participants.getCell('A2').note = 'Første deltaker.';
    // A note on an empty, unformatted cell: ExcelJS drops it on loading, annotation must not.
    participants.getCell('Z40').note = 'Husk å fylle ut høstkullet.';
    participants.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    const extra = wb.addWorksheet('Beregninger');
    extra.getCell('A1').value = { formula: 'COUNTA(Deltakere!A:A)-1', result: 24 };
    extra.getCell('A2').value = 0.45;
    extra.getCell('A2').numFmt = '0.0%';
    extra.getCell('B1').value = 'Sammenslått';
    extra.mergeCells('B1:D2');
    extra.state = 'hidden';
    wb.definedNames.add("'Beregninger'!$A$1", 'Antall');
    return bytesOf(wb);
  }

  test("keeps the user's notes, formats, merges, formulas, hidden sheets and names", async () => {
    const original = await usersWorkbook();
    const report = await check(original);
    const outBytes = await annotateWorkbook(original, report, 'nb');
    const out = await load(outBytes);
    expect((await readNoteTexts(outBytes)).get('Deltakere')?.get('Z40')).toBe('Husk å fylle ut høstkullet.');
    const before = await load(original);
    expect(cellModels(out)).toEqual(cellModels(before));
    expectOnlyPlainNewCells(before, out);
    const participants = out.getWorksheet('Deltakere')!;
    expect(noteText(participants.getCell('A2'))).toBe('Første deltaker.');
    const k8 = participants.getCell('K8').note as ExcelJS.Comment;
    expect(k8.texts?.[0]).toMatchObject({ text: 'Sjekket med ', font: { bold: true } });
    expect(noteText(participants.getCell('K8'))).toMatch(/^Sjekket med veileder\.\n\n\[Rapportsjekk\]\nFeil \(date-order\)/);
    expect(out.definedNames.getRanges('Antall').ranges).toEqual(['Beregninger!$A$1']);
  });

  test('annotating with a report without findings removes our notes and keeps theirs', async () => {
    const once = await annotateWorkbook(await usersWorkbook(), await check(await usersWorkbook()), 'nb');
    const clean = validate(await readXlsxBuffer(await bytesOf(buildReportWorkbook(cleanReport()))), { now: EXAMPLES_NOW });
    expect(clean.findings).toEqual([]);
    const outBytes = await annotateWorkbook(once, clean, 'nb');
    const out = await load(outBytes);
    const participants = out.getWorksheet('Deltakere')!;
    expect(noteText(participants.getCell('K8'))).toBe('Sjekket med veileder.');
    const notes = (await readNoteTexts(outBytes)).get('Deltakere');
    expect([...(notes?.keys() ?? [])].sort()).toEqual(['A2', 'K8', 'Z40']);
    expect(findingsSheet(out).getCell('A5').value).toBe('Ingen funn.');
  });
});

test('findings without a cell, or in a sheet that is missing, are listed without a link', async () => {
  const wb = buildReportWorkbook(cleanReport());
  wb.removeWorksheet(wb.getWorksheet('Mentorer')!.id);
  const original = await bytesOf(wb);
  const report = await check(original);
  expect(report.findings.some((f) => f.rule === 'sheet-missing' && f.sheet === 'Mentorer')).toBe(true);
  const out = await load(await annotateWorkbook(original, report, 'nb'));
  let row: ExcelJS.Row | undefined;
  findingsSheet(out).eachRow((r) => {
    if (r.getCell(4).value === 'sheet-missing') row = r;
  });
  expect(row?.getCell(2).value).toBe('Mentorer');
  expect(row?.getCell(3).value).toBeNull();
});

test('a file that is not an xlsx is refused with the read error', async () => {
  await expect(annotateWorkbook(new TextEncoder().encode('a;b\n1;2\n'), {} as Report, 'nb')).rejects.toMatchObject({ reason: 'not-xlsx' });
});

test('explanations given to the annotator replace the explanation sheet in the same pass, and read back as explained', async () => {
  const original = await bytesOf(buildReportWorkbook(problemReport()));
  const report = await check(original);
  const warning = report.findings.find((f) => f.severity === 'warning' && f.cell !== null);
  if (warning?.sheet == null || warning.cell === null) throw new Error('the problem example has a warning at a cell');
  const explanations = [{ rule: warning.rule, sheet: warning.sheet, cell: warning.cell.toLowerCase(), text: '=007 er ikke en formel' }];

  const outBytes = await annotateWorkbook(original, report, 'nb', { explanations });
  const out = await load(outBytes);
  const sheet = out.getWorksheet(ADDIN_SHEETS.explanations);
  expect(sheet?.state).toBe('hidden');
  expect(sheet?.getRow(2).values).toEqual([undefined, warning.rule, warning.sheet, warning.cell, '=007 er ikke en formel']);
  expect(sheet?.getCell('D2').numFmt).toBe('@');
  const again = await check(outBytes);
  expect(again.findings.find((f) => f.rule === warning.rule && f.cell === warning.cell)?.explanation).toBe('=007 er ikke en formel');

  // Saved again with none left: the sheet goes.
  const cleared = await load(await annotateWorkbook(outBytes, again, 'nb', { explanations: [] }));
  expect(cleared.getWorksheet(ADDIN_SHEETS.explanations)).toBeUndefined();
  // Without the option the file's own explanation sheet is kept as it is.
  const kept = await load(await annotateWorkbook(outBytes, again, 'nb'));
  expect(kept.getWorksheet(ADDIN_SHEETS.explanations)?.getCell('D2').value).toBe('=007 er ikke en formel');
});
