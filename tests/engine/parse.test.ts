/**
 * The contract's reading rules for single values: Norwegian number and date text, Excel
 * serials, percent text, loosely matched codes, calendar months.
 */
import {
  addMonths,
  dateToExcelSerial,
  displayValue,
  excelSerialToDate,
  formatDate,
  normalizeKey,
  parseDate,
  parseDateText,
  parseNumber,
  parseNumberText,
  parseText,
} from '../../src/engine/parse';
import { CellValue } from '../../src/engine';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('parseNumberText', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 234 567,89', 1234567.89],
    ['1\u00a0234,5', 1234.5], // non-breaking space, as Excel writes it
    ['1\u202f234', 1234], // narrow no-break space
    ['500.000', 500000], // Norwegian thousands with dots
    ['1.234.567', 1234567],
    ['0.125', 0.125], // a leading zero keeps the dot a decimal point
    ['2.5', 2.5],
    ['0,6', 0.6],
    [',5', 0.5],
    ['-3', -3],
    ['\u22123', -3], // typographic minus
    ['+7', 7],
    ['kr 12 000', 12000],
    ['12 000 kr', 12000],
    ['kr 500.000,-', 500000],
    ['  42  ', 42],
  ])('%j → %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, percent: false });
  });

  it.each([
    ['60 %', 60],
    ['60%', 60],
    ['12,5 %', 12.5],
    ['0,6 %', 0.6],
  ])('%j → %d with the percent flag', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, percent: true });
  });

  it.each(['', '   ', '%', 'abc', '12 år', '1,2,3', '1,234,567', '1.2.3', '12-3', 'ca. 10', '1.5.2025', 'Ja'])(
    '%j is not a number',
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );
});

describe('parseNumber', () => {
  it.each<[CellValue, number | null]>([
    [12, 12],
    [0.6, 0.6],
    ['1 234,5', 1234.5],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [true, null],
    [null, null],
    [d('2025-01-01'), null],
    [{ error: '#REF!' }, null],
  ])('%p → %p', (raw, value) => {
    expect(parseNumber(raw)?.value ?? null).toBe(value);
  });
});

describe('parseDateText', () => {
  it.each([
    ['31.12.2025', '2025-12-31'],
    ['31.12.25', '2025-12-31'],
    ['1.2.2025', '2025-02-01'],
    ['01.02.29', '2029-02-01'], // two-digit years as Excel reads them: 00–29 → 2000s
    ['01.02.30', '1930-02-01'], // 30–99 → 1900s
    ['31/12/2025', '2025-12-31'],
    ['2025-12-31', '2025-12-31'],
    ['2025-1-5', '2025-01-05'],
    ['2025-12-31T14:30:00Z', '2025-12-31'],
    ['31.12.2025 14:30', '2025-12-31'],
    ['  31.12.2025 ', '2025-12-31'],
    ['29.02.2024', '2024-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseDateText(text)).toEqual(d(iso));
  });

  it.each(['29.02.2025', '31.04.2025', '2025-02-30', '13.13.2025', '31.12', '12.2025', 'i går', '2025', '31.12.2025.', '31-12-2025'])(
    '%j is not a date',
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );
});

describe('parseDate', () => {
  it('takes real dates as calendar days, dropping a time of day', () => {
    expect(parseDate(new Date('2025-12-31T15:45:00Z'))).toEqual(d('2025-12-31'));
  });

  it('reads numbers as Excel serials (1900 system)', () => {
    expect(parseDate(46022)).toEqual(d('2025-12-31'));
    expect(parseDate(46022.75)).toEqual(d('2025-12-31')); // a time part is dropped
    expect(parseDate(45658)).toEqual(d('2025-01-01'));
  });

  it.each<CellValue>([0, -1, 3_000_000, true, { error: '#N/A' }, null, 'snart', new Date(Number.NaN)])('%p is not a date', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});

describe('Excel serials', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'], // Excel's phantom 29.02.1900 is serial 60
    [25569, '1970-01-01'],
    [46022, '2025-12-31'],
  ])('serial %d ⇄ %s', (serial, iso) => {
    expect(excelSerialToDate(serial)).toEqual(d(iso));
    expect(dateToExcelSerial(d(iso))).toBe(serial);
  });
});

describe('addMonths (calendar months, the day clamped to the month end)', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-01-15', 6, '2025-07-15'],
    ['2025-10-31', 1, '2025-11-30'],
    ['2025-12-31', 12, '2026-12-31'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-01', -12, '2024-01-01'],
  ])('%s + %d months = %s', (from, months, to) => {
    expect(addMonths(d(from), months)).toEqual(d(to));
  });
});

describe('normalizeKey (codes and headers)', () => {
  it.each([
    ['  Fast   ansatt ', 'fast ansatt'],
    ['HØYERE UTDANNING, LANG', 'høyere utdanning, lang'],
    ['Egenvurdering (1-5)', 'egenvurdering (1-5)'],
    ['Egenvurdering (1–5)', 'egenvurdering (1-5)'], // en dash
    ['Mentor\u00a0og\ttrainee', 'mentor og trainee'],
  ])('%j → %j', (text, key) => {
    expect(normalizeKey(text)).toBe(key);
  });

  it('gives what the full replace-trim-lowercase path gives, also for the plain ASCII short cut', () => {
    const full = (text: string) => text.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
    const alphabet = ['a', 'Z', 'q', '0', '-', ' ', ' ', '\t', '\n', '\u00a0', '\u2013', 'Ø', 'é', '~', '!', '\u0001', '\u007f'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = ['', ' ', 'P001', 'p001', ' P001', 'P001 ', 'A  B', 'A B', 'ABC-DEF 12'];
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = Math.floor(next() * 8);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      texts.push(text);
    }
    for (const text of texts) expect([text, normalizeKey(text)]).toEqual([text, full(text)]);
  });
});

describe('text and display', () => {
  it.each<[CellValue, string | null]>([
    ['  Kari ', 'Kari'],
    ['   ', null],
    [null, null],
    [974760673, '974760673'],
    [d('2025-03-01'), '01.03.2025'],
    [{ error: '#REF!' }, null],
  ])('parseText(%p) → %p', (raw, text) => {
    expect(parseText(raw)).toBe(text);
  });

  it('shows error values and dates as a person reads them', () => {
    expect(displayValue({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(formatDate(d('2025-01-05'))).toBe('05.01.2025');
    expect(displayValue(null)).toBe('');
  });
});
