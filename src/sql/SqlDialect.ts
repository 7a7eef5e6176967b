/**
 * The SQL dialects {@link tallySql} writes, one per family of engines:
 *
 * - `'postgres'`: PostgreSQL, KingbaseES, openGauss (PG mode), Greenplum.
 * - `'mysql'`: MySQL, MariaDB, OceanBase (MySQL mode), TiDB, Doris, StarRocks.
 * - `'duckdb'`: DuckDB.
 * - `'clickhouse'`: ClickHouse (and chDB).
 * - `'sqlite'`: SQLite 3.42 or later.
 *
 * @example
 * ```ts
 * SQL_DIALECTS;
 * // => ['postgres', 'mysql', 'duckdb', 'clickhouse', 'sqlite']
 * ```
 * @category SQL
 */
export const SQL_DIALECTS = ['postgres', 'mysql', 'duckdb', 'clickhouse', 'sqlite'] as const;

/**
 * One of {@link SQL_DIALECTS}.
 *
 * @category SQL
 */
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/**
 * How the table stores its times, the same for `acceptedAt`, `dueAt` and `completedAt`:
 *
 * - `'timestamptz'`: instants. PostgreSQL and DuckDB `TIMESTAMP WITH TIME ZONE`;
 *   MySQL `TIMESTAMP`; ClickHouse `DateTime`/`DateTime64`; SQLite ISO 8601 text
 *   with an offset (`2019-01-05T09:30:00+08:00`, `…Z`).
 * - `'timestamp'`: wall-clock times with no zone, read at
 *   {@link TallySqlOptions.timeStorageOffsetMinutes}. PostgreSQL and DuckDB
 *   `TIMESTAMP`; MySQL `DATETIME`; ClickHouse a `String` (or the text of a
 *   `DateTime` in its column's zone); SQLite ISO 8601 text with no offset.
 * - `'epochMs'`: whole milliseconds since 1970-01-01T00:00Z in an integer column.
 *
 * @example
 * ```ts
 * TIME_STORAGES;
 * // => ['timestamptz', 'timestamp', 'epochMs']
 * ```
 * @category SQL
 */
export const TIME_STORAGES = ['timestamptz', 'timestamp', 'epochMs'] as const;

/**
 * One of {@link TIME_STORAGES}.
 *
 * @category SQL
 */
export type TimeStorage = (typeof TIME_STORAGES)[number];
