import { defineRule } from '../rule';
import { stringValue } from '../reader';
import { checkRequiredWhen } from './helpers';

export default defineRule('meetings-missing', 'warning', (ctx) => checkRequiredWhen(ctx, 'meetings', (row) => ({ mentorId: stringValue(row.cells.mentorId) ?? '' })));
