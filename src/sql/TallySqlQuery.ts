import type { Period } from '../period/Period.js';
import type { Dimension } from '../tally/Dimension.js';
import type { TallyGroup } from '../tally/TallyResult.js';
import type { SqlDialect } from './SqlDialect.js';

/**
 * The statement {@link tallySql} writes, with what {@link readTallySqlRows}
 * needs to read its rows back.
 *
 * @category SQL
 */
export interface TallySqlQuery {
  /** The dialect it is written in. */
  readonly dialect: SqlDialect;
  /**
   * One SELECT statement, no trailing semicolon, no parameters: every value
   * in it is a number or a constant the library wrote. Run it as it is.
   */
  readonly sql: string;
  /** The dimensions, in the caller's order. */
  readonly by: readonly Dimension[];
  /** The months of the period, in order (the `month` column is an index into it). */
  readonly months: readonly Period[];
  /** Whether invalid records are counted and reported (`'collect'`) or refused (`'throw'`) by the reader. */
  readonly onInvalid: 'throw' | 'collect';
  /** Whether the SQL counts duplicate ids. */
  readonly checkDuplicateIds: boolean;
}

/**
 * The invalid records the SQL found, by the first check each one fails (in
 * the order {@link tallyCases} checks them). Invalid records are never counted
 * in a group.
 *
 * @category SQL
 */
export interface TallySqlInvalidCounts {
  /** `id` NULL or empty. */
  readonly id: number;
  /**
   * `category` NULL or none of the texts it may hold: `'administrative_licensing'`,
   * `'public_service'`, a 事项类型 name (`'行政确认'`) or code (`'07'`, `'7'`), exactly (case and spaces count).
   */
  readonly category: number;
  /** `departmentId` NULL or empty. */
  readonly departmentId: number;
  /** `streetOfficeId` empty (NULL is no street office, which is valid). */
  readonly streetOfficeId: number;
  /** `acceptedAt` NULL, unreadable (SQLite text) or out of range (epoch ms). */
  readonly acceptedAt: number;
  /** `dueAt` unreadable or out of range. */
  readonly dueAt: number;
  /** `completedAt` unreadable or out of range. */
  readonly completedAt: number;
  /** `completedAt` before `acceptedAt`. */
  readonly completedBeforeAccepted: number;
  /**
   * Records with an id already seen, among the valid records that touch the
   * period (each id counts once less than its copies); null when not checked
   * (`checkDuplicateIds: false`).
   */
  readonly duplicateId: number | null;
}

/**
 * What {@link readTallySqlRows} returns.
 *
 * @category SQL
 */
export interface TallySqlResult {
  /** The groups with at least one non-zero count, sorted as {@link tallyCases} sorts them. */
  readonly groups: TallyGroup[];
  /** The invalid records the SQL counted; all zero unless the query was written with `onInvalid: 'collect'`. */
  readonly invalid: TallySqlInvalidCounts;
}
