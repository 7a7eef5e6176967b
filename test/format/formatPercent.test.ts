import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/format/formatPercent.js';
import type { Ratio } from '../../src/rates/Ratio.js';
import { completionRate } from '../../src/rates/completionRate.js';
import { onTimeRate } from '../../src/rates/onTimeRate.js';
import { share } from '../../src/rates/share.js';

/** A ratio from its integers (the float is not read by formatPercent). */
function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

describe('formatPercent', () => {
  describe('the seed report (五华区, January 2019)', () => {
    it('prints 办结率 35133 / 35300 as 99.53%', () => {
      // 3513300 / 35300 = 99.5269…; the third decimal 6 rounds the second up: 99.53
      expect(formatPercent(completionRate({ accepted: 35300, completed: 35133 }))).toBe('99.53%');
    });

    it('prints 按时办结率 35133 / 35133 as 100% with trimZeros', () => {
      expect(formatPercent(onTimeRate({ completed: 35133, completedOnTime: 35133 }), { trimZeros: true })).toBe('100%');
      expect(formatPercent(onTimeRate({ completed: 35133, completedOnTime: 35133 }))).toBe('100.00%');
    });

    it('prints the street offices’ fall 2517 / 24773 as 10.16%', () => {
      // 251700 / 24773 = 10.1602…: 10.16 (24773 is the base implied by the printed 10.16 %)
      expect(formatPercent(ratio(2517, 24773))).toBe('10.16%');
      expect(formatPercent(ratio(-2517, 24773))).toBe('-10.16%');
    });

    it('prints the share of 行政许可, 20564 / 35300, as 58.25%', () => {
      // 2056400 / 35300 = 58.2549…: 58.25
      expect(formatPercent(share(20564, 35300))).toBe('58.25%');
    });
  });

  describe('exact rounding', () => {
    it('rounds 107 / 4000 = 2.675 % exactly, where float toFixed gives 2.67', () => {
      // 10700 / 4000 = 2.675 exactly: a tie. Floats hold 2.67499999…, so toFixed(2) says 2.67.
      expect((107 / 4000 * 100).toFixed(2)).toBe('2.67');
      // half-up: the tie goes away from zero → 2.68
      expect(formatPercent(ratio(107, 4000))).toBe('2.68%');
      expect(formatPercent(ratio(107, 4000), { rounding: 'half-up' })).toBe('2.68%');
      // half-even: the tie goes to the even digit; 267 is odd, so 268 → 2.68
      expect(formatPercent(ratio(107, 4000), { rounding: 'half-even' })).toBe('2.68%');
      // down: 2.675 truncated → 2.67
      expect(formatPercent(ratio(107, 4000), { rounding: 'down' })).toBe('2.67%');
    });

    it('differs between half-up and half-even on 1 / 800 = 0.125 %', () => {
      // 100 / 800 = 0.125 exactly: a tie between 0.12 and 0.13.
      // half-up → 0.13; half-even → 0.12, because 12 is even
      expect(formatPercent(ratio(1, 800))).toBe('0.13%');
      expect(formatPercent(ratio(1, 800), { rounding: 'half-even' })).toBe('0.12%');
      // 3 / 800 = 0.375 %: half-even goes up to the even 38
      expect(formatPercent(ratio(3, 800), { rounding: 'half-even' })).toBe('0.38%');
    });

    it('rounds a non-tie to the nearest in half-even as in half-up', () => {
      // 1 / 3 = 33.333…: 33.33 in both; 2 / 3 = 66.666…: 66.67 in both
      expect(formatPercent(ratio(1, 3), { rounding: 'half-even' })).toBe('33.33%');
      expect(formatPercent(ratio(2, 3), { rounding: 'half-even' })).toBe('66.67%');
    });

    it('truncates 19999 / 20000 = 99.995 % to 99.99% with down, where half-up says 100.00%', () => {
      // 1999900 / 20000 = 99.995 exactly
      expect(formatPercent(ratio(19999, 20000), { rounding: 'down' })).toBe('99.99%');
      expect(formatPercent(ratio(19999, 20000))).toBe('100.00%');
      // half-even: 9999 is odd, so the tie goes to 10000 → 100.00
      expect(formatPercent(ratio(19999, 20000), { rounding: 'half-even' })).toBe('100.00%');
    });

    it('prints rates over 100 % (carry-over) as they are', () => {
      // 办结 120 of 受理 100: 120 %
      expect(formatPercent(completionRate({ accepted: 100, completed: 120 }))).toBe('120.00%');
    });
  });

  describe('negative numerators (the rate of a fall)', () => {
    it('rounds half-up away from zero: −2.675 % → -2.68%', () => {
      expect(formatPercent(ratio(-107, 4000))).toBe('-2.68%');
      expect(formatPercent(ratio(-107, 4000), { rounding: 'down' })).toBe('-2.67%');
    });

    it('rounds half-even symmetrically: −0.125 % → -0.12%, half-up → -0.13%', () => {
      expect(formatPercent(ratio(-1, 800), { rounding: 'half-even' })).toBe('-0.12%');
      expect(formatPercent(ratio(-1, 800))).toBe('-0.13%');
    });

    it('never prints -0.00%: a value that rounds to zero has no sign', () => {
      // −1 / 1000000 = −0.0001 % → 0.00
      expect(formatPercent(ratio(-1, 1000000))).toBe('0.00%');
      // −0.004 % truncated → 0.00
      expect(formatPercent(ratio(-4, 100000), { rounding: 'down' })).toBe('0.00%');
      // −0.005 % half-even → 0.00 (0 is even); half-up → -0.01
      expect(formatPercent(ratio(-5, 100000), { rounding: 'half-even' })).toBe('0.00%');
      expect(formatPercent(ratio(-5, 100000))).toBe('-0.01%');
      // −1 / 300 = −0.333… % → 0 at 0 digits
      expect(formatPercent(ratio(-1, 300), { digits: 0, trimZeros: true })).toBe('0%');
    });
  });

  describe('digits and trimZeros', () => {
    it('prints no decimal point with digits 0', () => {
      // 99.5269… → 100; 0.125 → 0 (half-up on 0.125 at 0 digits: below half)
      expect(formatPercent(ratio(35133, 35300), { digits: 0 })).toBe('100%');
      expect(formatPercent(ratio(35133, 35300), { digits: 0, rounding: 'down' })).toBe('99%');
      expect(formatPercent(ratio(1, 800), { digits: 0 })).toBe('0%');
      // 1 / 200 = 0.5 %: tie at 0 digits; half-up 1, half-even 0
      expect(formatPercent(ratio(1, 200), { digits: 0 })).toBe('1%');
      expect(formatPercent(ratio(1, 200), { digits: 0, rounding: 'half-even' })).toBe('0%');
    });

    it('keeps one decimal with digits 1', () => {
      expect(formatPercent(ratio(35133, 35300), { digits: 1 })).toBe('99.5%');
    });

    it('prints up to 20 exact decimals', () => {
      // 100 / 3 = 33.333…; the 21st decimal 3 rounds down
      expect(formatPercent(ratio(1, 3), { digits: 20 })).toBe('33.33333333333333333333%');
      // 200 / 3 = 66.666…; the 21st decimal 6 rounds up
      expect(formatPercent(ratio(2, 3), { digits: 20 })).toBe('66.66666666666666666667%');
      expect(formatPercent(ratio(1, 8), { digits: 20 })).toBe('12.50000000000000000000%');
    });

    it('keeps huge safe integers exact', () => {
      // (2^53 − 1) / (2^53 − 2) = 1 + 1/(2^53 − 2): 100.0000000000000111…%
      const max = Number.MAX_SAFE_INTEGER;
      expect(formatPercent(ratio(max, max - 1), { digits: 17 })).toBe('100.00000000000001110%');
      expect(formatPercent(ratio(max, 1))).toBe('900719925474099100.00%');
      expect(formatPercent(ratio(-max, 1))).toBe('-900719925474099100.00%');
    });

    it('drops trailing zeros and then a trailing point with trimZeros', () => {
      expect(formatPercent(ratio(1, 1), { trimZeros: true })).toBe('100%');
      expect(formatPercent(ratio(199, 200), { trimZeros: true })).toBe('99.5%');
      expect(formatPercent(ratio(35133, 35300), { trimZeros: true })).toBe('99.53%');
      // zeros before the point stay: 10 %, not 1 %
      expect(formatPercent(ratio(1, 10), { trimZeros: true })).toBe('10%');
      expect(formatPercent(ratio(1, 10), { digits: 0, trimZeros: true })).toBe('10%');
      expect(formatPercent(ratio(0, 10), { trimZeros: true })).toBe('0%');
      expect(formatPercent(ratio(1, 1), { trimZeros: false })).toBe('100.00%');
    });
  });

  describe('no rate', () => {
    it('prints — for null', () => {
      expect(formatPercent(null)).toBe('\u2014');
    });

    it('prints — for a zero denominator, whatever the numerator', () => {
      expect(formatPercent(completionRate({ accepted: 0, completed: 0 }))).toBe('—');
      expect(formatPercent(ratio(4, 0))).toBe('—');
      expect(formatPercent(ratio(-4, 0), { trimZeros: true })).toBe('—');
    });

    it('does not read the float value', () => {
      expect(formatPercent({ numerator: 1, denominator: 4, value: 0.9 })).toBe('25.00%');
      expect(formatPercent({ numerator: 1, denominator: 0, value: 0 })).toBe('—');
    });
  });

  describe('errors', () => {
    const half = ratio(1, 2);
    const cases: [string, () => unknown, ErrorConstructor, string][] = [
      ['ratio undefined', () => formatPercent(undefined as never), TypeError, 'formatPercent requires ratio to be an object, got undefined'],
      ['ratio a number', () => formatPercent(0.5 as never), TypeError, 'formatPercent requires ratio to be an object, got 0.5'],
      ['ratio an array', () => formatPercent([1, 2] as never), TypeError, 'formatPercent requires ratio to be an object, got an array of length 2'],
      ['numerator a string', () => formatPercent({ numerator: '1', denominator: 2 } as never), TypeError, 'formatPercent requires ratio.numerator to be a number, got "1"'],
      ['numerator fractional', () => formatPercent(ratio(1.5, 2)), RangeError, 'formatPercent requires ratio.numerator to be an integer, got 1.5'],
      ['numerator NaN', () => formatPercent(ratio(Number.NaN, 2)), RangeError, 'formatPercent requires ratio.numerator to be an integer, got NaN'],
      ['numerator unsafe', () => formatPercent(ratio(2 ** 53, 2)), RangeError, 'formatPercent requires ratio.numerator to be an integer, got 9007199254740992'],
      ['numerator -0', () => formatPercent(ratio(-0, 7)), RangeError, 'formatPercent requires ratio.numerator to be an integer, got -0'],
      ['denominator missing', () => formatPercent({ numerator: 1 } as never), TypeError, 'formatPercent requires ratio.denominator to be a number, got undefined'],
      ['denominator negative', () => formatPercent(ratio(1, -1)), RangeError, 'formatPercent requires ratio.denominator to be a non-negative integer, got -1'],
      ['denominator Infinity', () => formatPercent(ratio(1, Infinity)), RangeError, 'formatPercent requires ratio.denominator to be a non-negative integer, got Infinity'],
      ['options a string', () => formatPercent(half, 'x' as never), TypeError, 'formatPercent requires options to be an object, got "x"'],
      ['options null', () => formatPercent(half, null as never), TypeError, 'formatPercent requires options to be an object, got null'],
      ['digits a string', () => formatPercent(half, { digits: '2' as never }), TypeError, 'formatPercent requires digits to be a number, got "2"'],
      ['digits 21', () => formatPercent(half, { digits: 21 }), RangeError, 'formatPercent requires digits to be an integer from 0 to 20, got 21'],
      ['digits -1', () => formatPercent(half, { digits: -1 }), RangeError, 'formatPercent requires digits to be an integer from 0 to 20, got -1'],
      ['digits 1.5', () => formatPercent(half, { digits: 1.5 }), RangeError, 'formatPercent requires digits to be an integer from 0 to 20, got 1.5'],
      ['digits NaN', () => formatPercent(half, { digits: Number.NaN }), RangeError, 'formatPercent requires digits to be an integer from 0 to 20, got NaN'],
      ['rounding unknown', () => formatPercent(half, { rounding: 'ceil' as never }), RangeError, "formatPercent requires rounding to be one of 'half-up', 'half-even', 'down', got \"ceil\""],
      ['rounding a number', () => formatPercent(half, { rounding: 1 as never }), TypeError, "formatPercent requires rounding to be one of 'half-up', 'half-even', 'down', got 1"],
      ['trimZeros a string', () => formatPercent(half, { trimZeros: 'yes' as never }), TypeError, 'formatPercent requires trimZeros to be a boolean, got "yes"'],
      ['bad options with a null ratio', () => formatPercent(null, { digits: 99 }), RangeError, 'formatPercent requires digits to be an integer from 0 to 20, got 99'],
    ];
    it.each(cases)('throws for %s', (_label, call, errorClass, message) => {
      expect(call).toThrow(errorClass);
      expect(call).toThrow(new errorClass(message));
    });
  });
});
