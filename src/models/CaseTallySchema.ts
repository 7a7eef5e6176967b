import { z } from 'zod';

// -0 is an integer ≥ 0 to zod, and JSON.parse reads "-0" as it; a count is never -0.
const count = z
  .int()
  .nonnegative()
  .refine((value) => !Object.is(value, -0), { message: 'a count cannot be -0' });

/**
 * Checks the counts of cases (件) for one unit and period: the numbers that
 * every rate is computed from.
 *
 * ```text
 * CaseTally = { accepted, completed, completedOnTime?, due?, inProgress? }
 *             every field a non-negative safe integer
 *             completedOnTime ≤ completed
 * ```
 *
 * - `accepted` 受理: cases taken in during the period.
 * - `completed` 办结: cases finished during the period, carried-over cases
 *   included, so `completed > accepted` is valid (办结率 over 100 %).
 * - `completedOnTime` 按时办结: of `completed`, those finished no later than
 *   their deadline; more than `completed` is an error.
 * - `due` 应办结: cases whose deadline fell in the period (the "due" basis of
 *   {@link onTimeRate}).
 * - `inProgress` 在办: cases open at the end of the period.
 *
 * @example
 * ```ts
 * CaseTallySchema.parse({ accepted: 35300, completed: 35133, inProgress: 167 });
 * // => { accepted: 35300, completed: 35133, inProgress: 167 }
 * CaseTallySchema.safeParse({ accepted: 10, completed: 5, completedOnTime: 6 }).success;
 * // => false
 * ```
 * @category Models
 */
export const CaseTallySchema = z
  .strictObject({
    /** 受理: cases accepted in the period. */
    accepted: count,
    /** 办结: cases completed in the period, carry-over included. */
    completed: count,
    /** 按时办结: completed cases finished no later than their deadline. */
    completedOnTime: count.optional(),
    /** 应办结: cases whose deadline fell in the period. */
    due: count.optional(),
    /** 在办: cases open at the end of the period. */
    inProgress: count.optional(),
  })
  .refine((tally) => tally.completedOnTime === undefined || tally.completedOnTime <= tally.completed, {
    message: 'completedOnTime (按时办结) cannot exceed completed (办结)',
    path: ['completedOnTime'],
  });

/**
 * A tally of cases: `z.infer<typeof CaseTallySchema>`.
 *
 * @category Models
 */
export type CaseTally = z.infer<typeof CaseTallySchema>;
