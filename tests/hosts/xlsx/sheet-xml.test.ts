/** Patching worksheet XML in place, on raw XML in Excel's own shape (shared strings, spans, prefixes). */
import { CellWrite, patchSheetXml } from '../../../src/hosts/xlsx/sheet-xml';
import { withFullCalcOnLoad } from '../../../src/hosts/xlsx/fixed-copy';
import { DateStyles } from '../../../src/hosts/xlsx/date-styles';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS}><dimension ref="A1:C3"/><sheetData>${rows}</sheetData><pageMargins left="0.7"/></worksheet>`;
const writes = (entries: Record<string, CellWrite>): Map<string, CellWrite> => new Map(Object.entries(entries));

test('a shared-string cell becomes an inline string; its style and the other cells stay byte for byte', () => {
  const row = '<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" s="4" t="s"><v>7</v></c><c r="B2" s="5" t="s"><v>8</v></c><c r="C2"><v>3</v></c></row>';
  const { xml, written } = patchSheetXml(sheet(row), writes({ B2: { type: 'string', text: 'Kvinne & <mann>' } }));
  expect(written).toEqual(['B2']);
  expect(xml).toBe(sheet(row.replace('<c r="B2" s="5" t="s"><v>8</v></c>', '<c r="B2" s="5" t="inlineStr"><is><t xml:space="preserve">Kvinne &amp; &lt;mann&gt;</t></is></c>')));
});

test('numbers, a date style and an emptied cell', () => {
  const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>1 234,5</t></is></c><c r="B1" s="2" t="s"><v>1</v></c><c r="C1" s="3" t="s"><v>2</v></c></row>';
  const { xml } = patchSheetXml(sheet(row), writes({ A1: { type: 'number', value: 1234.5 }, B1: { type: 'number', value: 46022, style: 9 }, C1: { type: 'empty' } }));
  expect(xml).toContain('<row r="1"><c r="A1"><v>1234.5</v></c><c r="B1" s="9"><v>46022</v></c><c r="C1" s="3"/></row>');
});

test('a formula cell is never replaced', () => {
  const row = '<row r="1"><c r="A1" t="str"><f>UPPER("k")</f><v>K</v></c></row>';
  const result = patchSheetXml(sheet(row), writes({ A1: { type: 'string', text: 'Kvinne' } }));
  expect(result.xml).toBe(sheet(row));
  expect(result.formulas).toEqual(['A1']);
  expect(result.written).toEqual([]);
});

test('a cell not in the XML goes into its row in column order, widening spans', () => {
  const row = '<row r="3" spans="1:2"><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c></row><row r="4" spans="1:4"><c r="A4"><v>1</v></c><c r="D4"><v>4</v></c></row>';
  const { xml } = patchSheetXml(sheet(row), writes({ C3: { type: 'number', value: 0.6 }, C4: { type: 'string', text: 'Ved programslutt' } }));
  expect(xml).toContain('<row r="3" spans="1:3"><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c><c r="C3"><v>0.6</v></c></row>');
  expect(xml).toContain('<row r="4" spans="1:4"><c r="A4"><v>1</v></c><c r="C4" t="inlineStr"><is><t xml:space="preserve">Ved programslutt</t></is></c><c r="D4"><v>4</v></c></row>');
});

test('a row not in the XML is added in row order; a prefixed sheet keeps its prefix', () => {
  const xml = `<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="5"><x:c r="A5"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const result = patchSheetXml(xml, writes({ B3: { type: 'number', value: 3 }, A5: { type: 'string', text: 'x' } }));
  expect(result.xml).toBe(
    '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="3"><x:c r="B3"><x:v>3</x:v></x:c></x:row><x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t xml:space="preserve">x</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
  );
});

test('fullCalcOnLoad is added to calcPr, or a calcPr after the sheets', () => {
  expect(withFullCalcOnLoad('<workbook><sheets><sheet name="A"/></sheets><calcPr calcId="191029"/></workbook>')).toBe(
    '<workbook><sheets><sheet name="A"/></sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
  );
  expect(withFullCalcOnLoad('<workbook><sheets><sheet name="A"/></sheets><definedNames><definedName name="x">A!$A$1</definedName></definedNames></workbook>')).toBe(
    '<workbook><sheets><sheet name="A"/></sheets><definedNames><definedName name="x">A!$A$1</definedName></definedNames><calcPr fullCalcOnLoad="1"/></workbook>',
  );
});

test('a date style is one appended copy of the cell style with format 14; a date style is kept', () => {
  const styles = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="49" fontId="2" fillId="3" applyNumberFormat="1"><alignment wrapText="1"/></xf><xf numFmtId="164" fontId="0"/></cellXfs></styleSheet>`;
  const dates = new DateStyles(styles);
  expect(dates.dateStyleFor(2)).toBe(2);
  expect(dates.changed).toBe(false);
  expect(dates.dateStyleFor(1)).toBe(3);
  expect(dates.dateStyleFor(1)).toBe(3);
  expect(dates.xml).toBe(
    styles
      .replace('count="3"', 'count="4"')
      .replace('</cellXfs>', '<xf numFmtId="14" applyNumberFormat="1" fontId="2" fillId="3"><alignment wrapText="1"/></xf></cellXfs>'),
  );
});
