import { type DialectWriter, quoteStandard, secondsText, textList } from '../DialectWriter.js';

/**
 * SQLite (3.42 or later, for `unixepoch(…, 'subsec')`). Times stored as ISO
 * 8601 text are read with `unixepoch`, which honours an offset or `Z` and
 * gives NULL for text it cannot read (counted as an invalid time). Text is
 * compared with `COLLATE BINARY`, whatever collation a column declares.
 *
 * @internal
 */
export const sqliteDialect: DialectWriter = {
  name: 'sqlite',
  quote: quoteStandard,
  countIf: (condition) => `COUNT(CASE WHEN ${condition} THEN 1 END)`,
  zero: '0',
  groupKey: (expression) => `${expression} COLLATE BINARY`,
  groupValue: (expression) => expression,
  isEmpty: (expression) => `length(${expression}) = 0`,
  inTexts: (expression, literals) => `${expression} COLLATE BINARY IN (${textList(literals)})`,
  instant: (column) => `unixepoch(${column}, 'subsec')`,
  instantBound: (ms) => secondsText(ms),
  wallClock: (column) => `unixepoch(${column}, 'subsec')`,
  wallClockBound: (wallMs) => secondsText(wallMs),
};
