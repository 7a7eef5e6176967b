import { describeValue } from './describeValue.js';

/**
 * Checks that `value` is a plain object (not null, not an array), so that its
 * fields can be read.
 *
 * @internal
 */
export function assertObject(fn: string, name: string, value: unknown): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${fn} requires ${name} to be an object, got ${describeValue(value)}`);
  }
}
