import { describe, expect, it } from 'vitest';
import { parseTimeLimit } from '../../src/calendar/parseTimeLimit.js';
import { timeLimitCompressionRate } from '../../src/calendar/timeLimitCompressionRate.js';

describe('timeLimitCompressionRate (承诺时限压缩率)', () => {
  it('is (法定时限 − 承诺时限) / 法定时限, exactly', () => {
    // 20 working days by law, 5 committed: (20 − 5) / 20 = 75 %
    expect(timeLimitCompressionRate(parseTimeLimit('20个工作日'), parseTimeLimit('5个工作日'))).toEqual({ numerator: 15, denominator: 20, value: 0.75 });
    // 30 days by law, 30 committed: no compression
    expect(timeLimitCompressionRate(parseTimeLimit('30天'), parseTimeLimit('30日'))).toEqual({ numerator: 0, denominator: 30, value: 0 });
  });

  it('gives 即办 100 % against a limit in any unit', () => {
    expect(timeLimitCompressionRate(parseTimeLimit('20天'), parseTimeLimit('即办'))).toEqual({ numerator: 20, denominator: 20, value: 1 });
    expect(timeLimitCompressionRate(parseTimeLimit('48小时'), parseTimeLimit('即时办结')).value).toBe(1);
  });

  it('has no rate for a legal limit of 0', () => {
    expect(timeLimitCompressionRate(parseTimeLimit('即办'), parseTimeLimit('即办'))).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('refuses limits in two units, and a commitment longer than the law', () => {
    expect(() => timeLimitCompressionRate(parseTimeLimit('20个工作日'), parseTimeLimit('20天'))).toThrowError(
      new RangeError("timeLimitCompressionRate requires committedLimit.unit to be 'working-days' like statutoryLimit's, got 'natural-days'"),
    );
    expect(() => timeLimitCompressionRate(parseTimeLimit('20个工作日'), parseTimeLimit('25个工作日'))).toThrowError(
      new RangeError('timeLimitCompressionRate requires committedLimit.amount (25) to be at most statutoryLimit.amount (20)'),
    );
  });
});
