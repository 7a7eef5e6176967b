import type { ReportCount } from '../../models/MonthlyReportSchema.js';

/**
 * The smallest and largest value a report count can take: the count twice
 * when it is printed, the inferred range's ends otherwise.
 *
 * @internal
 */
export function countRange(count: ReportCount): readonly [number, number] {
  return typeof count === 'number' ? [count, count] : [count.inferred.min, count.inferred.max];
}

/**
 * The range of a sum of counts: the sum of the smallest values to the sum of
 * the largest.
 *
 * @internal
 */
export function sumRange(counts: readonly ReportCount[]): readonly [number, number] {
  let min = 0;
  let max = 0;
  for (const count of counts) {
    const [low, high] = countRange(count);
    min += low;
    max += high;
  }
  return [min, max];
}

/**
 * A sum of counts as a count: an integer when every part is one, else the
 * inferred range of the sum (with no source text of its own).
 *
 * @internal
 */
export function sumCount(counts: readonly ReportCount[]): ReportCount {
  const [min, max] = sumRange(counts);
  return min === max ? min : { inferred: { min, max, from: '' } };
}

/**
 * Whether two ranges share a value: could the two figures be equal?
 *
 * @internal
 */
export function rangesMeet(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * Writes a range for a message: `35300`, or `27944–27946` for an inferred one.
 *
 * @internal
 */
export function describeRange(range: readonly [number, number]): string {
  return range[0] === range[1] ? String(range[0]) : `${range[0]}–${range[1]}`;
}
