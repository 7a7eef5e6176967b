import { type DialectWriter, secondsText, utcText } from '../DialectWriter.js';

/**
 * MySQL and the engines of its protocol (MariaDB, OceanBase, TiDB, Doris,
 * StarRocks). MariaDB has no `FILTER (WHERE …)`, so counts are
 * `COUNT(CASE WHEN … THEN 1 END)` (never NULL, unlike `SUM(CASE …)` over no
 * rows). The default collations ignore case and trailing spaces (`'A' = 'a '`),
 * so ids are grouped and compared as bytes (`CAST(… AS BINARY)`) and emptiness
 * is `CHAR_LENGTH(…) = 0`. A `TIMESTAMP` is compared through
 * `UNIX_TIMESTAMP(…)`, which reads its stored UTC value whatever the
 * session's `time_zone`.
 *
 * @internal
 */
export const mysqlDialect: DialectWriter = {
  name: 'mysql',
  quote: (identifier) => `\`${identifier.replaceAll('`', '``')}\``,
  countIf: (condition) => `COUNT(CASE WHEN ${condition} THEN 1 END)`,
  zero: '0',
  groupKey: (expression) => `CAST(${expression} AS BINARY)`,
  groupValue: (expression) => `MIN(${expression})`,
  isEmpty: (expression) => `CHAR_LENGTH(${expression}) = 0`,
  equalsText: (expression, literal) => `CAST(${expression} AS BINARY) = '${literal}'`,
  instant: (column) => `UNIX_TIMESTAMP(${column})`,
  instantBound: (ms) => secondsText(ms),
  wallClock: (column) => column,
  wallClockBound: (wallMs) => `TIMESTAMP '${utcText(wallMs)}'`,
};
