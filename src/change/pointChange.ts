import { assertRatio } from '../rates/assertRatio.js';
import { makeRatio } from '../rates/makeRatio.js';
import type { Ratio } from '../rates/Ratio.js';
import type { Direction } from './Change.js';

/**
 * The change between two rates, in percentage points (百分点), made by
 * {@link pointChange}.
 *
 * The difference is kept exact through the two ratios' integers;
 * {@link formatPointChange} prints it from them. `points` is the float for
 * charts.
 *
 * @category Change
 */
export interface PointChange {
  /** The rate of this period. */
  readonly current: Ratio;
  /** The rate of the base period. */
  readonly previous: Ratio;
  /** `(current − previous) × 100` as a float, or `null` when either rate is absent. */
  readonly points: number | null;
  /** `'up'`, `'down'` or `'flat'`, decided exactly; `null` when either rate is absent. */
  readonly direction: Direction | null;
}

/**
 * The difference of two rates in percentage points (百分点): "办结率提高1.1个百分点".
 *
 * A difference of two rates is not a growth rate: 95 % → 96.1 % is "提高1.1个
 * 百分点", never "增长1.1%" (which would be 95 % × 1.011).
 *
 * ```text
 * points = (current − previous) × 100 = (a/b − c/d) × 100 = 100 (a·d − c·b) / (b·d)
 * ```
 *
 * The direction compares `a·d` with `c·b` in BigInt, so it is exact for any
 * safe-integer counts (0.1 + 0.2 style float error cannot make equal rates
 * look different).
 *
 * Edge cases: when either rate has a zero denominator there is no difference:
 * `points` and `direction` are `null` (printed "—").
 *
 * @param current - The rate of this period, such as a {@link completionRate}.
 * @param previous - The rate of the base period.
 * @returns The {@link PointChange}; its `current` and `previous` are new ratios made from the numerators and denominators alone (a `value` or other field of the caller's objects is not passed on).
 * @throws {TypeError} `pointChange requires current to be an object, got …` or a non-numeric part (likewise `previous`).
 * @throws {RangeError} `pointChange requires previous.denominator to be a non-negative integer, got -5` or a fractional numerator (-0 in either part too).
 * @example
 * ```ts
 * const change = pointChange(completionRate({ accepted: 1000, completed: 961 }),
 *                            completionRate({ accepted: 1000, completed: 950 }));
 * // => { points: 1.1, direction: 'up', … }
 * formatPointChange(change, { digits: 1 });
 * // => '提高1.1个百分点'
 * ```
 * @category Change
 */
export function pointChange(current: Ratio, previous: Ratio): PointChange {
  assertRatio('pointChange', 'current', current);
  assertRatio('pointChange', 'previous', previous);
  // Rates of its own: the caller's objects may carry a value that does not fit their parts, or other fields.
  const rates = { current: makeRatio(current.numerator, current.denominator), previous: makeRatio(previous.numerator, previous.denominator) };
  if (current.denominator === 0 || previous.denominator === 0) {
    return { ...rates, points: null, direction: null };
  }
  const left = BigInt(current.numerator) * BigInt(previous.denominator);
  const right = BigInt(previous.numerator) * BigInt(current.denominator);
  const direction: Direction = left > right ? 'up' : left < right ? 'down' : 'flat';
  const points = (Number(left - right) * 100) / (current.denominator * previous.denominator);
  return { ...rates, points, direction };
}
