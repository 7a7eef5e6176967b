import { describe, expect, it } from 'vitest';
import { share } from '../../src/index.js';

describe('share', () => {
  it('gives part / whole: 行政许可 20564 of the seed centre’s 35300 cases', () => {
    // 20564 / 35300 = 0.58254…, 58.25%
    expect(share(20564, 35300)).toEqual({ numerator: 20564, denominator: 35300, value: 20564 / 35300 });
  });

  it('gives 0 and 1 at the ends', () => {
    expect(share(0, 7).value).toBe(0);
    expect(share(7, 7).value).toBe(1);
  });

  it('has no share of an empty whole', () => {
    expect(share(0, 0).value).toBeNull();
  });

  it('throws RangeError for a part larger than its whole', () => {
    expect(() => share(12, 10)).toThrow(new RangeError('share requires part (12) to be at most whole (10)'));
  });

  it('throws for counts that are not non-negative integers', () => {
    expect(() => share('3' as never, 10)).toThrow(new TypeError('share requires part to be a number, got "3"'));
    expect(() => share(3, Number.NaN)).toThrow(new RangeError('share requires whole to be a non-negative integer, got NaN'));
    expect(() => share(-0.5, 10)).toThrow(new RangeError('share requires part to be a non-negative integer, got -0.5'));
  });

  it('refuses -0, which would come back as a -0 numerator', () => {
    expect(() => share(-0, 0)).toThrow(new RangeError('share requires part to be a non-negative integer, got -0'));
    expect(() => share(0, -0)).toThrow(new RangeError('share requires whole to be a non-negative integer, got -0'));
  });
});
