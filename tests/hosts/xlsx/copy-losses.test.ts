/**
 * What the marked copy lacks of the original, found by the package's parts before and after a
 * real round trip through annotateWorkbook (ExcelJS writes only what it models).
 */
import JSZip from 'jszip';
import { validate } from '../../../src/engine';
import { annotateWorkbook, copyLosses } from '../../../src/hosts/xlsx/annotate';
import { readXlsxBuffer } from '../../../src/hosts/xlsx/read';
import { buildExamples, PROBLEM_FILE } from '../../../tools/make-examples';

async function marked(bytes: Uint8Array): Promise<Uint8Array> {
  return annotateWorkbook(bytes, validate(await readXlsxBuffer(bytes), { lang: 'nb' }), 'nb');
}

test('a workbook ExcelJS carries whole: the copy lacks nothing', async () => {
  const original = (await buildExamples())[PROBLEM_FILE] as Uint8Array;
  expect(copyLosses(original, await marked(original))).toEqual([]);
});

test('charts, macros and pivot tables ExcelJS does not write are named, with how many', async () => {
  const zip = await JSZip.loadAsync((await buildExamples())[PROBLEM_FILE] as Uint8Array);
  const chart = '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
  zip.file('xl/charts/chart1.xml', chart);
  zip.file('xl/charts/chart2.xml', chart);
  zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  const original = await zip.generateAsync({ type: 'uint8array' });
  const copy = await marked(original);
  expect(copyLosses(original, copy)).toEqual([
    { kind: 'charts', missing: 2 },
    { kind: 'pivot-tables', missing: 1 },
    { kind: 'macros', missing: 1 },
  ]);
  // The same parts counted in a copy that kept them: nothing is reported.
  expect(copyLosses(original, original)).toEqual([]);
});
