/**
 * Worksheet extensions in the marked copy. ExcelJS rewrites Excel 2010's conditional formats
 * (a data bar's lengths are lost) and drops every other extension in a worksheet's `<extLst>`;
 * among them is how Excel stores a dropdown whose list is on another sheet
 * (`x14:dataValidations`), and sparklines.
 * The raw XML below is in Excel's shape: the x14 namespace declared on each `<ext>`, the `xm`
 * namespace on the root `<worksheet>` as Excel often writes it.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { validate } from '../../../src/engine';
import { annotateWorkbook } from '../../../src/hosts/xlsx/annotate';
import { liftExtensions, restoreExtensions } from '../../../src/hosts/xlsx/lifted-ext';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { buildExamples, PROBLEM_FILE } from '../../../tools/make-examples';

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const CROSS_SHEET_DROPDOWN =
  `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1">` +
  '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Koder!$A$1:$A$5</xm:f></x14:formula1>' +
  '<xm:sqref>X2:X500</xm:sqref></x14:dataValidation></x14:dataValidations></ext>';
const SPARKLINES =
  `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups>` +
  '<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Deltakere!B2:E2</xm:f><xm:sqref>Y2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup>' +
  '</x14:sparklineGroups></ext>';
const DATA_BAR =
  `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}">` +
  '<x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule>' +
  '<xm:sqref>B2:B50</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>';

/** Well-formed, and every prefix declared (Excel refuses a part that is not). */
function parses(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return true;
}

const sheet = (extensions: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xm="${XM}">` +
  `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>{00000000-0000-0000-0000-000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting>` +
  `${extensions}</worksheet>`;

describe('liftExtensions / restoreExtensions', () => {
  test('lifts every extension of the worksheet, each declaring the root prefixes it uses', () => {
    const xml = sheet(`<extLst>${CROSS_SHEET_DROPDOWN}${DATA_BAR}${SPARKLINES}</extLst>`);
    const { kept, lifted } = liftExtensions(xml);
    expect(kept).toBe(sheet(''));
    // The data bar declares xm itself (on its inner element): only the two others get it added.
    expect(lifted).toEqual([CROSS_SHEET_DROPDOWN.replace('<ext ', `<ext xmlns:xm="${XM}" `), DATA_BAR, SPARKLINES.replace('<ext ', `<ext xmlns:xm="${XM}" `)]);
    // The cfRule's own extLst (inside <conditionalFormatting>) is not the worksheet's.
    expect(kept).toContain('<x14:id>');
  });

  test('nothing to lift leaves the sheet as it is', () => {
    expect(liftExtensions(sheet(''))).toEqual({ kept: sheet(''), lifted: [] });
    expect(liftExtensions(sheet('<extLst/>'))).toEqual({ kept: sheet('<extLst/>'), lifted: [] });
  });

  test('restored into the written sheet: into its extension list, a new one, or an empty one', () => {
    const lifted = liftExtensions(sheet(`<extLst>${CROSS_SHEET_DROPDOWN}</extLst>`)).lifted;
    const plain = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    for (const written of [plain, plain.replace('</worksheet>', `<extLst>${DATA_BAR}</extLst></worksheet>`), plain.replace('</worksheet>', '<extLst/></worksheet>')]) {
      const restored = restoreExtensions(written, lifted);
      expect(parses(restored)).toBe(true);
      expect(restored.match(/<extLst>/g)).toHaveLength(1);
      expect(restored).toMatch(/<extLst>[\s\S]*x14:dataValidations[\s\S]*<\/extLst><\/worksheet>$/);
    }
  });
});

test('the marked copy keeps a dropdown listing another sheet, sparklines and a data bar of the user', async () => {
  const bytes = (await buildExamples())[PROBLEM_FILE] as Uint8Array;
  const zip = await JSZip.loadAsync(bytes);
  const part = 'xl/worksheets/sheet3.xml';
  const original = (await zip.file(part)?.async('string')) ?? '';
  expect(original).not.toContain('<extLst>');
  const withExtensions = original
    .replace(/<worksheet\b([^>]*)>/, `<worksheet$1 xmlns:xm="${XM}">`)
    .replace('</worksheet>', `<extLst>${CROSS_SHEET_DROPDOWN}${DATA_BAR}${SPARKLINES}</extLst></worksheet>`);
  zip.file(part, withExtensions);
  const input = await zip.generateAsync({ type: 'uint8array' });
  const report = validate(await readXlsxBuffer(input), { lang: 'nb' });
  const marked = await annotateWorkbook(input, report, 'nb');

  const out = await JSZip.loadAsync(marked);
  const markedSheet = (await out.file(part)?.async('string')) ?? '';
  expect(parses(markedSheet)).toBe(true);
  expect(markedSheet).toContain('<xm:f>Koder!$A$1:$A$5</xm:f></x14:formula1><xm:sqref>X2:X500</xm:sqref>');
  expect(markedSheet).toContain('<xm:f>Deltakere!B2:E2</xm:f><xm:sqref>Y2</xm:sqref>');
  expect(markedSheet).toContain(DATA_BAR); // byte for byte: ExcelJS would have rewritten it
  expect(markedSheet.match(/<extLst><ext /g)).toHaveLength(1); // one extension list, the user's three in it
  // The user's cells read the same from the copy.
  expect((await readXlsxBuffer(marked)).sheets.Deltakere).toEqual((await readXlsxBuffer(input)).sheets.Deltakere);
});
