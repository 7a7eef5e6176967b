import { assertCount } from '../internal/assertCount.js';
import { assertObject } from '../internal/assertObject.js';
import { assertOneOf } from '../internal/assertOneOf.js';
import { makeRatio } from './makeRatio.js';
import { readOptions } from '../internal/readOptions.js';
import type { Ratio } from './Ratio.js';

/**
 * The denominator of an on-time rate: `'completed'` (办结, the default) or
 * `'due'` (应办结, cases whose deadline fell in the period).
 *
 * @category Rates
 */
export type OnTimeBasis = 'completed' | 'due';

/**
 * The counts that {@link onTimeRate} reads, such as a {@link CaseTally}.
 *
 * @category Rates
 */
export interface OnTimeRateInput {
  /** 办结: cases completed in the period. */
  readonly completed: number;
  /** 按时办结: completed cases finished no later than their deadline; at most `completed`. */
  readonly completedOnTime: number;
  /** 应办结: cases due in the period; needed for the `'due'` basis only. */
  readonly due?: number | undefined;
}

/**
 * Options of {@link onTimeRate}.
 *
 * @category Rates
 */
export interface OnTimeRateOptions {
  /** The denominator: `'completed'` (default) or `'due'`. */
  readonly basis?: OnTimeBasis;
}

/**
 * An on-time rate: a {@link Ratio} that says which denominator it used, so
 * that two offices' rates are never compared across conventions.
 *
 * @category Rates
 */
export interface OnTimeRatio extends Ratio {
  /** The denominator used: `'completed'` or `'due'`. */
  readonly basis: OnTimeBasis;
}

/**
 * The on-time rate (按时办结率): the share of cases finished no later than their
 * committed deadline (承诺时限).
 *
 * Both conventions appear in real reports, so the basis is the caller's
 * choice and the result carries it:
 *
 * ```text
 * basis 'completed' (default):  按时办结率 = 按时办结 / 办结   = completedOnTime / completed
 * basis 'due':                  按时办结率 = 按时办结 / 应办结 = completedOnTime / due
 * ```
 *
 * The 五华区 seed prints 按时办结率 100 % beside 办结率 99.53 %: it used the
 * `'completed'` basis. Finishing exactly at the deadline is on time.
 *
 * Edge cases: a zero denominator gives `value: null`. `completedOnTime` above
 * `completed` is a `RangeError`. On the `'due'` basis the rate can exceed
 * 100 % when cases due later were finished early in the period.
 *
 * @param tally - `completed`, `completedOnTime` and, for the `'due'` basis, `due`.
 * @param options - `basis`: `'completed'` (default) or `'due'`.
 * @returns The exact {@link OnTimeRatio} with its `basis`.
 * @throws {TypeError} `onTimeRate requires completedOnTime to be a number, got undefined` for a missing count, and `onTimeRate requires due to be a number, got undefined` for the `'due'` basis without `due`.
 * @throws {RangeError} `onTimeRate requires completed to be a non-negative integer, got 1.5` (likewise the other counts), `onTimeRate requires completedOnTime (6) to be at most completed (5)`, or an unknown `basis`.
 * @example
 * ```ts
 * // 五华区, January 2019: 35133 cases completed, taken here as all on time (the report's
 * // 按时办结率 100% allows 35132 or 35133 on time: 35132 / 35133 also prints 100.00%)
 * const rate = onTimeRate({ completed: 35133, completedOnTime: 35133 });
 * // => { numerator: 35133, denominator: 35133, value: 1, basis: 'completed' }
 * formatPercent(rate, { trimZeros: true });
 * // => '100%'
 * onTimeRate({ completed: 90, completedOnTime: 88, due: 100 }, { basis: 'due' }).value;
 * // => 0.88
 * ```
 * @see {@link completionRate} for 办结率.
 * @category Rates
 */
export function onTimeRate(tally: OnTimeRateInput, options?: OnTimeRateOptions): OnTimeRatio {
  assertObject('onTimeRate', 'tally', tally);
  const { basis = 'completed' } = readOptions('onTimeRate', options);
  assertOneOf('onTimeRate', 'basis', basis, ['completed', 'due']);
  assertCount('onTimeRate', 'completed', tally.completed);
  assertCount('onTimeRate', 'completedOnTime', tally.completedOnTime);
  if (tally.completedOnTime > tally.completed) {
    throw new RangeError(
      `onTimeRate requires completedOnTime (${tally.completedOnTime}) to be at most completed (${tally.completed})`,
    );
  }
  if (basis === 'due') {
    assertCount('onTimeRate', 'due', tally.due);
    return { ...makeRatio(tally.completedOnTime, tally.due), basis };
  }
  return { ...makeRatio(tally.completedOnTime, tally.completed), basis };
}
