import type { Change, Direction } from '../../change/Change.js';
import { assertCount } from '../../internal/assertCount.js';
import { assertObject } from '../../internal/assertObject.js';
import { assertOneOf } from '../../internal/assertOneOf.js';
import { assertRatio } from '../../rates/assertRatio.js';
import { describeValue } from '../../internal/describeValue.js';

/**
 * Checks that `value` is a consistent `Change`: `current` and `previous` are
 * counts, and `difference`, `rate` and `direction` agree with them
 * (`difference = current − previous`; `rate` equals `difference / previous`
 * as a rational, with a zero denominator exactly when `previous` is 0;
 * `direction` is the sign of `difference`). A caller-built object that
 * disagrees is a `RangeError` naming the field.
 *
 * @internal
 */
export function assertChange(fn: string, name: string, value: unknown): asserts value is Change {
  assertObject(fn, name, value);
  const { current, previous, difference, rate, direction } = value;
  assertCount(fn, `${name}.current`, current);
  assertCount(fn, `${name}.previous`, previous);
  const expected = current - previous;
  if (typeof difference !== 'number') {
    throw new TypeError(`${fn} requires ${name}.difference to be a number, got ${describeValue(difference)}`);
  }
  if (difference !== expected) {
    throw new RangeError(
      `${fn} requires ${name}.difference to be current - previous = ${expected}, got ${describeValue(difference)}`,
    );
  }
  assertRatio(fn, `${name}.rate`, rate);
  const sameZero = (rate.denominator === 0) === (previous === 0);
  if (!sameZero || BigInt(rate.numerator) * BigInt(previous) !== BigInt(expected) * BigInt(rate.denominator)) {
    throw new RangeError(
      `${fn} requires ${name}.rate to be difference / previous = ${expected}/${previous}, got ${rate.numerator}/${rate.denominator}`,
    );
  }
  assertOneOf(fn, `${name}.direction`, direction, ['up', 'down', 'flat']);
  const expectedDirection: Direction = expected > 0 ? 'up' : expected < 0 ? 'down' : 'flat';
  if (direction !== expectedDirection) {
    throw new RangeError(
      `${fn} requires ${name}.direction to be '${expectedDirection}' (the sign of difference), got ${describeValue(direction)}`,
    );
  }
}
