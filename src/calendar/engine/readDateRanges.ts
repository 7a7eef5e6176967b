import { describeValue } from '../../internal/describeValue.js';
import { readDate } from './dayNumber.js';

/**
 * Reads an optional list of dates or `{ from, to }` ranges into day-number
 * pairs `[first, last]`: absent gives `[]`; `from` after `to` is a `RangeError`.
 *
 * @internal
 */
export function readDateRanges(fn: string, name: string, value: unknown, allowDates: boolean): (readonly [number, number])[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`${fn} requires ${name} to be an array, got ${describeValue(value)}`);
  return value.map((item: unknown, index) => {
    const at = `${name}[${index}]`;
    if (allowDates && typeof item === 'string') {
      const day = readDate(fn, at, item);
      return [day, day] as const;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      const shape = allowDates ? 'a date written YYYY-MM-DD or { from, to }' : 'an object { from, to }';
      throw new TypeError(`${fn} requires ${at} to be ${shape}, got ${describeValue(item)}`);
    }
    const { from, to } = item as { from?: unknown; to?: unknown };
    const first = readDate(fn, `${at}.from`, from);
    const last = readDate(fn, `${at}.to`, to);
    if (last < first) throw new RangeError(`${fn} requires ${at}.to (${describeValue(to)}) to be on or after ${at}.from (${describeValue(from)})`);
    return [first, last] as const;
  });
}
