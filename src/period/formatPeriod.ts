import { describeValue } from '../internal/describeValue.js';
import type { Period, PeriodParts } from './Period.js';

/**
 * Writes a year and a month as a `'YYYY-MM'` period: the inverse of
 * {@link parsePeriod}.
 *
 * ```text
 * { year, month } → zero-padded 'YYYY-MM'
 * ```
 *
 * @param parts - `year` an integer 1–9999, `month` an integer 1–12.
 * @returns The period, such as `'2019-01'`.
 * @throws {TypeError} `formatPeriod requires parts to be an object, got …`.
 * @throws {RangeError} `formatPeriod requires year to be an integer from 1 to 9999, got 0` (likewise `month`, 1 to 12).
 * @example
 * ```ts
 * formatPeriod({ year: 2019, month: 1 });
 * // => '2019-01'
 * ```
 * @category Period
 */
export function formatPeriod(parts: PeriodParts): Period {
  if (typeof parts !== 'object' || parts === null) {
    throw new TypeError(`formatPeriod requires parts to be an object, got ${describeValue(parts)}`);
  }
  checkPart('year', parts.year, 9999);
  checkPart('month', parts.month, 12);
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}` as Period;
}

function checkPart(name: string, value: unknown, max: number): void {
  if (typeof value !== 'number') {
    throw new TypeError(`formatPeriod requires ${name} to be a number, got ${describeValue(value)}`);
  }
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`formatPeriod requires ${name} to be an integer from 1 to ${max}, got ${describeValue(value)}`);
  }
}
