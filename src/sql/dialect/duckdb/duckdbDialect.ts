import type { DialectWriter } from '../DialectWriter.js';
import { postgresDialect } from '../postgres/postgresDialect.js';

/**
 * DuckDB: PostgreSQL's quoting and typed literals (`TIMESTAMPTZ '…+00'`),
 * with `COUNT(*) FILTER (WHERE …)`.
 *
 * @internal
 */
export const duckdbDialect: DialectWriter = {
  ...postgresDialect,
  name: 'duckdb',
  countIf: (condition) => `COUNT(*) FILTER (WHERE ${condition})`,
};
