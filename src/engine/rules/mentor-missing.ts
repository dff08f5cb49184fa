import { defineRule } from '../rule';
import { checkRequiredWhen } from './helpers';

export default defineRule('mentor-missing', 'warning', (ctx) =>
  checkRequiredWhen(ctx, 'mentorId', () => ({ programType: ctx.read.context.programType ?? '' })),
);
