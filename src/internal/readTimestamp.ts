import { PARSED, parseIsoInto, parseIsoTimestamp } from './parseIsoTimestamp.js';

/** Epoch milliseconds that a `Date` can hold. */
export const EPOCH_LIMIT = 8.64e15;

/**
 * Reads a timestamp (whole epoch ms within a `Date`'s range, or an ISO string
 * with an offset) into `PARSED[0]`; false when it is neither. The time goes
 * through PARSED (a Float64Array slot) on every path, so that it is a double
 * on every path: a number taken as it is on one path and a parsed double on
 * another would be boxed on the heap.
 *
 * `wallClockOffsetMinutes` (NaN: refused) and `dayEnd` say how a time
 * without an offset and a date alone are read ({@link parseIsoInto}).
 *
 * @internal
 */
export function readTimeInto(value: unknown, wallClockOffsetMinutes: number, dayEnd: boolean): boolean {
  if (typeof value === 'number') {
    if (!isEpochMs(value)) return false;
    PARSED[0] = value;
    return true;
  }
  return typeof value === 'string' && parseIsoInto(value, wallClockOffsetMinutes, dayEnd);
}

/**
 * {@link readTimeInto} for a time that may be absent: null or undefined read as Infinity.
 *
 * @internal
 */
export function readOptionalTimeInto(value: unknown, wallClockOffsetMinutes: number, dayEnd: boolean): boolean {
  if (value === null || value === undefined) {
    PARSED[0] = Number.POSITIVE_INFINITY;
    return true;
  }
  return readTimeInto(value, wallClockOffsetMinutes, dayEnd);
}

/**
 * True for a whole number of milliseconds within a `Date`'s range (so a safe
 * integer); false for NaN, infinities and fractions.
 *
 * @internal
 */
export function isEpochMs(time: number): boolean {
  // The literal, not EPOCH_LIMIT: a module constant is re-read and checked on every use.
  return time <= 8.64e15 && time >= -8.64e15 && Math.floor(time) === time;
}

/**
 * A timestamp as epoch ms, or NaN when it is neither a valid ISO string with
 * an offset nor a safe-integer epoch ms within a `Date`'s range.
 *
 * @internal
 */
export function readTime(value: unknown): number {
  if (typeof value === 'number') {
    return isEpochMs(value) ? value : Number.NaN;
  }
  if (typeof value === 'string') return parseIsoTimestamp(value);
  return Number.NaN;
}
