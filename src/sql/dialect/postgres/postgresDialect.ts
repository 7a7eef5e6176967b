import { type DialectWriter, quoteStandard, textList, utcText } from '../DialectWriter.js';

/**
 * PostgreSQL and its family (KingbaseES, openGauss, Greenplum). Counts are
 * `COUNT(CASE WHEN … THEN 1 END)` rather than `FILTER (WHERE …)`, which
 * openGauss and older Greenplum lack; literals carry their offset, so that
 * the session's `TimeZone` never enters.
 *
 * @internal
 */
export const postgresDialect: DialectWriter = {
  name: 'postgres',
  quote: quoteStandard,
  countIf: (condition) => `COUNT(CASE WHEN ${condition} THEN 1 END)`,
  zero: '0',
  groupKey: (expression) => expression,
  groupValue: (expression) => expression,
  isEmpty: (expression) => `${expression} = ''`,
  inTexts: (expression, literals) => `${expression} IN (${textList(literals)})`,
  instant: (column) => column,
  instantBound: (ms) => `TIMESTAMPTZ '${utcText(ms)}+00'`,
  wallClock: (column) => column,
  wallClockBound: (wallMs) => `TIMESTAMP '${utcText(wallMs)}'`,
};
