/**
 * The reader on workbooks in the exact shape Excel writes them (raw XML, tests/support/
 * excel-shaped.ts): what ExcelJS cannot write, Excel does, so this is where each cell kind is
 * pinned down.
 */
import type { CellValue } from '../../../src/engine';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { excelShaped, excelShapedParts, zipParts } from '../../support/excel-shaped';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** One sheet of every cell kind, as Excel 365 writes it. */
const KITCHEN_SINK = {
  sharedStrings: ['Navn', 'Oslo', 'linje_x000D_\nto', 'a _x005F_x000D_ b'],
  sharedStringItems: ['<r><t xml:space="preserve">Ole </t></r><r><rPr><i/><sz val="11"/></rPr><t>Hansen</t></r><rPh sb="0" eb="3"><t>オレ</t></rPh><phoneticPr fontId="1"/>'],
  sheets: [
    {
      name: 'Ark1',
      rows:
        '<row r="1" spans="1:5" x14ac:dyDescent="0.3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45658</v></c><c r="C1" s="2"><v>45292.5</v></c><c r="D1" s="3"><v>3.5</v></c><c r="E1" t="s"><v>4</v></c></row>' +
        '<row r="2" spans="1:8" x14ac:dyDescent="0.3"><c r="A2"><f t="shared" ref="A2:A4" si="0">D1*2</f><v>7</v></c><c r="B2" t="str"><f>A1&amp;"!"</f><v>Navn!</v></c><c r="C2" t="str"><f>""</f><v></v></c><c r="D2" t="b"><f>1=2</f><v>0</v></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F2"><f>SUM(A1:A3)</f></c><c r="G2" s="1"><f>DATE(2025,6,30)</f><v>45838</v></c><c r="H2" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
        '<row r="3" spans="1:5" x14ac:dyDescent="0.3"><c r="A3"><f t="shared" si="0"/><v>14</v></c><c r="B3" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Rik </t></r><r><t>tekst</t></r></is></c><c r="C3" t="inlineStr"><is><t>inline</t></is></c><c r="D3" s="3"><v/></c><c r="E3" t="d"><v>2025-03-01T00:00:00</v></c></row>' +
        '<row r="4" spans="1:2" x14ac:dyDescent="0.3"><c r="A4"><f t="shared" si="0"/><v>0</v></c><c r="B4" t="s"><v>2</v></c></row>' +
        // Cells and a row without `r`, as some writers (and Excel for repaired files) leave them.
        '<row spans="1:3"><c t="s"><v>1</v></c><c><v>7</v></c><c t="b"><v>1</v></c></row>' +
        '<row r="7"><c r="A7" t="s"><v>3</v></c><c r="C7"><v>1E-3</v></c></row>',
    },
  ],
};

describe('a workbook as Excel writes it', () => {
  let grid: readonly (readonly CellValue[] | undefined)[];
  beforeAll(async () => {
    grid = (await readXlsxBuffer(await excelShaped(KITCHEN_SINK))).sheets.Ark1;
  });

  test('shared strings, dates by custom and built-in format, numbers', () => {
    expect(grid[0]).toEqual(['Navn', utc(2025, 1, 1), utc(2024, 1, 1), 3.5, 'Ole Hansen']);
  });

  test('rich text runs are joined and phonetic guides left out', () => {
    expect(grid[0]?.[4]).toBe('Ole Hansen');
  });

  test('formulas: shared, t="str", cached "" and FALSE, errors, never calculated, date-formatted', () => {
    expect(grid[1]).toEqual([7, 'Navn!', '', false, { error: '#DIV/0!' }, null, utc(2025, 6, 30), { error: '#DIV/0!' }]);
    expect(grid[2]?.[0]).toBe(14);
  });

  test('a shared formula whose cached result is 0 reads 0', () => {
    expect(grid[3]?.[0]).toBe(0);
  });

  test('inline strings, rich inline strings, an empty <v/>, t="d" dates', () => {
    expect(grid[2]).toEqual([14, 'Rik tekst', 'inline', null, utc(2025, 3, 1)]);
  });

  test('OOXML escapes: _x000D_ is a carriage return, _x005F_ an escaped underscore', () => {
    expect(grid[3]?.[1]).toBe('linje\r\nto');
    expect(grid[6]?.[0]).toBe('a _x000D_ b');
  });

  test('a row and cells without r follow the ones before them', () => {
    expect(grid[4]).toEqual(['Oslo', 7, true]);
    expect(grid[5]).toBeUndefined();
    expect(grid[6]).toEqual(['a _x000D_ b', null, 0.001]);
  });
});

test('the 1904 date system: serials count from 1904-01-01, whether written "1" or "true"', async () => {
  for (const flag of ['1', 'true']) {
    const bytes = await excelShaped({ date1904: flag, sheets: [{ name: 'D', rows: '<row r="1"><c r="A1" s="1"><v>44196</v></c><c r="B1"><v>44196</v></c></row>' }] });
    expect((await readXlsxBuffer(bytes)).sheets.D[0]).toEqual([utc(2025, 1, 1), 44196]);
  }
  const bytes1900 = await excelShaped({ date1904: '0', sheets: [{ name: 'D', rows: '<row r="1"><c r="A1" s="1"><v>45658</v></c></row>' }] });
  expect((await readXlsxBuffer(bytes1900)).sheets.D[0]).toEqual([utc(2025, 1, 1)]);
});

test('hidden and very hidden sheets are read, in tab order', async () => {
  const bytes = await excelShaped({
    sheets: [
      { name: 'Synlig', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: 'Skjult', state: 'hidden', rows: '<row r="1"><c r="A1"><v>2</v></c></row>' },
      { name: 'Svært skjult', state: 'veryHidden', rows: '<row r="1"><c r="A1"><v>3</v></c></row>' },
    ],
  });
  expect((await readXlsxBuffer(bytes)).sheets).toEqual({ Synlig: [[1]], Skjult: [[2]], 'Svært skjult': [[3]] });
});

test('a merged range keeps its value in the top-left cell only, even when others hold one', async () => {
  const bytes = await excelShaped({
    sheets: [{ name: 'M', rows: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c></row>', after: '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>' }],
  });
  expect((await readXlsxBuffer(bytes)).sheets.M).toEqual([[1, null, 3]]);
});

test('parts are found through the relationships, wherever a writer puts them', async () => {
  const parts = excelShapedParts({ sharedStrings: ['flyttet'], sheets: [{ name: 'R', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }] });
  const moved: Record<string, string> = {};
  for (const [name, xml] of Object.entries(parts)) {
    if (name === 'xl/worksheets/sheet1.xml') moved['xl/ark/første ark.xml'] = xml;
    else if (name === 'xl/sharedStrings.xml') moved['xl/strenger.xml'] = xml;
    else moved[name] = xml;
  }
  moved['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace('worksheets/sheet1.xml', '/xl/ark/f%C3%B8rste%20ark.xml').replace('sharedStrings.xml', 'strenger.xml');
  expect((await readXlsxBuffer(await zipParts(moved))).sheets.R).toEqual([['flyttet']]);
});

test('a prefixed SpreadsheetML package (x:worksheet, x:c) reads like an unprefixed one', async () => {
  const parts = excelShapedParts({ sheets: [{ name: 'P', rows: '' }] });
  parts['xl/worksheets/sheet1.xml'] = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>prefiks</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
  expect((await readXlsxBuffer(await zipParts(parts))).sheets.P).toEqual([undefined, [null, 'prefiks']]);
});

test('Strict Open XML (Excel\'s "Strict Open XML Spreadsheet"): other namespaces, ISO dates, read alike', async () => {
  const parts = excelShapedParts({
    date1904: 'true',
    sharedStrings: ['strikt'],
    sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="d"><v>2025-01-02T00:00:00Z</v></c><c r="C1"><v>5</v></c><c r="D1" s="1"><v>44196</v></c></row>' }],
  });
  for (const name of Object.keys(parts)) {
    parts[name] = parts[name]
      .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, 'http://purl.oclc.org/ooxml/officeDocument/relationships');
  }
  expect(parts['xl/_rels/workbook.xml.rels']).toContain('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet');
  expect((await readXlsxBuffer(await zipParts(parts))).sheets.S).toEqual([['strikt', utc(2025, 1, 2), 5, utc(2025, 1, 1)]]);
});

test('malformed XML in a worksheet: damaged, in one line', async () => {
  const parts = excelShapedParts({ sheets: [{ name: 'X', rows: '<row r="1"><c r="A1"><v>1</v></row>' }] });
  const error = await readXlsxBuffer(await zipParts(parts)).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'WorkbookReadError', reason: 'damaged' });
});

test('cells past the last row or column of a sheet are refused at once, not read', async () => {
  for (const rows of ['<row r="4000000000"><c r="A4000000000"><v>1</v></c></row>', '<row r="1"><c r="XFE1"><v>1</v></c></row>', '<row r="1048577"><c><v>1</v></c></row>']) {
    const error = await readXlsxBuffer(await excelShaped({ sheets: [{ name: 'B', rows }] })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkbookReadError', reason: 'damaged' });
  }
});

test('CDATA is text, in a worksheet and in the shared strings (ExcelJS dropped it, so the cell read empty)', async () => {
  const bytes = await excelShaped({
    sharedStrings: [],
    sharedStringItems: ['<t><![CDATA[Ole & <Hansen>]]></t>'],
    sheets: [{ name: 'C', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c><c r="C1"><v><![CDATA[42]]></v></c></row>' }],
  });
  expect((await readXlsxBuffer(bytes)).sheets.C[0]).toEqual(['Ole & <Hansen>', 'a<b', 42]);
});

test('a DOCTYPE in a worksheet makes the file damaged (packages may not carry one; no entity is expanded)', async () => {
  const parts = excelShapedParts({ sheets: [{ name: 'D', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
  const sound = await zipParts(parts);
  parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml'].replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY e "x">]><worksheet');
  expect((await readXlsxBuffer(sound)).sheets.D).toEqual([[1]]);
  await expect(readXlsxBuffer(await zipParts(parts))).rejects.toMatchObject({ reason: 'damaged' });
});

test('values of plain digits, read without a string where the type reads them as a number, and as text where it does not', async () => {
  const bytes = await excelShaped({
    sharedStrings: ['null', 'en'],
    sheets: [
      {
        name: 'V',
        rows:
          '<row r="1"><c r="A1" t="str"><v>007</v></c><c r="B1" t="s"><v>01</v></c><c r="C1"><v>1<!-- a comment -->2</v></c><c r="D1"><v>1234567890123456</v></c>' +
          '<c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>0</v></c><c r="G1" s="1"><v>45658</v></c><c r="H1" t="n"><v>0042</v></c><c r="I1" t="s"><v>9</v></c><c r="J1" t="d"><v>2025</v></c><c r="K1" t="str"><v>12</v></c></row>',
      },
    ],
  });
  expect((await readXlsxBuffer(bytes)).sheets.V[0]).toEqual(['007', 'en', 12, 1234567890123456, true, { error: '0' }, utc(2025, 1, 1), 42, null, null, '12']);
});
