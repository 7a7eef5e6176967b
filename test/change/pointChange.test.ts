import { describe, expect, it } from 'vitest';
import { completionRate, pointChange, share } from '../../src/index.js';

describe('pointChange', () => {
  it('gives the difference of two rates in percentage points', () => {
    // 96.1% − 95.0% = 1.1 points: 100 × (961·1000 − 950·1000) / (1000·1000) = 1.1
    const change = pointChange(
      completionRate({ accepted: 1000, completed: 961 }),
      completionRate({ accepted: 1000, completed: 950 }),
    );
    expect(change.points).toBe(1.1);
    expect(change.direction).toBe('up');
  });

  it('decides the direction exactly across different denominators', () => {
    // 1/3 and 2/6 are the same rate: flat, 0 points
    expect(pointChange(share(1, 3), share(2, 6))).toMatchObject({ points: 0, direction: 'flat' });
    // 35133/35300 (99.5269%) against 35300/35300 (100%): down 0.4731 points
    const down = pointChange(share(35133, 35300), share(35300, 35300));
    expect(down.direction).toBe('down');
    expect(down.points).toBeCloseTo(-0.47309, 5);
  });

  it('compares rates too close for floats to tell apart, exactly', () => {
    // a/b vs a/b ± 1 ulp territory: 9007199254740990/9007199254740991 against 9007199254740989/9007199254740990
    // cross products differ by 1, so the direction is up although both floats are 0.9999999999999999…
    const big = pointChange(
      { numerator: 9007199254740990, denominator: 9007199254740991, value: 1 },
      { numerator: 9007199254740989, denominator: 9007199254740990, value: 1 },
    );
    expect(big.direction).toBe('up');
  });

  it('has no difference when either rate is absent', () => {
    expect(pointChange(share(0, 0), share(1, 2))).toMatchObject({ points: null, direction: null });
    expect(pointChange(share(1, 2), share(0, 0))).toMatchObject({ points: null, direction: null });
  });

  it('throws for a rate that is not a ratio of integers', () => {
    expect(() => pointChange(null as never, share(1, 2))).toThrow(
      new TypeError('pointChange requires current to be an object, got null'),
    );
    expect(() => pointChange(share(1, 2), { numerator: 1, denominator: -5, value: null })).toThrow(
      new RangeError('pointChange requires previous.denominator to be a non-negative integer, got -5'),
    );
    expect(() => pointChange({ numerator: 0.5, denominator: 2, value: 0.25 }, share(1, 2))).toThrow(
      new RangeError('pointChange requires current.numerator to be an integer, got 0.5'),
    );
  });

  it('refuses -0 in a ratio, which would come back in the change', () => {
    expect(() => pointChange({ numerator: -0, denominator: 0, value: null }, share(0, 0))).toThrow(
      new RangeError('pointChange requires current.numerator to be an integer, got -0'),
    );
    expect(() => pointChange(share(0, 0), { numerator: 0, denominator: -0, value: null })).toThrow(
      new RangeError('pointChange requires previous.denominator to be a non-negative integer, got -0'),
    );
  });

  it('returns rates of its own, made from the numerators and denominators alone', () => {
    // A value that does not fit its parts, and a field of the caller's, are not passed on.
    const current = { numerator: 1, denominator: 2, value: Number.NaN, extra: Symbol('x') };
    const previous = { numerator: 1, denominator: 4, value: 0.25 };
    const change = pointChange(current, previous);
    expect(change.current).toStrictEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(change.previous).toStrictEqual(previous);
    expect(change.previous).not.toBe(previous);
    expect(pointChange(current, share(0, 0)).current).toStrictEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });
});
