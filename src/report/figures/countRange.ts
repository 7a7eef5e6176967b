import type { ReportCount } from '../../models/MonthlyReportSchema.js';

/**
 * A range of values, `[smallest, largest]`: of a count (numbers) or of a sum
 * of counts (bigints, exact however large).
 *
 * @internal
 */
export type Range = readonly [number | bigint, number | bigint];

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
 * the largest, in BigInt, so that a sum past `Number.MAX_SAFE_INTEGER` is
 * still exact (9007199254740991 + 2 is 9007199254740993, not …992).
 *
 * @internal
 */
export function sumRange(counts: readonly ReportCount[]): readonly [bigint, bigint] {
  let min = 0n;
  let max = 0n;
  for (const count of counts) {
    const [low, high] = countRange(count);
    min += BigInt(low);
    max += BigInt(high);
  }
  return [min, max];
}

/**
 * A sum of counts as a count: an integer when every part is one, else the
 * inferred range of the sum (with no source text of its own). A count is a
 * safe integer, so a sum past `Number.MAX_SAFE_INTEGER` is refused (the
 * report's check refuses such a 项目总数 before any text is written).
 *
 * @internal
 */
export function sumCount(counts: readonly ReportCount[]): ReportCount {
  const [low, high] = sumRange(counts);
  if (high > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`sumCount requires a sum of at most ${Number.MAX_SAFE_INTEGER}, got ${high}`);
  const [min, max] = [Number(low), Number(high)];
  return min === max ? min : { inferred: { min, max, from: '' } };
}

/**
 * Whether two ranges share a value: could the two figures be equal? Numbers
 * and bigints compare exactly with each other.
 *
 * @internal
 */
export function rangesMeet(a: Range, b: Range): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * Writes a range for a message: `35300`, or `27944–27946` for an inferred one.
 *
 * @internal
 */
export function describeRange(range: Range): string {
  return range[0] === range[1] ? String(range[0]) : `${range[0]}–${range[1]}`;
}
