import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { checkRequiredWhen } from './helpers';

export default defineRule('status-at-end-missing', 'warning', (ctx) => checkRequiredWhen(ctx, 'statusAtEnd', (row) => ({ completed: stringValue(row.cells.completed) ?? '' })));
