import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { daysFromCivil, formatDay, isWeekend, readDate } from '../../../src/calendar/engine/dayNumber.js';

const DAY = 86_400_000;

describe('day numbers, for any day from year 1 to 9999', () => {
  const day = fc.integer({ min: daysFromCivil(1, 1, 1), max: daysFromCivil(9999, 12, 31) });

  test.prop([day], { numRuns: 1000 })('agree with Date in UTC: date, weekday, and the way back', (n) => {
    const utc = new Date(n * DAY);
    expect(formatDay(n)).toBe(utc.toISOString().slice(0, 10));
    expect(isWeekend(n)).toBe(utc.getUTCDay() === 0 || utc.getUTCDay() === 6);
    expect(daysFromCivil(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate())).toBe(n);
    expect(readDate('f', 'date', formatDay(n))).toBe(n);
  });
});
