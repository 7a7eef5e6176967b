import type { Period } from '../Period.js';

/**
 * A month as a count of months, `year × 12 + month − 1`: 0001-01 is 12 and
 * 9999-12 is 119999, so that a span's months are a run of integers.
 *
 * @internal
 */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/**
 * The index of a `'YYYY-MM'` month already checked.
 *
 * @internal
 */
export function periodIndex(period: Period): number {
  return monthIndex(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
}

/**
 * The `'YYYY-MM'` month of an index from {@link monthIndex}.
 *
 * @internal
 */
export function periodAt(index: number): Period {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as Period;
}

/**
 * The index of 0001-01, the first month there is.
 *
 * @internal
 */
export const FIRST_MONTH_INDEX = 12;
