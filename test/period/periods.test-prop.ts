import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { formatPeriod } from '../../src/period/formatPeriod.js';
import { parsePeriod } from '../../src/period/parsePeriod.js';
import { previousMonthPeriod } from '../../src/period/previousMonthPeriod.js';
import { previousYearPeriod } from '../../src/period/previousYearPeriod.js';
import { period, periodParts } from '../support/arbitraries.js';

const PERIOD = /^(?!0000)\d{4}-(0[1-9]|1[0-2])$/;

describe('periods, for any month from 0001-01 to 9999-12', () => {
  test.prop([period()], { numRuns: 1000 })('round-trip: formatPeriod(parsePeriod(p)) = p', (p) => {
    expect(formatPeriod(parsePeriod(p))).toBe(p);
  });

  test.prop([periodParts()], { numRuns: 1000 })('round-trip: parsePeriod(formatPeriod(parts)) = parts', (parts) => {
    expect(parsePeriod(formatPeriod(parts))).toEqual(parts);
  });

  test.prop([period(2)], { numRuns: 300 })('twelve steps of previousMonthPeriod make one previousYearPeriod', (p) => {
    let step = p;
    for (let i = 0; i < 12; i += 1) step = previousMonthPeriod(step);
    expect(step).toBe(previousYearPeriod(p));
  });

  test.prop([period(2)], { numRuns: 500 })('step back to an earlier, valid period', (p) => {
    for (const earlier of [previousMonthPeriod(p), previousYearPeriod(p)]) {
      expect(earlier).toMatch(PERIOD);
      // 'YYYY-MM' strings sort as the months do.
      expect(earlier < p).toBe(true);
    }
  });

  test.prop([period(2)], { numRuns: 300 })('step back by exactly one month', (p) => {
    const { year, month } = parsePeriod(p);
    const { year: y, month: m } = parsePeriod(previousMonthPeriod(p));
    expect(y * 12 + m).toBe(year * 12 + month - 1);
  });

  test.prop([fc.string({ maxLength: 10 }).filter((s) => !PERIOD.test(s))], { numRuns: 500 })(
    'reject every other string rather than guess',
    (s) => {
      expect(() => parsePeriod(s)).toThrow(RangeError);
      expect(() => previousMonthPeriod(s)).toThrow(RangeError);
      expect(() => previousYearPeriod(s)).toThrow(RangeError);
    },
  );
});
