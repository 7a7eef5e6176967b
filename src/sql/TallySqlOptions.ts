import type { TallyOptions } from '../tally/TallyOptions.js';
import type { SqlDialect, TimeStorage } from './SqlDialect.js';

/**
 * A column of the case table, named as the {@link CaseRecord} field it holds.
 *
 * @category SQL
 */
export type SqlColumn = 'id' | 'category' | 'departmentId' | 'streetOfficeId' | 'acceptedAt' | 'dueAt' | 'completedAt';

/**
 * The options of {@link tallySql}: those of {@link TallyOptions}, and where
 * the records are and how they are stored.
 *
 * @category SQL
 */
export interface TallySqlOptions extends TallyOptions {
  /** The dialect to write: see {@link SQL_DIALECTS}. */
  readonly dialect: SqlDialect;
  /** The table, or its name parts (`['warehouse', 'cases']` for `warehouse.cases`); quoted as given. */
  readonly table: string | readonly string[];
  /**
   * The column of each field, where it is not named as the field
   * (`{ departmentId: 'dept_code' }`); quoted as given, so case counts.
   */
  readonly columns?: Readonly<Partial<Record<SqlColumn, string>>>;
  /** How the times are stored (default `'timestamptz'`): see {@link TimeStorage}. */
  readonly timeStorage?: TimeStorage;
  /**
   * With `timeStorage: 'timestamp'`: minutes ahead of UTC of the wall clock
   * the times were written in (default: `utcOffsetMinutes`, so 480, Beijing time).
   */
  readonly timeStorageOffsetMinutes?: number;
  /** `true` (default): the SQL also counts duplicate ids (a `COUNT(DISTINCT id)`); `false` leaves that out. */
  readonly checkDuplicateIds?: boolean;
}
