import { type DialectWriter, quoteStandard, utcText } from '../DialectWriter.js';

/**
 * DuckDB: PostgreSQL's literals, and `COUNT(*) FILTER (WHERE …)`.
 *
 * @internal
 */
export const duckdbDialect: DialectWriter = {
  name: 'duckdb',
  quote: quoteStandard,
  countIf: (condition) => `COUNT(*) FILTER (WHERE ${condition})`,
  zero: '0',
  groupKey: (expression) => expression,
  groupValue: (expression) => expression,
  isEmpty: (expression) => `${expression} = ''`,
  equalsText: (expression, literal) => `${expression} = '${literal}'`,
  instant: (column) => column,
  instantBound: (ms) => `TIMESTAMPTZ '${utcText(ms)}+00'`,
  wallClock: (column) => column,
  wallClockBound: (wallMs) => `TIMESTAMP '${utcText(wallMs)}'`,
};
