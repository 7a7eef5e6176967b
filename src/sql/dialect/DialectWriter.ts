import type { SqlDialect } from '../SqlDialect.js';

/**
 * What differs between dialects in the tally SQL. Every method gets SQL the
 * library wrote (quoted identifiers, qualified column references) or numbers
 * it computed, never a caller's text: only {@link DialectWriter.quote} sees that.
 *
 * @internal
 */
export interface DialectWriter {
  readonly name: SqlDialect;
  /** A table or column name as a quoted identifier (the caller's text, escaped). */
  quote(identifier: string): string;
  /** The number of rows for which `condition` is true (never NULL, 0 over no rows). */
  countIf(condition: string): string;
  /** A literal 0 of the type the counts come back as, for the rows that carry no count. */
  readonly zero: string;
  /** A text column as compared in GROUP BY and COUNT(DISTINCT …): byte for byte, as JavaScript compares strings. */
  groupKey(expression: string): string;
  /** The value selected for a group grouped by {@link DialectWriter.groupKey}. */
  groupValue(expression: string): string;
  /** True when a text value is the empty string ('' only, not ' '). */
  isEmpty(expression: string): string;
  /**
   * True when a text value is exactly one of the library's `literals` (case and
   * trailing spaces count; the literals may hold Chinese, never a quote).
   */
  inTexts(expression: string, literals: readonly string[]): string;
  /** An instant column (timestamptz storage) as a value comparable with {@link DialectWriter.instantBound}. */
  instant(column: string): string;
  /** The instant `ms` (epoch milliseconds) as a literal comparable with {@link DialectWriter.instant}. */
  instantBound(ms: number): string;
  /** A wall-clock column (timestamp storage) as a value comparable with {@link DialectWriter.wallClockBound}. */
  wallClock(column: string): string;
  /** The wall-clock time whose digits are those of `wallMs` read as UTC, as a literal. */
  wallClockBound(wallMs: number): string;
}

/** `"name"` with `"` doubled: the SQL standard's quoted identifier (PostgreSQL, DuckDB, SQLite). */
export function quoteStandard(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** The library's own texts as SQL string literals, comma-separated (they hold no quote: only letters, digits, _ and Chinese). */
export function textList(literals: readonly string[]): string {
  return literals.map((literal) => `'${literal}'`).join(', ');
}

/** `YYYY-MM-DD HH:MM:SS.mmm` of epoch ms `ms` in UTC (years 1–9999; {@link readTallySqlOptions} keeps them there). */
export function utcText(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}

/** Epoch ms as exact decimal seconds: `1546272000`, `1546272000.5`. */
export function secondsText(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const magnitude = Math.abs(ms);
  const whole = Math.floor(magnitude / 1000);
  const rest = magnitude % 1000;
  return rest === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(rest).padStart(3, '0').replace(/0+$/, '')}`;
}
