import { assertCount } from '../internal/assertCount.js';
import { assertObject } from '../internal/assertObject.js';
import { describeValue } from '../internal/describeValue.js';
import { makeRatio } from '../rates/makeRatio.js';
import type { Ratio } from '../rates/Ratio.js';
import type { TimeLimitTally } from './TallyResult.js';
import { TIME_LIMIT_COUNTS } from './engine/timeLimitCounts.js';

/**
 * The rates of a group's time-limit counts, each an exact {@link Ratio}.
 *
 * @category Tally
 */
export interface TimeLimitRates {
  /** 提前办结率: completedEarly / committedCompleted. */
  readonly earlyRate: Ratio;
  /** 超期率 (超期办结率): completedLate / committedCompleted. */
  readonly overdueRate: Ratio;
  /** 即办件占比: immediate / (immediate + committed), among the cases accepted. */
  readonly immediateShare: Ratio;
  /** 平均办理时长 in working days: workingDaysTaken / (immediateCompleted + committedCompleted). */
  readonly averageWorkingDays: Ratio;
}


/**
 * The rates of a {@link TimeLimitTally}: 提前办结率, 超期率, 即办件占比 and
 * 平均办理时长, each an exact ratio of two integer counts.
 *
 * For the figures a report states beside 按时办结率, from the `timeLimits` of
 * a {@link TallyGroup}. There is no national standard for 提前办结率 (DOMAIN:
 * "document the choice"): here its base, like that of 超期率, is the 承诺件
 * completed in the period, since 即办件 have no deadline to beat or miss.
 *
 * ```text
 * earlyRate          = completedEarly / committedCompleted                     提前办结率
 * overdueRate        = completedLate / committedCompleted                      超期率
 * immediateShare     = immediate / (immediate + committed)                     即办件占比 (of 受理)
 * averageWorkingDays = workingDaysTaken / (immediateCompleted + committedCompleted)   平均办理时长, 工作日
 * ```
 * In words: the early and the late 承诺件 over all 承诺件 completed; the
 * 即办件 over the cases with a limit accepted; the working days taken over
 * the cases with a limit completed.
 *
 * Edge cases: a zero base gives `value: null` (printed "—"), never 0; no
 * group without `timeLimits` has these rates (no data). `averageWorkingDays`
 * is a ratio of days to cases, not a share: its value may exceed 1, and
 * {@link formatPercent} is not for it.
 *
 * @param limits - A group's `timeLimits`.
 * @returns The four {@link Ratio}s.
 * @throws {TypeError} `timeLimitRates requires limits to be an object, got undefined`; `timeLimitRates requires limits.committed to be a number, got undefined`.
 * @throws {RangeError} `timeLimitRates requires limits.completedLate to be a non-negative integer, got -1`; `timeLimitRates requires limits.completedEarly + completedLate (3) to be at most committedCompleted (2)`; `timeLimitRates requires limits.immediate + committed to be a safe integer, got 9007199254740992` (likewise immediateCompleted + committedCompleted).
 * @example
 * ```ts
 * const rates = timeLimitRates({
 *   immediate: 3, committed: 5, immediateCompleted: 3, committedCompleted: 4,
 *   completedEarly: 2, completedLate: 1, overdueInProgress: 1, workingDaysTaken: 18,
 * });
 * formatPercent(rates.earlyRate);
 * // => '50.00%'
 * formatPercent(rates.immediateShare);
 * // => '37.50%'
 * rates.averageWorkingDays;
 * // => { numerator: 18, denominator: 7, value: 2.5714285714285716 }
 * // only 即办件: no 承诺件 completed, so no 超期率
 * timeLimitRates({
 *   immediate: 1, committed: 0, immediateCompleted: 1, committedCompleted: 0,
 *   completedEarly: 0, completedLate: 0, overdueInProgress: 0, workingDaysTaken: 0,
 * }).overdueRate.value;
 * // => null
 * ```
 * @see {@link onTimeRate} for 按时办结率; docs/tally.md for the counting rules.
 * @category Tally
 */
export function timeLimitRates(limits: TimeLimitTally): TimeLimitRates {
  const fn = 'timeLimitRates';
  assertObject(fn, 'limits', limits);
  for (const field of TIME_LIMIT_COUNTS) assertCount(fn, `limits.${field}`, limits[field]);
  const { immediate, committed, immediateCompleted, committedCompleted, completedEarly, completedLate, workingDaysTaken } = limits;
  if (completedEarly + completedLate > committedCompleted) {
    throw new RangeError(
      `${fn} requires limits.completedEarly + completedLate (${completedEarly + completedLate}) to be at most committedCompleted (${committedCompleted})`,
    );
  }
  const accepted = safeSum(fn, 'immediate + committed', immediate, committed);
  const completed = safeSum(fn, 'immediateCompleted + committedCompleted', immediateCompleted, committedCompleted);
  return {
    earlyRate: makeRatio(completedEarly + 0, committedCompleted + 0),
    overdueRate: makeRatio(completedLate + 0, committedCompleted + 0),
    immediateShare: makeRatio(immediate + 0, accepted),
    averageWorkingDays: makeRatio(workingDaysTaken + 0, completed),
  };
}

function safeSum(fn: string, what: string, a: number, b: number): number {
  const total = a + b + 0;
  if (!Number.isSafeInteger(total)) throw new RangeError(`${fn} requires limits.${what} to be a safe integer, got ${describeValue(total)}`);
  return total;
}
