import { defineRule } from '../rule';
import { stringValue } from '../reader';

/**
 * Deliberately simple: one address (no spaces, separators or angle brackets), one @, a domain
 * of dot-separated labels (none empty) ending in a top-level domain of two or more letters.
 * Deliverability is not checked.
 */
const EMAIL = /^[^\s@,;<>()"]+@(?:[^\s@.,;<>()"]+\.)+\p{L}{2,}$/u;

export default defineRule('email-invalid', 'warning', (ctx) => {
  const info = ctx.read.programmeInfo;
  const cell = info.fields.contactEmail;
  const value = stringValue(cell);
  if (cell !== undefined && value !== null && !EMAIL.test(value.replace(/^mailto:/i, ''))) {
    ctx.report({ sheet: info.sheetName, cell: cell.address, data: { value } });
  }
});
