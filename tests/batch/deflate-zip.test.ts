/**
 * deflateStoredZip: a stored zip as JSZip writes it (ExcelJS's `compression: 'STORE'`) becomes
 * the same archive deflated by Node's zlib. Read back by JSZip, by fflate (an independent
 * reader) and by our own zip directory reader; the headers are JSZip's but for the method, the
 * sizes and the offsets; a zip already deflated comes back byte for byte; what is not such a zip
 * is refused. portfolio.xlsx's parts are checked against ExcelJS's own deflate.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { deflateStoredZip, StoredZipError } from '../../src/batch/deflate-zip';
import { readZipDirectory } from '../../src/hosts/xlsx/zip-directory';
import { buildPortfolio } from '../../src/batch/portfolio';
import { buildPortfolioWorkbook, portfolioXlsxBuffer } from '../../src/batch/write-xlsx';
import { maskWorksheet } from '../../src/hosts/xlsx/mask-workbook';
import { validate } from '../../src/engine';
import { NOW, workbook } from '../helpers/builder';

const DATE = new Date(Date.UTC(2026, 1, 3, 4, 5, 6));

interface FileIn {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly comment?: string;
}

async function jszip(files: readonly FileIn[], compression: 'STORE' | 'DEFLATE', comment?: string): Promise<Buffer> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.data, { date: DATE, comment: f.comment });
  zip.folder('tom mappe/');
  return zip.generateAsync({ type: 'nodebuffer', compression, comment });
}

async function contents(bytes: Uint8Array): Promise<{ name: string; dir: boolean; date: number; comment: string | null; data: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    Object.values(zip.files).map(async (f) => ({ name: f.name, dir: f.dir, date: f.date.getTime(), comment: f.comment, data: f.dir ? '' : Buffer.from(await f.async('uint8array')).toString('hex') })),
  );
}

/** Every byte of every header but the method, the compressed size and the offsets. */
function headersWithoutSizes(bytes: Buffer): string[] {
  return readZipDirectory(bytes).map((e) => {
    const local = Buffer.from(bytes.subarray(e.localHeaderOffset, e.localHeaderOffset + 30 + bytes.readUInt16LE(e.localHeaderOffset + 26) + bytes.readUInt16LE(e.localHeaderOffset + 28)));
    local.fill(0, 8, 10);
    local.fill(0, 18, 22);
    return `${e.name} ${local.toString('hex')}`;
  });
}

const text = 'Deltakere;Mål\n'.repeat(500);
const sample: FileIn[] = [
  { name: '[Content_Types].xml', data: `<?xml version="1.0"?><Types>${'<Default Extension="xml"/>'.repeat(50)}</Types>` },
  { name: 'xl/worksheets/sheet1.xml', data: text },
  { name: 'tom.txt', data: '' },
  { name: 'støy.bin', data: new Uint8Array(4096).map((_, i) => (i * 7919) % 251), comment: 'kommentar æøå' },
];

describe('deflateStoredZip', () => {
  test('the same files, names, order, times and comments, now deflated and smaller', async () => {
    const stored = await jszip(sample, 'STORE', 'arkivkommentar');
    const deflated = await deflateStoredZip(stored);
    expect(await contents(deflated)).toEqual(await contents(stored));
    // The archive's comment is in the end record, after the directory: copied as it was.
    expect(deflated.subarray(deflated.length - 'arkivkommentar'.length).toString()).toBe('arkivkommentar');
    expect(deflated.length).toBeLessThan(stored.length / 2);
    const methods = Object.fromEntries(readZipDirectory(deflated).map((e) => [e.name, e.method]));
    expect(methods).toEqual({ '[Content_Types].xml': 8, 'xl/': 0, 'xl/worksheets/': 0, 'xl/worksheets/sheet1.xml': 8, 'tom.txt': 0, 'støy.bin': 8, 'tom mappe/': 0 });
    // An independent reader (it checks nothing JSZip does not, but reads the bytes its own way).
    const byFflate = unzipSync(deflated);
    expect(Buffer.from(byFflate['xl/worksheets/sheet1.xml']).toString()).toBe(text);
    expect(Buffer.from(byFflate['støy.bin'])).toEqual(Buffer.from(sample[3].data as Uint8Array));
    expect(headersWithoutSizes(deflated)).toEqual(headersWithoutSizes(stored));
  });

  test('each deflated entry inflates to exactly its stored bytes and CRC-32 (JSZip checks the CRC)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({ name: fc.stringMatching(/^[a-zæøå0-9_]{1,12}(\/[a-z0-9]{1,8})?\.(xml|bin)$/), data: fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 2000 })) }),
          { selector: (f) => f.name, maxLength: 8 },
        ),
        async (files) => {
          const stored = await jszip(files, 'STORE');
          const deflated = await deflateStoredZip(stored);
          const zip = await JSZip.loadAsync(deflated, { checkCRC32: true });
          for (const f of files) {
            const expected = typeof f.data === 'string' ? Buffer.from(f.data) : Buffer.from(f.data);
            expect(Buffer.from(await (zip.file(f.name) as JSZip.JSZipObject).async('uint8array'))).toEqual(expected);
          }
          expect(await contents(deflated)).toEqual(await contents(stored));
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a zip already deflated comes back byte for byte', async () => {
    const deflated = await jszip(sample, 'DEFLATE');
    expect((await deflateStoredZip(deflated)).equals(deflated)).toBe(true);
  });

  test('refuses what is not a plain zip: truncated, not a zip, sizes in a data descriptor', async () => {
    const stored = await jszip(sample, 'STORE');
    await expect(deflateStoredZip(stored.subarray(0, stored.length - 30))).rejects.toThrow(StoredZipError);
    await expect(deflateStoredZip(Buffer.from('not a zip at all, not even close to one'))).rejects.toThrow(StoredZipError);
    const zip = new JSZip();
    zip.file('a.xml', text);
    const streamed = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE', streamFiles: true });
    await expect(deflateStoredZip(streamed)).rejects.toThrow(/data descriptor/);
    const broken = Buffer.from(stored);
    broken.writeUInt32LE(0, readZipDirectory(stored)[1].localHeaderOffset); // a local header's signature
    await expect(deflateStoredZip(broken)).rejects.toThrow(/no local header/);
  });
});

test("portfolio.xlsx: every part exactly as ExcelJS's own deflate writes it", async () => {
  const snapshot = workbook().withInfo({ orgName: 'Org æøå', programName: 'Mentor', orgNumber: '974760673', reportingYear: 2025 }).build();
  const report = validate(snapshot, { lang: 'nb', now: NOW });
  const portfolio = buildPortfolio([{ path: '/x/a.xlsx', name: 'a.xlsx', explicit: true }], [{ kind: 'report', report }], { lang: 'nb', suppressSmall: false, generatedAt: NOW });
  const ours = await portfolioXlsxBuffer(portfolio);
  const book = buildPortfolioWorkbook(portfolio);
  for (const sheet of book.worksheets) maskWorksheet(sheet);
  const theirs = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
  expect(await contents(ours)).toEqual(await contents(theirs).then((list) => list.map((f) => ({ ...f, date: expect.any(Number) }))));
  expect(readZipDirectory(ours).filter((e) => e.method === 8).length).toBeGreaterThan(10);
  // And ExcelJS reads it back.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(ours as unknown as ArrayBuffer);
  expect(back.worksheets.length).toBe(book.worksheets.length);
});
