import { describe, expect, it } from 'vitest';
import { readTime } from '../../src/internal/readTimestamp.js';

// 2019-01-05T09:30:00+08:00 = Date.UTC(2019, 0, 5, 1, 30) = 1546651800000
const NINE_THIRTY = 1546651800000;

describe('readTime', () => {
  it.each([
    [0, 0],
    [NINE_THIRTY, NINE_THIRTY],
    ['2019-01-05T09:30:00+08:00', NINE_THIRTY],
    ['2019-01-05T01:30:00Z', NINE_THIRTY],
    // The range of a Date, ends included: ±8.64e15 ms
    [8.64e15, 8.64e15],
    [-8.64e15, -8.64e15],
  ])('reads %o as %o', (value, time) => {
    expect(readTime(value)).toBe(time);
  });

  it.each([
    // Just outside a Date's range (both still safe integers)
    [8.64e15 + 1],
    [-8.64e15 - 1],
    [1.5],
    [-0.5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    ['2019-01-05 09:30:00'],
    ['2019-02-29T09:30:00+08:00'],
    [''],
    ['1546651800000'],
    [null],
    [undefined],
    [true],
    [new Date(NINE_THIRTY)],
    [{ valueOf: () => NINE_THIRTY }],
    [1546651800000n],
  ])('gives NaN for %o', (value) => {
    expect(readTime(value)).toBeNaN();
  });
});
