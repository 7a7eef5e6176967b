import { buildTallySql } from './query/buildTallySql.js';
import { readTallySqlOptions } from './query/readTallySqlOptions.js';
import type { TallySqlOptions } from './TallySqlOptions.js';
import type { TallySqlQuery } from './TallySqlQuery.js';

/**
 * Writes the SQL that counts, in the database, what {@link tallyCases}
 * counts: 受理, 办结, 按时办结, 应办结 and 在办 per group, and the invalid
 * records the engine can see.
 *
 * For records that live in a warehouse (PostgreSQL, the MySQL family, DuckDB,
 * ClickHouse, SQLite): the engine returns integer counts only, and
 * {@link readTallySqlRows} turns its rows into the same {@link TallyGroup}s
 * as {@link tallyCases} on the same records, so that rates, 同比 and
 * rounding stay in one place, this library. Results of shards merge with
 * {@link mergeTallyGroups}.
 *
 * ```text
 * with [start, end) the period's bounds, computed here as instants at utcOffsetMinutes:
 * accepted         受理   = #{ valid, start ≤ acceptedAt  < end }
 * completed        办结   = #{ valid, start ≤ completedAt < end }          (carry-over included)
 * completedOnTime  按时办结 = #{ counted in completed, dueAt IS NULL or completedAt ≤ dueAt }
 * due              应办结 = #{ valid, start ≤ dueAt < end }
 * inProgress       在办   = #{ valid, acceptedAt < end and (completedAt IS NULL or completedAt ≥ end) }
 * ```
 * In words: the definitions of {@link tallyCases}, with NULL for a missing
 * time; with `'period'` in `by`, per month of the range.
 *
 * Edge cases: the statement holds no parameter: the bounds are literals the
 * library writes from the numbers it computed (typed, with their offset, so
 * that the session's time zone never enters), names are quoted per dialect,
 * and no caller's text reaches the SQL except as a quoted identifier.
 * Text is compared byte for byte (`'A'`, `'a'` and `'A '` are three
 * departments, also under MySQL's case-insensitive collations). The
 * category column may hold the bucket's id, or a 事项类型 name or code as
 * exports write them (`'行政许可'`, `'01'` and `'1'` are 行政许可; `'公共服务'`,
 * `'行政确认'`, `'07'`, `'7'` and every other one 公共服务), as the
 * JavaScript readers take them. The invalid
 * records are those {@link tallyCases} would refuse, less what a typed column
 * cannot hold (`itemTypeCode` is not read); with duplicate ids, the groups
 * count every copy, where {@link tallyCases} counts the first (a table has
 * no first): the reader refuses them unless `onInvalid: 'collect'`.
 * Cost: two scans of the table (the groups, and the invalid counts), or the
 * table times the months with `'period'`.
 *
 * @param options - The dialect, table, period and dimensions; see {@link TallySqlOptions}.
 * @returns The statement and what {@link readTallySqlRows} needs to read its rows.
 * @throws {TypeError} `tallySql requires table to be a string, got 5` (likewise `dialect`, `columns`, `period`, `by`, `timeStorage`, the offsets, `missingStreetOffice`, `onInvalid`, `checkDuplicateIds`) for an option of the wrong type.
 * @throws {RangeError} `tallySql requires dialect to be one of 'postgres', 'mysql', 'duckdb', 'clickhouse', 'sqlite', got "oracle"` (likewise an empty name or one with a NUL, an unknown column, a bad period or offset).
 * @example
 * ```ts
 * const query = tallySql({ dialect: 'postgres', table: 'cases', period: '2019-01', by: 'streetOffice' });
 * // 2019-01 in Beijing time starts at 2018-12-31T16:00Z, written with its offset:
 * query.sql.includes("r.a >= TIMESTAMPTZ '2018-12-31 16:00:00.000+00' AND r.a < TIMESTAMPTZ '2019-01-31 16:00:00.000+00'");
 * // => true
 * query.months;
 * // => ['2019-01']
 * // A name is quoted, never pasted: MySQL doubles a backquote in it.
 * tallySql({ dialect: 'mysql', table: 'x`; DROP TABLE cases; --', period: '2019-01', by: [] }).sql.includes('FROM `x``; DROP TABLE cases; --` AS `t`');
 * // => true
 * ```
 * @see {@link readTallySqlRows} to read the rows; docs/sql.md for each dialect's traps.
 * @category SQL
 */
export function tallySql(options: TallySqlOptions): TallySqlQuery {
  const plan = readTallySqlOptions('tallySql', options);
  return {
    dialect: plan.dialect,
    sql: buildTallySql(plan),
    by: plan.by,
    months: plan.months,
    onInvalid: plan.onInvalid,
    checkDuplicateIds: plan.checkDuplicateIds,
  };
}
