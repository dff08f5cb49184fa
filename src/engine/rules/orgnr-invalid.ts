import { defineRule } from '../rule';
import { stringValue } from '../reader';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** MOD11 as Brønnøysundregistrene use it: remainder 0 → check digit 0, remainder 1 → invalid. */
export function isValidOrgNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(digits[8]);
}

export default defineRule('orgnr-invalid', 'error', (ctx) => {
  const info = ctx.read.programmeInfo;
  const cell = info.fields.orgNumber;
  const value = stringValue(cell);
  if (cell === undefined || value === null) return;
  const digits = value.replace(/[\s\u00a0.]/g, '');
  if (!/^\d{9}$/.test(digits)) {
    ctx.report({ sheet: info.sheetName, cell: cell.address, messageId: 'digits', data: { value } });
  } else if (!isValidOrgNumber(digits)) {
    ctx.report({ sheet: info.sheetName, cell: cell.address, data: { value } });
  }
});
