/**
 * An Excel error in a cell that must be filled is one problem: formula-error reports it, and
 * neither value-required nor a «…-missing» rule reports the same cell again as empty.
 */
import { validate } from '../../src/engine';
import type { WorkbookSnapshot } from '../../src/engine';
import { NOW, workbook } from '../helpers/builder';

const rulesAt = (snapshot: WorkbookSnapshot, sheet: string, cell: string): string[] =>
  validate(snapshot, { now: NOW, lang: 'nb' })
    .findings.filter((f) => f.sheet === sheet && f.cell === cell)
    .map((f) => f.rule);

test.each([
  ['value-required (Deltakere)', workbook().withParticipants({ startDate: { error: '#DIV/0!' } }).build(), 'Deltakere', 'J2'],
  ['value-required (Programinfo)', workbook().withInfo({ grantAmount: { error: '#DIV/0!' } }).build(), 'Programinfo', 'B6'],
  ['end-date-missing', workbook().withParticipants({ endDate: { error: '#DIV/0!' } }).build(), 'Deltakere', 'K2'],
  ['meetings-missing', workbook().withParticipants({ meetings: { error: '#REF!' } }).build(), 'Deltakere', 'N2'],
  ['meeting-expectation-missing', workbook().withInfo({ minMeetings: { error: '#NAME?' } }).build(), 'Programinfo', 'B11'],
])('%s: the error cell has one finding, formula-error', (_name, snapshot, sheet, cell) => {
  expect(rulesAt(snapshot, sheet, cell)).toEqual(['formula-error']);
});

test('a blank required cell is still reported as empty', () => {
  expect(rulesAt(workbook().withParticipants({ startDate: null }).build(), 'Deltakere', 'J2')).toEqual(['value-required']);
});
