import type { SqlDialect } from '../SqlDialect.js';
import { clickhouseDialect } from './clickhouse/clickhouseDialect.js';
import type { DialectWriter } from './DialectWriter.js';
import { duckdbDialect } from './duckdb/duckdbDialect.js';
import { mysqlDialect } from './mysql/mysqlDialect.js';
import { postgresDialect } from './postgres/postgresDialect.js';
import { sqliteDialect } from './sqlite/sqliteDialect.js';

/**
 * The writer of each dialect.
 *
 * @internal
 */
export const DIALECTS: Readonly<Record<SqlDialect, DialectWriter>> = {
  postgres: postgresDialect,
  mysql: mysqlDialect,
  duckdb: duckdbDialect,
  clickhouse: clickhouseDialect,
  sqlite: sqliteDialect,
};
