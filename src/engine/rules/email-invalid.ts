import { defineRule } from '../rule';
import { stringValue } from '../reader';

/** Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is not checked. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;

export default defineRule('email-invalid', 'warning', (ctx) => {
  const info = ctx.read.programmeInfo;
  const cell = info.fields.contactEmail;
  const value = stringValue(cell);
  if (cell !== undefined && value !== null && !EMAIL.test(value.replace(/^mailto:/i, ''))) {
    ctx.report({ sheet: info.sheetName, cell: cell.address, data: { value } });
  }
});
