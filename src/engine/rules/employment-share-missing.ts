import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { checkRequiredWhen } from './helpers';

export default defineRule('employment-share-missing', 'warning', (ctx) => checkRequiredWhen(ctx, 'employmentShare', (row) => ({ status: stringValue(row.cells.statusAtEnd) ?? '' })));
