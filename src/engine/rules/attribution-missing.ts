import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { checkRequiredWhen } from './helpers';

export default defineRule('attribution-missing', 'warning', (ctx) => checkRequiredWhen(ctx, 'attributedToProgramme', (row) => ({ status: stringValue(row.cells.statusAtEnd) ?? '' })));
