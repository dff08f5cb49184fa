import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { checkRequiredWhen } from './helpers';

export default defineRule('end-date-missing', 'warning', (ctx) => checkRequiredWhen(ctx, 'endDate', (row) => ({ completed: stringValue(row.cells.completed) ?? '' })));
