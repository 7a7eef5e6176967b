import { describe, expect, it } from 'vitest';
import { pointChange, type PointChange } from '../../src/change/pointChange.js';
import { formatPointChange } from '../../src/format/formatPointChange.js';
import type { Ratio } from '../../src/rates/Ratio.js';

function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

// 办结率 961/1000 = 96.1 % against 950/1000 = 95.0 %: 1.1 percentage points
const rise = pointChange(ratio(961, 1000), ratio(950, 1000));
const fall = pointChange(ratio(950, 1000), ratio(961, 1000));

describe('formatPointChange', () => {
  describe('Chinese (default)', () => {
    it('says 提高 and 下降 with the size in 百分点', () => {
      expect(formatPointChange(rise, { digits: 1 })).toBe('提高1.1个百分点');
      expect(formatPointChange(rise)).toBe('提高1.10个百分点');
      expect(formatPointChange(fall)).toBe('下降1.10个百分点');
      expect(formatPointChange(fall, { digits: 1, trimZeros: true })).toBe('下降1.1个百分点');
    });

    it('works from the seed’s 办结率 99.53 % against a full 100 %', () => {
      // 35133/35300 − 1 = −167/35300 = −0.473087…% → 下降0.47个百分点
      expect(formatPointChange(pointChange(ratio(35133, 35300), ratio(35133, 35133)))).toBe('下降0.47个百分点');
    });

    it('says 持平 for exactly equal rates, also when written differently', () => {
      expect(formatPointChange(pointChange(ratio(1, 2), ratio(2, 4)))).toBe('持平');
      expect(formatPointChange(pointChange(ratio(0, 5), ratio(0, 9)))).toBe('持平');
    });

    it('prints — when either rate is absent', () => {
      expect(formatPointChange(pointChange(ratio(1, 0), ratio(1, 2)))).toBe('—');
      expect(formatPointChange(pointChange(ratio(1, 2), ratio(0, 0)))).toBe('—');
      expect(formatPointChange(pointChange(ratio(1, 2), ratio(0, 0)), { locale: 'en' })).toBe('—');
    });

    it('keeps the direction of a difference that rounds to 0.00', () => {
      // 1000001/1000000 − 1 = 0.0001 percentage points → 0.00
      expect(formatPointChange(pointChange(ratio(1000001, 1000000), ratio(1, 1)))).toBe('提高0.00个百分点');
    });
  });

  describe('English', () => {
    it('words every case', () => {
      expect(formatPointChange(rise, { locale: 'en', digits: 1 })).toBe('up 1.1 percentage points');
      expect(formatPointChange(fall, { locale: 'en' })).toBe('down 1.10 percentage points');
      expect(formatPointChange(pointChange(ratio(3, 4), ratio(6, 8)), { locale: 'en' })).toBe('unchanged');
      expect(formatPointChange(pointChange(ratio(3, 0), ratio(6, 8)), { locale: 'en' })).toBe('—');
    });

    it('takes the singular for exactly 1', () => {
      // 96/100 − 95/100 = 1 point
      const one = pointChange(ratio(96, 100), ratio(95, 100));
      expect(formatPointChange(one, { locale: 'en', digits: 0 })).toBe('up 1 percentage point');
      expect(formatPointChange(one, { locale: 'en', trimZeros: true })).toBe('up 1 percentage point');
      expect(formatPointChange(one, { locale: 'en' })).toBe('up 1.00 percentage points');
    });
  });

  describe('exact rounding', () => {
    it('rounds the exact difference, not the float points', () => {
      // 1/3 − 1/4 = 1/12 = 8.3333… points; floats agree here, but the tie below does not
      expect(formatPointChange(pointChange(ratio(1, 3), ratio(1, 4)))).toBe('提高8.33个百分点');
      // 2107/4000 − 2000/4000 = 107/4000 = 2.675 points exactly (a tie)
      const tie = pointChange(ratio(2107, 4000), ratio(2000, 4000));
      expect(formatPointChange(tie)).toBe('提高2.68个百分点');
      expect(formatPointChange(tie, { rounding: 'half-even' })).toBe('提高2.68个百分点');
      expect(formatPointChange(tie, { rounding: 'down' })).toBe('提高2.67个百分点');
      // 1/800 = 0.125 points: half-even 0.12
      const even = pointChange(ratio(801, 800), ratio(1, 1));
      expect(formatPointChange(even, { rounding: 'half-even' })).toBe('提高0.12个百分点');
      expect(formatPointChange(even)).toBe('提高0.13个百分点');
    });

    it('handles negative rates (the rates of changes) and huge safe integers', () => {
      // −10 % against +5 %: down 15 points
      expect(formatPointChange(pointChange(ratio(-1, 10), ratio(1, 20)))).toBe('下降15.00个百分点');
      const max = Number.MAX_SAFE_INTEGER;
      // (max − 1)/max against 1: down 100/max points = 0.0000000000000111… → 0.00
      expect(formatPointChange(pointChange(ratio(max - 1, max), ratio(1, 1)))).toBe('下降0.00个百分点');
    });
  });

  describe('a caller-built change', () => {
    it('decides the direction from the integers, not the fields', () => {
      const lying: PointChange = { current: ratio(950, 1000), previous: ratio(961, 1000), points: 1.1, direction: 'up' };
      expect(formatPointChange(lying)).toBe('下降1.10个百分点');
      const noDirection: PointChange = { current: ratio(1, 2), previous: ratio(1, 4), points: null, direction: null };
      expect(formatPointChange(noDirection)).toBe('提高25.00个百分点');
    });
  });

  describe('errors', () => {
    const cases: [string, () => unknown, ErrorConstructor, string][] = [
      ['change undefined', () => formatPointChange(undefined as never), TypeError, 'formatPointChange requires change to be an object, got undefined'],
      ['current null', () => formatPointChange({ ...rise, current: null } as never), TypeError, 'formatPointChange requires change.current to be an object, got null'],
      ['previous missing', () => formatPointChange({ current: ratio(1, 2) } as never), TypeError, 'formatPointChange requires change.previous to be an object, got undefined'],
      ['numerator a string', () => formatPointChange({ ...rise, current: { numerator: '961', denominator: 1000 } } as never), TypeError, 'formatPointChange requires change.current.numerator to be a number, got "961"'],
      ['numerator fractional', () => formatPointChange({ ...rise, current: ratio(0.5, 1) }), RangeError, 'formatPointChange requires change.current.numerator to be an integer, got 0.5'],
      ['denominator negative', () => formatPointChange({ ...rise, previous: ratio(1, -5) }), RangeError, 'formatPointChange requires change.previous.denominator to be a non-negative integer, got -5'],
      ['options a string', () => formatPointChange(rise, 'x' as never), TypeError, 'formatPointChange requires options to be an object, got "x"'],
      ['locale unknown', () => formatPointChange(rise, { locale: 'fr' as never }), RangeError, `formatPointChange requires locale to be one of 'zh-CN', 'en', got "fr"`],
      ['locale not a string', () => formatPointChange(rise, { locale: 1 as never }), TypeError, `formatPointChange requires locale to be one of 'zh-CN', 'en', got 1`],
      ['digits negative', () => formatPointChange(rise, { digits: -1 }), RangeError, 'formatPointChange requires digits to be an integer from 0 to 20, got -1'],
      ['digits a boolean', () => formatPointChange(rise, { digits: true as never }), TypeError, 'formatPointChange requires digits to be a number, got true'],
      ['rounding unknown', () => formatPointChange(rise, { rounding: 'half-down' as never }), RangeError, `formatPointChange requires rounding to be one of 'half-up', 'half-even', 'down', got "half-down"`],
      ['trimZeros null', () => formatPointChange(rise, { trimZeros: null as never }), TypeError, 'formatPointChange requires trimZeros to be a boolean, got null'],
    ];
    it.each(cases)('throws for %s', (_label, call, errorClass, message) => {
      expect(call).toThrow(errorClass);
      expect(call).toThrow(new errorClass(message));
    });
  });
});
