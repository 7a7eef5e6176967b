import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseIsoTimestamp } from '../../src/internal/parseIsoTimestamp.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('parseIsoTimestamp', () => {
  test.prop(
    [
      fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
      fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
    ],
    { numRuns: 1000 },
  )('gives the instant Date.parse gives, whatever the offset it is written with', (date, offset) => {
    // Write the instant on a clock `offset` minutes ahead of UTC, then read it back.
    const shifted = new Date(date.getTime() + offset * 60_000);
    const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    const text = `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}T${pad(
      shifted.getUTCHours(),
    )}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}.${pad(shifted.getUTCMilliseconds(), 3)}${zone}`;
    expect(parseIsoTimestamp(text)).toBe(date.getTime());
    expect(parseIsoTimestamp(text)).toBe(Date.parse(text));
  });
});
