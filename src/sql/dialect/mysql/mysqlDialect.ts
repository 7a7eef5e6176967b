import { type DialectWriter, secondsText, utcText } from '../DialectWriter.js';

/** A library text as a MySQL literal: as it is when ASCII, else its UTF-8 bytes in hex (no connection charset enters). */
function bytesLiteral(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `'${text}'`;
  const hex = Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join('');
  return `X'${hex}'`;
}

/**
 * MySQL and the engines of its protocol (MariaDB, OceanBase, TiDB, Doris,
 * StarRocks). MariaDB has no `FILTER (WHERE …)`, so counts are
 * `COUNT(CASE WHEN … THEN 1 END)` (never NULL, unlike `SUM(CASE …)` over no
 * rows). The default collations ignore case and trailing spaces (`'A' = 'a '`),
 * so ids are grouped and compared as bytes (`CAST(… AS BINARY)`) and emptiness
 * is `CHAR_LENGTH(…) = 0`; the category's texts are compared as UTF-8 bytes
 * (`CAST(CONVERT(… USING utf8mb4) AS BINARY) IN (X'E8A18C…', …)`), whatever
 * the column's and the connection's character sets. A `TIMESTAMP` is compared through
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
  inTexts: (expression, literals) => `CAST(CONVERT(${expression} USING utf8mb4) AS BINARY) IN (${literals.map(bytesLiteral).join(', ')})`,
  instant: (column) => `UNIX_TIMESTAMP(${column})`,
  instantBound: (ms) => secondsText(ms),
  wallClock: (column) => column,
  wallClockBound: (wallMs) => `TIMESTAMP '${utcText(wallMs)}'`,
};
