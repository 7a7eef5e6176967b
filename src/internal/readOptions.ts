import { describeValue } from './describeValue.js';

/**
 * Reads an optional options argument: `undefined` gives `{}`, an object is
 * returned as it is, anything else is a `TypeError`.
 *
 * @internal
 */
export function readOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn} requires options to be an object, got ${describeValue(options)}`);
  }
  return options;
}
