/**
 * Fixes of a single cell's spelling: codes in the list's spelling or the one code meant, numbers
 * and dates written as text, organisation numbers with spaces. Each keeps what the engine
 * already read (or, for a near-miss code, what was clearly meant); nothing else is guessed.
 */
import { ColumnDef } from '../template';
import { ParsedCell, WorkbookRead } from '../reader';
import { formatDate } from '../parse';
import { formatNumber, maskPersonalIds } from '../format';
import { tableReads } from '../rules/helpers';
import { CellFix, FixKind, FixValue } from './types';
import { nearestCode, NearestReason } from './nearest-code';
import { RuleId } from '../rule-ids';

interface Located {
  readonly sheet: string;
  readonly column: ColumnDef;
  readonly cell: ParsedCell;
}

/** Every template cell the reader parsed: Programinfo's values, then each table's rows. */
export function* templateCells(read: WorkbookRead): Generator<Located> {
  const info = read.programmeInfo;
  const fields = info.fields as Readonly<Partial<Record<string, ParsedCell>>>;
  for (const column of info.def.fields) {
    const cell = fields[column.key];
    if (cell !== undefined) yield { sheet: info.sheetName, column, cell };
  }
  for (const table of tableReads(read)) {
    const columns = table.def.columns.filter((column) => table.columns[column.key] !== undefined);
    for (const row of table.rows) {
      const cells = row.cells as Readonly<Partial<Record<string, ParsedCell>>>;
      for (const column of columns) {
        const cell = cells[column.key];
        if (cell !== undefined) yield { sheet: table.sheetName, column, cell };
      }
    }
  }
}

const q = (text: string): string => `«${maskPersonalIds(text)}»`;

function fix(at: Located, kind: FixKind, newValue: FixValue, rule: RuleId | null, review: boolean, nb: string, en: string): CellFix {
  return { sheet: at.sheet, cell: at.cell.address, oldValue: at.cell.raw, newValue, kind, rule, review, description: { nb, en } };
}

const REASON: Readonly<Record<NearestReason, { nb: string; en: string }>> = {
  accents: { nb: 'samme ord med æ, ø og å', en: 'the same word with æ, ø and å' },
  typo: { nb: 'nærmeste kode', en: 'the nearest code' },
  prefix: { nb: 'den eneste koden som begynner slik', en: 'the only code that starts this way' },
};

function codeFix(at: Located): CellFix | null {
  const raw = at.cell.raw;
  if (typeof raw !== 'string') return null;
  const header = at.column.header;
  if (at.cell.problem === null && typeof at.cell.value === 'string' && at.cell.value !== raw) {
    const code = at.cell.value;
    return fix(at, 'code-case', code, null, false,
      `${q(raw)} i «${header}» skrives ${q(code)}, slik som i listen.`,
      `${q(raw)} in «${header}» is written ${q(code)}, as in the list.`);
  }
  if (at.cell.problem !== 'code') return null;
  const near = nearestCode(raw, at.column.codes ?? []);
  if (near === null) return null;
  return fix(at, 'code-near', near.code, 'value-code', true,
    `${q(raw)} er ikke en gyldig verdi for «${header}»; ${REASON[near.reason].nb} er ${q(near.code)}.`,
    `${q(raw)} is not a valid value for «${header}»; ${REASON[near.reason].en} is ${q(near.code)}.`);
}

function numberFix(at: Located): CellFix | null {
  const { raw, value, percent } = at.cell;
  // `60 %` is read as a percent only because of its sign; as a bare number it would change meaning.
  if (typeof raw !== 'string' || typeof value !== 'number' || percent) return null;
  return fix(at, 'number-text', value, null, false,
    `Tallet ${q(raw)} i «${at.column.header}» er skrevet som tekst; det blir tallet ${formatNumber(value, 'nb')}.`,
    `The number ${q(raw)} in «${at.column.header}» is written as text; it becomes the number ${formatNumber(value, 'en')}.`);
}

function dateFix(at: Located): CellFix | null {
  const { raw, value } = at.cell;
  if (typeof raw !== 'string' || !(value instanceof Date)) return null;
  return fix(at, 'date-text', value, null, false,
    `Datoen ${q(raw)} i «${at.column.header}» er skrevet som tekst; den blir datoen ${formatDate(value)}.`,
    `The date ${q(raw)} in «${at.column.header}» is written as text; it becomes the date ${formatDate(value)}.`);
}

function orgNumberFix(at: Located): CellFix | null {
  const raw = at.cell.raw;
  if (typeof raw !== 'string') return null;
  const digits = raw.replace(/[\s\u00a0\u202f.]/g, '');
  if (digits === raw || !/^\d{9}$/.test(digits)) return null;
  return fix(at, 'orgnr-spaces', digits, null, false,
    `Organisasjonsnummeret ${q(raw)} skrives uten mellomrom og punktum: ${q(digits)}.`,
    `The organisation number ${q(raw)} is written without spaces and dots: ${q(digits)}.`);
}

export function valueFix(at: Located): CellFix | null {
  switch (at.column.type) {
    case 'code':
      return codeFix(at);
    case 'integer':
    case 'number':
    case 'goalValue':
      return numberFix(at);
    case 'date':
      return dateFix(at);
    case 'orgnr':
      return orgNumberFix(at);
    default:
      return null;
  }
}
