import { describe, expect, it } from 'vitest';
import { momChange, yoyChange } from '../../src/index.js';

describe('yoyChange', () => {
  it('gives (本期 − 上年同期) / 上年同期 as an exact ratio', () => {
    // Seed centre: 35300 this January; 27945 is inside the range the seed's 26.32% allows.
    // (35300 − 27945) / 27945 = 7355 / 27945 = 0.26319…
    expect(yoyChange(35300, 27945)).toEqual({
      current: 35300,
      previous: 27945,
      difference: 7355,
      rate: { numerator: 7355, denominator: 27945, value: 7355 / 27945 },
      direction: 'up',
    });
  });

  it('gives a negative rate and direction down for a fall', () => {
    // Seed street offices: 22256 against 24773: −2517 / 24773 = −0.10160…
    const change = yoyChange(22256, 24773);
    expect(change.difference).toBe(-2517);
    expect(change.rate.numerator).toBe(-2517);
    expect(change.direction).toBe('down');
  });

  it('is flat for equal counts', () => {
    expect(yoyChange(10, 10)).toMatchObject({ difference: 0, direction: 'flat', rate: { value: 0 } });
  });

  it('has no rate on a zero base, even when both counts are zero', () => {
    expect(yoyChange(5, 0)).toMatchObject({ difference: 5, direction: 'up', rate: { value: null } });
    expect(yoyChange(0, 0)).toMatchObject({ difference: 0, direction: 'flat', rate: { value: null } });
  });

  it('throws for counts that are not non-negative integers, naming itself', () => {
    expect(() => yoyChange(-1, 3)).toThrow(new RangeError('yoyChange requires current to be a non-negative integer, got -1'));
    expect(() => yoyChange(1, undefined as never)).toThrow(
      new TypeError('yoyChange requires previous to be a number, got undefined'),
    );
  });

  it('refuses -0, which would come back as a -0 current', () => {
    expect(() => yoyChange(-0, 0)).toThrow(new RangeError('yoyChange requires current to be a non-negative integer, got -0'));
    expect(() => yoyChange(0, -0)).toThrow(new RangeError('yoyChange requires previous to be a non-negative integer, got -0'));
  });
});

describe('momChange', () => {
  it('gives (本期 − 上期) / 上期', () => {
    // 3100 against 3000: 100 / 3000 = 0.0333…
    expect(momChange(3100, 3000)).toMatchObject({ difference: 100, direction: 'up', rate: { numerator: 100, denominator: 3000 } });
  });

  it('names itself in its errors', () => {
    expect(() => momChange(1, Number.POSITIVE_INFINITY)).toThrow(
      new RangeError('momChange requires previous to be a non-negative integer, got Infinity'),
    );
    expect(() => momChange(-0, 0)).toThrow(new RangeError('momChange requires current to be a non-negative integer, got -0'));
  });
});
