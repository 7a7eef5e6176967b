import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addWorkingDays } from '../../src/calendar/addWorkingDays.js';
import { countWorkingDays } from '../../src/calendar/countWorkingDays.js';
import { isWorkingDay } from '../../src/calendar/isWorkingDay.js';
import { nextWorkingDay } from '../../src/calendar/nextWorkingDay.js';

/** A date of 2007–2025 (so that 60 working days later is still within 2026). */
const date = fc
  .integer({ min: Date.UTC(2007, 0, 1) / 86_400_000, max: Date.UTC(2025, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe('addWorkingDays and countWorkingDays, for any date', () => {
  test.prop([date, fc.integer({ min: 0, max: 60 })], { numRuns: 300 })('are inverse: counting what was added gives the amount', (start, n) => {
    const end = addWorkingDays(start, n);
    expect(countWorkingDays(start, end)).toBe(n);
    if (n !== 0) expect(isWorkingDay(end)).toBe(true);
  });

  test.prop([date, fc.integer({ min: -60, max: -1 })], { numRuns: 300 })(
    'going back, count the days between: the start counts only when it is a working day',
    (start, n) => {
      if (start < '2007-04-01') return; // 60 working days before early 2007 would leave the calendar
      const end = addWorkingDays(start, n);
      expect(isWorkingDay(end)).toBe(true);
      expect(countWorkingDays(start, end)).toBe(isWorkingDay(start) ? n : n + 1);
    },
  );

  test.prop([date], { numRuns: 300 })('one working day later is the next working day', (start) => {
    expect(addWorkingDays(start, 1)).toBe(nextWorkingDay(start));
  });

  test.prop([date, date], { numRuns: 200 })('counts are antisymmetric', (a, b) => {
    expect(countWorkingDays(a, b)).toBe(0 - countWorkingDays(b, a));
  });
});
