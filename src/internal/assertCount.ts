import { describeValue } from './describeValue.js';

/**
 * Checks that `value` is a count: a non-negative safe integer.
 * Throws a `TypeError` for a non-number and a `RangeError` for a number that
 * is negative, fractional, NaN, infinite or beyond `Number.MAX_SAFE_INTEGER`,
 * and for -0 (JSON.parse reads "-0" as it), which would come back in a result.
 *
 * @internal
 */
export function assertCount(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn} requires ${name} to be a number, got ${describeValue(value)}`);
  }
  if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) {
    throw new RangeError(`${fn} requires ${name} to be a non-negative integer, got ${describeValue(value)}`);
  }
}
