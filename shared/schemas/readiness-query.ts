// What `readiness.report` and `board.get` accept, apart from the API table so the command
// line's `readiness` can validate its input without building every method's schema (issue 13).
import { z } from 'zod';
import { instant } from './primitives.ts';

/** A window or deadline in whole days. */
export const days = z.number().int().min(0).max(3650);

export const readinessQuerySchema = z.object({
  at: instant.optional(),
  horizonDays: days.optional(),
  lookbackDays: days.optional(),
  ackDeadlineDays: days.optional(),
});
