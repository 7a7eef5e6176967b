import { describe, expect, it } from 'vitest';
import { describeRange, rangesMeet, sumCount, sumRange } from '../../../src/report/figures/countRange.js';

const inferred = (min: number, max: number) => ({ inferred: { min, max, from: '接件总数同比增长26.32%' } });

describe('sumCount', () => {
  it('adds printed counts to a count', () => {
    expect(sumCount([3410, 2938])).toBe(6348);
  });

  it('adds an inferred count to a range with no source text of its own', () => {
    // 1 + 27944 = 27945 to 1 + 27946 = 27947
    expect(sumCount([1, inferred(27944, 27946)])).toEqual({ inferred: { min: 27945, max: 27947, from: '' } });
    expect(sumRange([1, inferred(27944, 27946)])).toEqual([27945n, 27947n]);
  });
});

describe('sumRange', () => {
  it('adds exactly past Number.MAX_SAFE_INTEGER', () => {
    // 9007199254740991 + 2 = 9007199254740993, which a float sum gives as 9007199254740992
    expect(sumRange([Number.MAX_SAFE_INTEGER, 2])).toEqual([9007199254740993n, 9007199254740993n]);
    expect(sumRange([Number.MAX_SAFE_INTEGER, inferred(1, 2), Number.MAX_SAFE_INTEGER])).toEqual([18014398509481983n, 18014398509481984n]);
  });
});

describe('sumCount', () => {
  it('refuses a sum that is no count (past Number.MAX_SAFE_INTEGER)', () => {
    expect(sumCount([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => sumCount([Number.MAX_SAFE_INTEGER, inferred(0, 2)])).toThrow(
      new RangeError('sumCount requires a sum of at most 9007199254740991, got 9007199254740993'),
    );
  });
});

describe('rangesMeet and describeRange', () => {
  it('compare a range of numbers with one of bigints exactly', () => {
    // 2**53 + 1 is no float: as floats both ends would be 2**53
    expect(rangesMeet([9007199254740991, 9007199254740991], [9007199254740993n, 9007199254740993n])).toBe(false);
    expect(rangesMeet([0, 9007199254740991], [9007199254740991n, 9007199254740993n])).toBe(true);
    expect(describeRange([9007199254740993n, 9007199254740993n])).toBe('9007199254740993');
    expect(describeRange([1n, 9007199254740993n])).toBe('1–9007199254740993');
  });

  it('tell whether two ranges share a value, and write a range', () => {
    expect(rangesMeet([1, 3], [3, 5])).toBe(true);
    expect(rangesMeet([1, 2], [3, 5])).toBe(false);
    expect(describeRange([5, 5])).toBe('5');
    expect(describeRange([5, 7])).toBe('5–7');
  });
});
