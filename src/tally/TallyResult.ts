import type { CaseCategory } from '../models/caseCategories.js';
import type { CaseTally } from '../models/CaseTallySchema.js';
import type { Period } from '../period/Period.js';

/**
 * The key of a {@link TallyGroup}: only the dimensions asked for in `by` are present.
 *
 * {@link mergeTallyGroups} and {@link rollupTallyGroups} take a key only with
 * these fields and these values (a field that is `undefined` is absent).
 *
 * @category Tally
 */
export interface TallyKey {
  /** 部门: the department id, a non-empty string. */
  readonly department?: string;
  /** The two-bucket category: `'administrative_licensing'` or `'public_service'`. */
  readonly category?: CaseCategory;
  /** 街道: the street office id, a non-empty string, or null for records with none. */
  readonly streetOffice?: string | null;
  /** The month, `'YYYY-MM'` (year 0001–9999). */
  readonly period?: Period;
}

/**
 * A {@link CaseTally} with every count present: what a tally of records gives.
 *
 * @category Tally
 */
export interface FullCaseTally extends CaseTally {
  /** 受理: cases accepted in the period. */
  readonly accepted: number;
  /** 办结: cases completed in the period, carry-over included. */
  readonly completed: number;
  /** 按时办结: of `completed`, those finished no later than their deadline or with none. */
  readonly completedOnTime: number;
  /** 应办结: cases whose deadline fell in the period. */
  readonly due: number;
  /** 在办: cases accepted before the period's end and not completed by then. */
  readonly inProgress: number;
}

/**
 * One group of a tally: its key and its counts.
 *
 * @category Tally
 */
export interface TallyGroup {
  /** The group's values of the dimensions asked for. */
  readonly key: TallyKey;
  /** accepted 受理, completed 办结, completedOnTime 按时办结, due 应办结, inProgress 在办. */
  readonly tally: FullCaseTally;
  /**
   * The counts of the group's records that carry a time limit (承诺时限 or
   * 法定时限: `timeLimit` or `statutoryTimeLimit`): present only when at
   * least one record counted in the group carries one, so that a tally of
   * data without limits has no such figures ("no data"), never zeros.
   */
  readonly timeLimits?: TimeLimitTally;
}

/**
 * The counts of a group's records that carry a time limit (承诺时限, or
 * 法定时限 when there is no 承诺时限): 即办件 and 承诺件 apart, 提前办结 and
 * 超期, and the working days taken. Each is a non-negative safe integer.
 *
 * ```text
 * immediate           即办件   accepted in the period, limit 即办 (0)
 * committed           承诺件   accepted in the period, limit > 0
 * immediateCompleted  即办件办结  completed in the period, limit 即办
 * committedCompleted  承诺件办结  completed in the period, limit > 0
 * completedEarly      提前办结  of committedCompleted: completed on a day before the deadline's last day
 * completedLate       超期办结  of committedCompleted: completed after the deadline (not 按时办结)
 * overdueInProgress   超期在办  承诺件 open at the period's end whose deadline is before it
 * workingDaysTaken    办理用时  Σ working days from acceptance to completion (countWorkingDays, the
 *                              acceptance day not counted), over immediateCompleted + committedCompleted
 * ```
 *
 * 即办件 are not monitored for lateness (they have no deadline unless the
 * record gives a `dueAt`), so they are never 提前 or 超期. The rates:
 * {@link timeLimitRates}.
 *
 * @category Tally
 */
export interface TimeLimitTally {
  /** 即办件: accepted in the period, with a limit of 即办. */
  readonly immediate: number;
  /** 承诺件: accepted in the period, with a limit of more than 0. */
  readonly committed: number;
  /** 即办件 completed in the period. */
  readonly immediateCompleted: number;
  /** 承诺件 completed in the period. */
  readonly committedCompleted: number;
  /** 提前办结: 承诺件 completed in the period on a day before the deadline's last day. */
  readonly completedEarly: number;
  /** 超期办结: 承诺件 completed in the period after their deadline. */
  readonly completedLate: number;
  /** 超期在办: 承诺件 open at the end of the period, past their deadline. */
  readonly overdueInProgress: number;
  /** Working days taken by the cases completed in the period (即办件 and 承诺件), summed. */
  readonly workingDaysTaken: number;
}

/**
 * An invalid record that was not counted, as {@link TallyOptions.onInvalid}
 * `'collect'` lists it (and as an {@link InvalidRecordError} carries it).
 *
 * @category Tally
 */
export interface InvalidRecord {
  /** The 0-based index of the record in its input; −1 for a problem with a file's header. */
  readonly index: number;
  /** The 1-based line of the file where the record ends, or null when there is no file. */
  readonly line: number | null;
  /** The record's id, or null when it has none that can be read. */
  readonly id: string | null;
  /** The field (or CSV column) at fault, or null when the record as a whole is. */
  readonly field: string | null;
  /** One line that says what is wrong and where. */
  readonly message: string;
}

/**
 * What a tally returns.
 *
 * @category Tally
 */
export interface TallyResult {
  /** The groups with at least one non-zero count, sorted by their keys (see {@link tallyCases}). */
  readonly groups: TallyGroup[];
  /** The invalid records, in input order; always empty unless `onInvalid: 'collect'`. */
  readonly invalid: InvalidRecord[];
  /**
   * The records whose 办件状态 says they were never taken in or were
   * cancelled (不予受理, 退件, 撤件, 作废 …), accepted within the period: not
   * in any group's counts, and counted here by status, in code-unit order of
   * the status. Empty when no record carries such a status.
   */
  readonly excluded: ExcludedCount[];
}

/**
 * How many records of one excluding 办件状态 a tally set apart.
 *
 * @category Tally
 */
export interface ExcludedCount {
  /** The status as the records wrote it, such as `'不予受理'`. */
  readonly status: string;
  /** The number of such records accepted within the period. */
  readonly count: number;
}
