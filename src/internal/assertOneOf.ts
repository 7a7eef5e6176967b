import { describeValue } from './describeValue.js';

/**
 * Checks that `value` is one of `allowed` (an option such as a rounding mode
 * or a locale). A string outside the list is a `RangeError`; anything that is
 * not a string is a `TypeError`.
 *
 * @internal
 */
export function assertOneOf<T extends string>(
  fn: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn} requires ${name} to be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`);
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`${fn} requires ${name} to be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`);
  }
}
