import { assertCount } from '../../internal/assertCount.js';
import { assertObject } from '../../internal/assertObject.js';
import { assertOneOf } from '../../internal/assertOneOf.js';
import { TIME_LIMIT_UNITS, type TimeLimit } from '../TimeLimit.js';

/**
 * Checks a {@link TimeLimit} argument and returns its two fields.
 *
 * @internal
 */
export function readTimeLimit(fn: string, name: string, limit: unknown): TimeLimit {
  assertObject(fn, name, limit);
  const { amount, unit } = limit as { amount?: unknown; unit?: unknown };
  assertCount(fn, `${name}.amount`, amount);
  assertOneOf(fn, `${name}.unit`, unit, TIME_LIMIT_UNITS);
  return { amount, unit };
}
