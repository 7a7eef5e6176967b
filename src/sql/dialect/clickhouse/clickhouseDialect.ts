import { type DialectWriter, textList } from '../DialectWriter.js';

/**
 * ClickHouse: `countIf`, identifiers in backquotes with backslash escapes,
 * times compared as epoch milliseconds (`toUnixTimestamp64Milli`), counts
 * `UInt64` (so the rows without a count carry `toUInt64(0)`).
 *
 * @internal
 */
export const clickhouseDialect: DialectWriter = {
  name: 'clickhouse',
  quote: (identifier) => `\`${identifier.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
  countIf: (condition) => `countIf(${condition})`,
  zero: 'toUInt64(0)',
  groupKey: (expression) => expression,
  groupValue: (expression) => expression,
  isEmpty: (expression) => `${expression} = ''`,
  inTexts: (expression, literals) => `${expression} IN (${textList(literals)})`,
  instant: (column) => `toUnixTimestamp64Milli(toDateTime64(${column}, 3))`,
  instantBound: (ms) => String(ms),
  wallClock: (column) => `toUnixTimestamp64Milli(parseDateTime64BestEffortOrNull(toString(${column}), 3, 'UTC'))`,
  wallClockBound: (wallMs) => String(wallMs),
};
