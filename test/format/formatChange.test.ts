import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/change/Change.js';
import { momChange } from '../../src/change/momChange.js';
import { yoyChange } from '../../src/change/yoyChange.js';
import { formatChange } from '../../src/format/formatChange.js';

describe('formatChange', () => {
  describe('the seed report (五华区, January 2019)', () => {
    it('says 同比增长26.32% for the centre’s 35300 cases', () => {
      // The report gives 35300 and "+26.32 %"; 27945 is a base that gives it:
      // 7355 / 27945 = 26.3195…% → 26.32
      expect(formatChange(yoyChange(35300, 27945))).toBe('同比增长26.32%');
    });

    it('says 同比下降10.16% for the street offices’ 22256 cases, never 增长-10.16%', () => {
      // 2517 / 24773 = 10.1602…% → 10.16 (24773 is the base implied by the printed 10.16 %)
      expect(formatChange(yoyChange(22256, 24773))).toBe('同比下降10.16%');
    });
  });

  describe('Chinese (default)', () => {
    it('defaults to 同比', () => {
      expect(formatChange(yoyChange(3100, 3000))).toBe('同比增长3.33%');
      expect(formatChange(yoyChange(3100, 3000), { kind: 'yoy', locale: 'zh-CN' })).toBe('同比增长3.33%');
    });

    it('says 环比 with kind mom', () => {
      // 100 / 3000 = 3.333…% → 3.33
      expect(formatChange(momChange(3100, 3000), { kind: 'mom' })).toBe('环比增长3.33%');
      expect(formatChange(momChange(2900, 3000), { kind: 'mom' })).toBe('环比下降3.33%');
    });

    it('says 持平 only for equal counts', () => {
      expect(formatChange(yoyChange(120, 120))).toBe('与上年同期持平');
      expect(formatChange(momChange(120, 120), { kind: 'mom' })).toBe('与上月持平');
    });

    it('says 无业务 whenever the base is 0, also when both counts are 0', () => {
      expect(formatChange(yoyChange(5, 0))).toBe('上年同期无业务');
      expect(formatChange(yoyChange(0, 0))).toBe('上年同期无业务');
      expect(formatChange(momChange(5, 0), { kind: 'mom' })).toBe('上月无业务');
      expect(formatChange(momChange(0, 0), { kind: 'mom' })).toBe('上月无业务');
    });

    it('keeps the direction of a change that rounds to 0.00', () => {
      // 1 / 1000000 = 0.0001 % → 0.00, but the counts differ: 增长, not 持平
      expect(formatChange(yoyChange(1000001, 1000000))).toBe('同比增长0.00%');
      expect(formatChange(yoyChange(999999, 1000000))).toBe('同比下降0.00%');
      expect(formatChange(yoyChange(999999, 1000000), { trimZeros: true })).toBe('同比下降0%');
    });

    it('prints a fall to nothing as 下降100.00% and a rise above 100 %', () => {
      expect(formatChange(yoyChange(0, 10))).toBe('同比下降100.00%');
      // (300 − 100) / 100 = 200 %
      expect(formatChange(yoyChange(300, 100))).toBe('同比增长200.00%');
    });
  });

  describe('English', () => {
    it('words every case', () => {
      const en = { locale: 'en' } as const;
      const mom = { locale: 'en', kind: 'mom' } as const;
      expect(formatChange(yoyChange(35300, 27945), en)).toBe('up 26.32% year on year');
      expect(formatChange(yoyChange(22256, 24773), en)).toBe('down 10.16% year on year');
      expect(formatChange(yoyChange(7, 7), en)).toBe('unchanged year on year');
      expect(formatChange(yoyChange(7, 0), en)).toBe('no cases in the same month last year');
      expect(formatChange(momChange(3100, 3000), mom)).toBe('up 3.33% month on month');
      expect(formatChange(momChange(2900, 3000), mom)).toBe('down 3.33% month on month');
      expect(formatChange(momChange(7, 7), mom)).toBe('unchanged month on month');
      expect(formatChange(momChange(0, 0), mom)).toBe('no cases in the previous month');
    });
  });

  describe('rounding options', () => {
    it('rounds the exact rate with the chosen mode', () => {
      // 107 / 4000 = 2.675 % exactly
      expect(formatChange(yoyChange(4107, 4000))).toBe('同比增长2.68%');
      expect(formatChange(yoyChange(4107, 4000), { rounding: 'down' })).toBe('同比增长2.67%');
      expect(formatChange(yoyChange(3893, 4000), { rounding: 'down' })).toBe('同比下降2.67%');
      // 1 / 800 = 0.125 %: half-up 0.13, half-even 0.12 (12 is even)
      expect(formatChange(yoyChange(801, 800))).toBe('同比增长0.13%');
      expect(formatChange(yoyChange(799, 800), { rounding: 'half-even' })).toBe('同比下降0.12%');
    });

    it('takes digits and trimZeros', () => {
      // 2 / 4 = 50 %
      expect(formatChange(yoyChange(6, 4), { trimZeros: true })).toBe('同比增长50%');
      expect(formatChange(yoyChange(22256, 24773), { digits: 1 })).toBe('同比下降10.2%');
      expect(formatChange(yoyChange(22256, 24773), { digits: 0 })).toBe('同比下降10%');
    });
  });

  describe('a caller-built change', () => {
    it('accepts a rate equal to difference / previous as a rational', () => {
      // 1 / 3 written as 2 / 6: 33.33 %
      const change: Change = { current: 4, previous: 3, difference: 1, rate: { numerator: 2, denominator: 6, value: 1 / 3 }, direction: 'up' };
      expect(formatChange(change)).toBe('同比增长33.33%');
    });

    it('accepts any numerator over 0 for a zero base', () => {
      const change: Change = { current: 5, previous: 0, difference: 5, rate: { numerator: 1, denominator: 0, value: null }, direction: 'up' };
      expect(formatChange(change)).toBe('上年同期无业务');
    });

    it('does not read rate.value', () => {
      const change: Change = { ...yoyChange(22256, 24773), rate: { numerator: -2517, denominator: 24773, value: 0.5 } };
      expect(formatChange(change)).toBe('同比下降10.16%');
    });
  });

  describe('errors', () => {
    const fall = yoyChange(22256, 24773);
    const cases: [string, () => unknown, ErrorConstructor, string][] = [
      ['change null', () => formatChange(null as never), TypeError, 'formatChange requires change to be an object, got null'],
      ['change a number', () => formatChange(5 as never), TypeError, 'formatChange requires change to be an object, got 5'],
      ['current a string', () => formatChange({ ...fall, current: '5' } as never), TypeError, 'formatChange requires change.current to be a number, got "5"'],
      ['current fractional', () => formatChange({ ...fall, current: 1.5 }), RangeError, 'formatChange requires change.current to be a non-negative integer, got 1.5'],
      ['previous negative', () => formatChange({ ...fall, previous: -1 }), RangeError, 'formatChange requires change.previous to be a non-negative integer, got -1'],
      ['previous missing', () => formatChange({ current: 1 } as never), TypeError, 'formatChange requires change.previous to be a number, got undefined'],
      ['difference missing', () => formatChange({ current: 1, previous: 1 } as never), TypeError, 'formatChange requires change.difference to be a number, got undefined'],
      ['difference of the wrong sign', () => formatChange({ ...fall, difference: 2517 }), RangeError, 'formatChange requires change.difference to be current - previous = -2517, got 2517'],
      ['rate missing', () => formatChange({ ...fall, rate: undefined } as never), TypeError, 'formatChange requires change.rate to be an object, got undefined'],
      ['rate numerator fractional', () => formatChange({ ...fall, rate: { numerator: 0.5, denominator: 1, value: 0.5 } }), RangeError, 'formatChange requires change.rate.numerator to be an integer, got 0.5'],
      ['rate of the wrong sign', () => formatChange({ ...fall, rate: { numerator: 2517, denominator: 24773, value: 0.1 } }), RangeError, 'formatChange requires change.rate to be difference / previous = -2517/24773, got 2517/24773'],
      ['rate with no base for a base', () => formatChange({ ...fall, rate: { numerator: -2517, denominator: 0, value: null } }), RangeError, 'formatChange requires change.rate to be difference / previous = -2517/24773, got -2517/0'],
      ['rate with a base for no base', () => formatChange({ ...yoyChange(0, 0), rate: { numerator: 0, denominator: 1, value: 0 } }), RangeError, 'formatChange requires change.rate to be difference / previous = 0/0, got 0/1'],
      ['direction wrong', () => formatChange({ ...fall, direction: 'up' }), RangeError, `formatChange requires change.direction to be 'down' (the sign of difference), got "up"`],
      ['direction flat for a change', () => formatChange({ ...yoyChange(5, 0), direction: 'flat' }), RangeError, `formatChange requires change.direction to be 'up' (the sign of difference), got "flat"`],
      ['direction unknown', () => formatChange({ ...fall, direction: 'sideways' } as never), RangeError, `formatChange requires change.direction to be one of 'up', 'down', 'flat', got "sideways"`],
      ['direction missing', () => formatChange({ ...fall, direction: undefined } as never), TypeError, `formatChange requires change.direction to be one of 'up', 'down', 'flat', got undefined`],
      ['options a number', () => formatChange(fall, 2 as never), TypeError, 'formatChange requires options to be an object, got 2'],
      ['kind unknown', () => formatChange(fall, { kind: 'qoq' as never }), RangeError, `formatChange requires kind to be one of 'yoy', 'mom', got "qoq"`],
      ['kind not a string', () => formatChange(fall, { kind: null as never }), TypeError, `formatChange requires kind to be one of 'yoy', 'mom', got null`],
      ['locale unknown', () => formatChange(fall, { locale: 'fr' as never }), RangeError, `formatChange requires locale to be one of 'zh-CN', 'en', got "fr"`],
      ['digits too large', () => formatChange(fall, { digits: 21 }), RangeError, 'formatChange requires digits to be an integer from 0 to 20, got 21'],
      ['digits a string', () => formatChange(fall, { digits: '1' as never }), TypeError, 'formatChange requires digits to be a number, got "1"'],
      ['rounding unknown', () => formatChange(fall, { rounding: 'up' as never }), RangeError, `formatChange requires rounding to be one of 'half-up', 'half-even', 'down', got "up"`],
      ['trimZeros a number', () => formatChange(fall, { trimZeros: 1 as never }), TypeError, 'formatChange requires trimZeros to be a boolean, got 1'],
    ];
    it.each(cases)('throws for %s', (_label, call, errorClass, message) => {
      expect(call).toThrow(errorClass);
      expect(call).toThrow(new errorClass(message));
    });
  });
});
