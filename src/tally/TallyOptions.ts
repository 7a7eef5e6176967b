import type { Period } from '../period/Period.js';
import type { Dimension } from './Dimension.js';

/**
 * A range of whole months, first and last included: `{ from: '2019-01', to: '2019-03' }`.
 *
 * @category Tally
 */
export interface PeriodRange {
  /** The first month of the range. */
  readonly from: Period;
  /** The last month of the range (included); not before `from`. */
  readonly to: Period;
}

/**
 * The options of {@link tallyCases}, {@link tallyColumns} and {@link createTallier}.
 *
 * @category Tally
 */
export interface TallyOptions {
  /**
   * The reporting period: one month (`'2019-01'`) or a {@link PeriodRange}.
   * Without `'period'` in `by`, a range is one period (accepted in the range,
   * in progress at its end); with it, each month of the range is its own group.
   */
  readonly period: Period | PeriodRange;
  /** The dimension, or the list of dimensions, to group by; `[]` gives one group for everything. */
  readonly by: Dimension | readonly Dimension[];
  /**
   * The fixed offset from UTC, in minutes, of the clock that months are cut
   * by: 480 (China Standard Time, UTC+8) by default; −720 to 840.
   */
  readonly utcOffsetMinutes?: number;
  /**
   * With `'streetOffice'` in `by`: `'group'` (default) puts records with no
   * street office (街道) in their own group, key `streetOffice: null`; `'omit'`
   * leaves them out of every group.
   */
  readonly missingStreetOffice?: 'group' | 'omit';
  /**
   * `'throw'` (default): the first invalid record throws an
   * {@link InvalidRecordError}. `'collect'`: invalid records are listed in
   * {@link TallyResult.invalid} and the valid ones are still counted.
   */
  readonly onInvalid?: 'throw' | 'collect';
}
