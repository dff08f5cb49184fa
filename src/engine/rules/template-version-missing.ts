import { defineRule } from '../rule';
import { TEMPLATE_VERSION, VERSION_CELL } from '../template';

export default defineRule('template-version-missing', 'info', (ctx) => {
  const { guide } = ctx.read;
  if (!guide.present) {
    ctx.report({ sheet: guide.sheetName, cell: null, messageId: 'noSheet', data: { version: TEMPLATE_VERSION } });
  } else if (guide.version === null) {
    ctx.report({ sheet: guide.sheetName, cell: VERSION_CELL.address, data: { version: TEMPLATE_VERSION } });
  }
});
