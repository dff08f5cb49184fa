/**
 * The reader: sheets by name, headers by text (any case and order, below title rows), data
 * rows with their cell addresses, values typed and classified once.
 */
import { CellValue, PARTICIPANTS, PROGRAMME_INFO, readWorkbook, WorkbookSnapshot } from '../../src/engine';
import { ColumnParser, isEmptyCell } from '../../src/engine/reader';
import { columnOf } from '../../src/engine/rules/helpers';
import { NOW, workbook } from '../helpers/builder';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const read = (snapshot: WorkbookSnapshot) => readWorkbook(snapshot, { now: NOW });

/** A Deltakere grid with only the given columns (by header), to test order and position. */
const participantsGrid = (rows: CellValue[][]): WorkbookSnapshot => workbook().withSheet('Deltakere', rows).build();

describe('sheets', () => {
  it('finds sheets by name, case-insensitively and trimmed, and keeps the name as written', () => {
    const base = workbook().build();
    const sheets = { ...base.sheets };
    sheets['  DELTAKERE '] = sheets.Deltakere;
    delete (sheets as Record<string, unknown>).Deltakere;
    sheets.programinfo = sheets.Programinfo;
    delete (sheets as Record<string, unknown>).Programinfo;
    const result = read({ sheets });
    expect(result.participants).toMatchObject({ present: true, sheetName: '  DELTAKERE ' });
    expect(result.participants.rows).toHaveLength(1);
    expect(result.programmeInfo).toMatchObject({ present: true, sheetName: 'programinfo' });
    expect(result.context.reportingYear).toBe(2025);
  });

  it('reports an absent sheet under its template name', () => {
    const result = read(workbook().withoutSheet('Mentorer').build());
    expect(result.mentors).toMatchObject({ present: false, sheetName: 'Mentorer', rows: [], headerRowIndex: null });
  });

  it('the optional Aktiviteter sheet is simply absent', () => {
    expect(read(workbook().build()).activities.present).toBe(false);
    const withActivities = read(workbook().withActivities({ activity: 'nettverksmøte' }).build());
    expect(withActivities.activities.rows[0].cells.activity?.value).toBe('Nettverksmøte');
  });
});

describe('header row', () => {
  it('is found below title rows, and data addresses follow the sheet', () => {
    const result = read(
      participantsGrid([
        ['Rapport for 2025'],
        [],
        ['Fyll ut én rad per deltaker'],
        ['DeltakerID', 'Kjønn', 'Fødselsår'],
        ['D1', 'Kvinne', 1990],
      ]),
    );
    expect(result.participants.headerRowIndex).toBe(3);
    expect(result.participants.rows).toHaveLength(1);
    expect(result.participants.rows[0].rowNumber).toBe(5);
    expect(result.participants.rows[0].cells.birthYear).toMatchObject({ address: 'C5', value: 1990 });
  });

  it('may be the 10th row but not the 11th', () => {
    const titles = (n: number): CellValue[][] => Array.from({ length: n }, (_, i) => [`Tittel ${i + 1}`]);
    const tenth = read(participantsGrid([...titles(9), ['DeltakerID', 'Kjønn'], ['D1', 'Mann']]));
    expect(tenth.participants.headerRowIndex).toBe(9);
    expect(tenth.participants.rows[0].cells.participantId?.address).toBe('A11');
    const eleventh = read(participantsGrid([...titles(10), ['DeltakerID', 'Kjønn'], ['D1', 'Mann']]));
    expect(eleventh.participants.headerRowIndex).toBeNull();
    expect(eleventh.participants.rows).toEqual([]);
  });

  it('is the first row holding the first column header, not a later one', () => {
    const result = read(participantsGrid([['DeltakerID', 'Kjønn'], ['D1', 'Mann'], ['DeltakerID', 'Kjønn']]));
    expect(result.participants.headerRowIndex).toBe(0);
    // The repeated header line is a data row like any other (its Kjønn is then a bad code).
    expect(result.participants.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it('matches headers in any case, spacing and order', () => {
    const result = read(participantsGrid([['  kjønn', 'FØDSELSÅR ', 'deltaker id', 'DeltakerID', 'egenvurdering (1-5)'], ['Mann', 1980, 'x', 'D9', 4]]));
    const { columns } = result.participants;
    expect(columns).toEqual({ gender: 0, birthYear: 1, participantId: 3, selfAssessment: 4 });
    expect(result.participants.rows[0].cells.participantId).toMatchObject({ address: 'D2', value: 'D9' });
    expect(result.participants.unknownHeaders).toEqual([{ header: 'deltaker id', address: 'C1', duplicate: false }]);
  });

  it('keeps a repeated template header as unknown (duplicate) and reads the first one', () => {
    const result = read(participantsGrid([['DeltakerID', 'Kjønn', 'kjønn'], ['D1', 'Mann', 'Kvinne']]));
    expect(result.participants.columns.gender).toBe(1);
    expect(result.participants.rows[0].cells.gender?.value).toBe('Mann');
    expect(result.participants.unknownHeaders).toEqual([{ header: 'kjønn', address: 'C1', duplicate: true }]);
  });

  it('without the first column header, falls back to the row with most template headers', () => {
    const result = read(participantsGrid([['Deltakerliste'], ['Kjønn', 'Fødselsår', 'Fullført'], ['Mann', 1980, 'Ja']]));
    expect(result.participants.headerRowIndex).toBe(1);
    expect(result.participants.columns.participantId).toBeUndefined();
    expect(result.participants.rows[0].cells.completed).toMatchObject({ address: 'C3', value: 'Ja' });
  });
});

describe('data rows', () => {
  it('skips empty rows and rows with values only in unknown columns', () => {
    const result = read(
      participantsGrid([
        ['DeltakerID', 'Kjønn', 'Notat'],
        ['D1', 'Mann', null],
        [],
        [null, '   ', 'bare et notat'],
        undefined as unknown as CellValue[], // a sparse grid row
        [null, 'Kvinne'],
      ]),
    );
    expect(result.participants.rows.map((r) => r.rowNumber)).toEqual([2, 6]);
    expect(result.participants.rows[1].cells.participantId).toMatchObject({ address: 'A6', value: null, problem: null });
  });

  it('counts a row with only an Excel error in a template column as a data row', () => {
    const result = read(participantsGrid([['DeltakerID', 'Kjønn'], [null, { error: '#REF!' }]]));
    expect(result.participants.rows).toHaveLength(1);
    const cell = result.participants.rows[0].cells.gender;
    expect(cell).toMatchObject({ address: 'B2', value: null, problem: 'error' });
    expect(isEmptyCell(cell)).toBe(true);
  });

  it('types every cell: codes canonical, numbers and dates from text, problems classified', () => {
    const result = read(
      participantsGrid([
        ['DeltakerID', 'Kjønn', 'Fødselsår', 'Startdato', 'Stillingsprosent', 'Status ved programslutt', 'Botid (år)', 'Sluttdato'],
        ['D1', '  KVINNE ', '1 988', '15.01.25', '80 %', 'fast   ansatt', '6,5', 45688],
        ['D2', 'Dame', '1988,5', 'snart', 'full', 'Jobb', 'lenge', '2025-13-01'],
      ]),
    );
    const [good, bad] = result.participants.rows;
    expect(good.cells).toMatchObject({
      gender: { value: 'Kvinne', problem: null },
      birthYear: { value: 1988, problem: null },
      startDate: { value: d('2025-01-15'), problem: null },
      employmentShare: { value: 80, percent: true, problem: null },
      statusAtEnd: { value: 'Fast ansatt', problem: null },
      yearsInNorway: { value: 6.5, problem: null },
      endDate: { value: d('2025-01-31'), problem: null },
    });
    expect(bad.cells).toMatchObject({
      gender: { value: null, problem: 'code', raw: 'Dame' },
      birthYear: { value: null, problem: 'type' },
      startDate: { value: null, problem: 'type' },
      employmentShare: { value: null, problem: 'type' },
      statusAtEnd: { value: null, problem: 'code' },
      yearsInNorway: { value: null, problem: 'type' },
      endDate: { value: null, problem: 'type' },
    });
  });

  it('reads text columns from numbers and dates as they are shown', () => {
    const result = read(participantsGrid([['DeltakerID', 'Kommentar'], [17, d('2025-03-01')]]));
    expect(result.participants.rows[0].cells).toMatchObject({ participantId: { value: '17' }, comment: { value: '01.03.2025' } });
  });
});

describe('ColumnParser', () => {
  const parser = (key: string) => new ColumnParser(columnOf(PARTICIPANTS, key));

  it.each<[string, CellValue, string | number | null, string | null]>([
    ['birthYear', 1988, 1988, null],
    ['birthYear', '1988', 1988, null],
    ['birthYear', 1988.5, null, 'type'],
    ['meetings', 0.1 * 3 * 10, 3, null], // floating-point noise from a formula (3.0000000000000004)
    ['meetings', 7.999, null, 'type'],
    ['birthYear', true, null, 'type'],
    ['birthYear', '   ', null, null],
    ['birthYear', { error: '#VALUE!' }, null, 'error'],
    ['gender', 'annet/vil ikke oppgi', 'Annet/vil ikke oppgi', null],
    ['gender', 'Annet / vil ikke oppgi', null, 'code'],
    ['completed', 'PÅGÅR', 'Pågår', null],
    ['relevantJob', true, null, 'code'],
    ['comment', '  fri tekst ', 'fri tekst', null],
  ])('%s: %p → %p (%p)', (key, raw, value, problem) => {
    expect(parser(key).parse(raw, 'Z9')).toMatchObject({ address: 'Z9', value, problem });
  });
});

describe('Programinfo', () => {
  it('finds labels in any row and case, below a title, and reads the value in column B', () => {
    const info: CellValue[][] = [
      ['Programinformasjon 2025'],
      [],
      ['  rapporteringsår ', '2025'],
      ['PROGRAMTYPE', 'mentor- og traineeprogram'],
      ['Tilskudd fra IMDi (kr)', 'kr 500.000,-'],
      ['Rapporteringsår', 2019], // a repeated label: the first one counts
      [42, 'a number is not a label'],
    ];
    const result = read(workbook().withSheet('Programinfo', info).build());
    const { fields } = result.programmeInfo;
    expect(fields.reportingYear).toMatchObject({ address: 'B3', value: 2025 });
    expect(fields.programType).toMatchObject({ address: 'B4', value: 'Mentor- og traineeprogram' });
    expect(fields.grantAmount).toMatchObject({ address: 'B5', value: 500000 });
    expect(fields.orgName).toBeUndefined();
    expect(result.context).toMatchObject({ reportingYear: 2025, isMentorProgramme: true, grantAmount: 500000 });
  });

  it('every label of the template is found as the builder writes it', () => {
    const result = read(workbook().build());
    expect(Object.keys(result.programmeInfo.fields).sort()).toEqual(PROGRAMME_INFO.fields.map((f) => f.key).sort());
    expect(result.programmeInfo.fields.orgNumber).toMatchObject({ address: 'B2', value: '974760673' });
  });
});

describe('report context', () => {
  it('uses 31 December of the reporting year as reference date', () => {
    const { context } = read(workbook().build());
    expect(context).toMatchObject({
      currentYear: 2026,
      reportingYear: 2025,
      referenceDate: d('2025-12-31'),
      followUpMonths: 6,
      programType: 'Mentorprogram',
      isMentorProgramme: true,
      minMeetings: 6,
      grantAmount: 500000,
    });
  });

  it('falls back to today without a reporting year, and to 6 follow-up months outside 1–24', () => {
    const { context } = read(workbook().withInfo({ reportingYear: undefined, followUpMonths: 36 }).build());
    expect(context.reportingYear).toBeNull();
    expect(context.referenceDate).toEqual(d('2026-03-01'));
    expect(context.followUpMonths).toBe(6);
    expect(read(workbook().withInfo({ followUpMonths: '12' }).build()).context.followUpMonths).toBe(12);
    expect(read(workbook().withInfo({ followUpMonths: 2.5 }).build()).context.followUpMonths).toBe(6);
  });

  it('a trainee programme is not a mentor programme', () => {
    expect(read(workbook().withInfo({ programType: 'traineeprogram' }).build()).context.isMentorProgramme).toBe(false);
  });
});

describe('template version', () => {
  it.each<[CellValue, string | null]>([
    ['2026.1', '2026.1'],
    [2026.1, '2026.1'],
    [' 2026.1 ', '2026.1'],
    [null, null],
    ['', null],
    [{ error: '#REF!' }, null],
  ])('Veiledning!B2 %p → %p', (cell, version) => {
    expect(read(workbook().withVersion(cell).build()).guide.version).toBe(version);
  });

  it('is null without a Veiledning sheet', () => {
    expect(read(workbook().withoutSheet('Veiledning').build()).guide).toEqual({ present: false, sheetName: 'Veiledning', version: null });
  });
});
