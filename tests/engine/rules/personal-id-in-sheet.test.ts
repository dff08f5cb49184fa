import rule, { findPersonalId, passesPersonalIdCheck } from '../../../src/engine/rules/personal-id-in-sheet';
import { ruleTester } from '../../helpers/rule-tester';
import { NOW, workbook } from '../../helpers/builder';
import { validate } from '../../../src/engine';

/**
 * Valid numbers are generated with the engine's own check (never hard-coded): the first
 * individual number from `from` whose two check digits work out for this birth date.
 */
function personalId(birth: string, from = 100): string {
  for (let individual = from; individual < 1000; individual++) {
    for (let checks = 0; checks < 100; checks++) {
      const candidate = `${birth}${String(individual).padStart(3, '0')}${String(checks).padStart(2, '0')}`;
      if (passesPersonalIdCheck(candidate)) return candidate;
    }
  }
  throw new Error(`no valid number for ${birth}`);
}

const FNR = personalId('150790'); // fødselsnummer, 15.07.1990
const FNR2 = personalId('150790', Number(FNR.slice(6, 9)) + 1);
const D_NUMBER = personalId('550790'); // D-nummer: first digit + 4
const LEADING_ZERO = personalId('010203'); // 01.02.2003: a number cell drops the zero
/** The same number with a wrong last check digit. */
const WRONG_CHECK = `${FNR.slice(0, 10)}${(Number(FNR[10]) + 1) % 10}`;

/** The message shows the birth date part only; the full number never appears. */
const masked = (id: string): RegExp => new RegExp(`^(?!.*${id}).*${id.slice(0, 6)}\\*{5}`);

describe('test numbers', () => {
  it('are valid and distinct, and the wrong one is not', () => {
    for (const id of [FNR, FNR2, D_NUMBER, LEADING_ZERO]) expect(passesPersonalIdCheck(id)).toBe(true);
    expect(new Set([FNR, FNR2]).size).toBe(2);
    expect(passesPersonalIdCheck(WRONG_CHECK)).toBe(false);
    expect(LEADING_ZERO.startsWith('0')).toBe(true);
  });

  it.each<[unknown, string | null]>([
    [FNR, FNR],
    [Number(FNR), FNR],
    [Number(LEADING_ZERO), LEADING_ZERO],
    [`fnr: ${FNR}.`, FNR],
    [`${FNR.slice(0, 6)} ${FNR.slice(6)}`, FNR],
    [`1${FNR}`, null],
    [`${FNR}1`, null],
    [Number(`1${FNR}`), null],
    [FNR.slice(1), null],
    [WRONG_CHECK, null],
    [Number(FNR) + 0.5, null],
    [`${WRONG_CHECK} og ${FNR2}`, FNR2],
  ])('findPersonalId(%p) → %p', (value, found) => {
    expect(findPersonalId(value)).toBe(found);
  });
});

// Deltakere: A DeltakerID, W Kommentar; data rows from row 2.
ruleTester(rule, {
  valid: [
    { name: 'a clean report', snapshot: workbook().build() },
    { name: '11 digits that fail the check digits', snapshot: workbook().withParticipants({ participantId: WRONG_CHECK }).build() },
    {
      name: 'a valid number inside a 12-digit run (text or number) is not flagged',
      snapshot: workbook()
        .withParticipants({ comment: `Saksnr 1${FNR}` }, { comment: `${FNR}9` })
        .withSheet('Notater', [[Number(`9${FNR}`)]])
        .build(),
    },
    { name: 'ten digits of text are not a run of 11', snapshot: workbook().withParticipants({ comment: FNR.slice(1) }).build() },
    {
      name: 'phone numbers, account numbers, organisation numbers and amounts',
      snapshot: workbook()
        .withParticipants({ comment: 'Tlf. +47 99 88 77 66, konto 1234.56.78903' })
        .withInfo({ grantAmount: 12345678901.5 })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'the whole cell as text (DeltakerID)',
      snapshot: workbook().withParticipants({ participantId: FNR }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'A2',
          message: masked(FNR),
          en: /^(?!.*\d{11}).*appears to hold a national identity number \(\d{6}\*{5}\)/,
        },
      ],
    },
    {
      name: 'the whole cell as a number',
      snapshot: workbook().withParticipants({ participantId: Number(FNR) }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'A2', message: masked(FNR) }],
    },
    {
      name: 'a number cell that lost its leading zero',
      snapshot: workbook().withParticipants({ participantId: Number(LEADING_ZERO) }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'A2', message: masked(LEADING_ZERO) }],
    },
    {
      name: 'a D-number',
      snapshot: workbook().withParticipants({ participantId: D_NUMBER }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'A2', message: masked(D_NUMBER) }],
    },
    {
      name: 'a run of 11 digits inside a comment',
      snapshot: workbook().withParticipants({ comment: `Ringte NAV om ${FNR}, venter svar` }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'W2',
          message: 'Cellen ser ut til å inneholde et fødselsnummer eller D-nummer',
        },
      ],
    },
    {
      name: 'written by hand with a space after the birth date; masked too',
      snapshot: workbook().withParticipants({ comment: `fnr ${FNR.slice(0, 6)} ${FNR.slice(6)}` }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'W2', message: masked(FNR) }],
    },
    {
      name: 'any sheet and any cell: outside template columns, in headers, in other sheets, in Programinfo',
      snapshot: workbook()
        .withInfo({ contactName: `Kari ${FNR2}` })
        .withExtraColumn('Mentorer', `Personnr ${FNR}`, D_NUMBER)
        .withSheet('Notater', [[null, null], [null, Number(FNR2)]])
        .build(),
      findings: [
        { sheet: 'Programinfo', cell: 'B9', message: masked(FNR2) },
        { sheet: 'Mentorer', cell: 'F1', message: masked(FNR) },
        { sheet: 'Mentorer', cell: 'F2', message: masked(D_NUMBER) },
        { sheet: 'Notater', cell: 'B2', message: masked(FNR2) },
      ],
      summary: '4/-',
    },
    {
      name: 'one finding per cell, even with two numbers in it',
      snapshot: workbook().withParticipants({ comment: `${FNR} og ${FNR2}` }, { comment: FNR }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'W2', message: masked(FNR) },
        { sheet: 'Deltakere', cell: 'W3', message: masked(FNR) },
      ],
    },
  ],
});

describe('no report shows the number in full', () => {
  it('whatever rule quotes the cell (value-code, id-duplicate, orgnr-invalid, value-range)', () => {
    const spaced = `${FNR2.slice(0, 6)} ${FNR2.slice(6)}`;
    const snapshot = workbook()
      .withInfo({ orgNumber: FNR })
      .withParticipants({ participantId: FNR, gender: FNR2 }, { participantId: FNR, statusAtEnd: spaced, birthYear: spaced })
      .build();
    for (const lang of ['nb', 'en'] as const) {
      const report = validate(snapshot, { lang, now: NOW });
      const rules = new Set(report.findings.map((f) => f.rule));
      for (const id of ['personal-id-in-sheet', 'value-code', 'id-duplicate', 'orgnr-invalid', 'value-range']) expect(rules).toContain(id);
      const text = JSON.stringify(report);
      for (const id of [FNR, FNR2]) expect(text).not.toContain(id);
      expect(text).not.toContain(spaced);
    }
  });
});
