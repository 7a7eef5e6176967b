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
    expect(sumRange([1, inferred(27944, 27946)])).toEqual([27945, 27947]);
  });
});

describe('rangesMeet and describeRange', () => {
  it('tell whether two ranges share a value, and write a range', () => {
    expect(rangesMeet([1, 3], [3, 5])).toBe(true);
    expect(rangesMeet([1, 2], [3, 5])).toBe(false);
    expect(describeRange([5, 5])).toBe('5');
    expect(describeRange([5, 7])).toBe('5–7');
  });
});
