import { z } from 'zod';
import type { Period } from '../period/Period.js';
import { PERIOD_PATTERN } from '../period/periodPattern.js';

/**
 * Checks a reporting period: a month written `'YYYY-MM'` (see {@link Period}).
 *
 * ```text
 * Period = /^\d{4}-(0[1-9]|1[0-2])$/, year 0001–9999
 * ```
 *
 * @example
 * ```ts
 * PeriodSchema.parse('2019-01');
 * // => '2019-01'
 * PeriodSchema.safeParse('2019-13').success;
 * // => false
 * ```
 * @category Models
 */
export const PeriodSchema = z
  .string()
  .regex(PERIOD_PATTERN, { message: 'a period is a month written YYYY-MM, such as 2019-01' })
  .transform((value) => value as Period);
