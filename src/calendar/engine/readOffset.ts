import { describeValue } from '../../internal/describeValue.js';

/**
 * Reads `utcOffsetMinutes`: absent gives 480 (UTC+8, China Standard Time);
 * otherwise an integer from −720 to 840, as the tally reads it.
 *
 * @internal
 */
export function readOffset(fn: string, offset: unknown): number {
  if (offset === undefined) return 480;
  if (typeof offset !== 'number') throw new TypeError(`${fn} requires utcOffsetMinutes to be a number, got ${describeValue(offset)}`);
  if (!Number.isInteger(offset) || offset < -720 || offset > 840) {
    throw new RangeError(`${fn} requires utcOffsetMinutes to be an integer from -720 to 840, got ${describeValue(offset)}`);
  }
  return offset;
}
