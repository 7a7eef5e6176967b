import type { Ratio } from './Ratio.js';
import { assertObject } from '../internal/assertObject.js';
import { describeValue } from '../internal/describeValue.js';

/**
 * Checks that `value` is a {@link Ratio} with integer parts: a safe-integer
 * numerator (negative allowed, as in a change's rate) and a non-negative
 * safe-integer denominator; neither is -0, which would come back in a result.
 *
 * @internal
 */
export function assertRatio(fn: string, name: string, value: unknown): asserts value is Ratio {
  assertObject(fn, name, value);
  const { numerator, denominator } = value;
  if (typeof numerator !== 'number') {
    throw new TypeError(`${fn} requires ${name}.numerator to be a number, got ${describeValue(numerator)}`);
  }
  if (!Number.isSafeInteger(numerator) || Object.is(numerator, -0)) {
    throw new RangeError(`${fn} requires ${name}.numerator to be an integer, got ${describeValue(numerator)}`);
  }
  if (typeof denominator !== 'number') {
    throw new TypeError(`${fn} requires ${name}.denominator to be a number, got ${describeValue(denominator)}`);
  }
  if (!Number.isSafeInteger(denominator) || denominator < 0 || Object.is(denominator, -0)) {
    throw new RangeError(
      `${fn} requires ${name}.denominator to be a non-negative integer, got ${describeValue(denominator)}`,
    );
  }
}
