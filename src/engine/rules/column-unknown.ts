import { defineRule } from '../rule';
import { tableReads } from './helpers';

export default defineRule('column-unknown', 'info', (ctx) => {
  for (const table of tableReads(ctx.read)) {
    for (const header of table.unknownHeaders) {
      ctx.report({
        sheet: table.sheetName,
        cell: header.address,
        messageId: header.duplicate ? 'duplicate' : undefined,
        data: { header: header.header },
      });
    }
  }
});
