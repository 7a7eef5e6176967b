import { describe, expect, it } from 'vitest';
import { publishedChangeText, unitFigures } from '../../../src/report/figures/unitFigures.js';

describe('publishedChangeText', () => {
  it('keeps the Chinese text as printed', () => {
    expect(publishedChangeText('同比下降10.16%', 'zh-CN')).toBe('同比下降10.16%');
  });

  it.each([
    ['同比下降10.16%', 'down 10.16% year on year'],
    ['环比增长5%', 'up 5% month on month'],
    ['与上年同期持平', 'unchanged year on year'],
    ['与上月持平', 'unchanged month on month'],
    ['上年同期无业务', 'no cases in the same month last year'],
    ['上月无业务', 'no cases in the previous month'],
    // anything else is quoted as printed, including a change with more around it
    ['大幅增长', '“大幅增长”'],
    ['约同比增长5%', '“约同比增长5%”'],
    ['同比增长5%以上', '“同比增长5%以上”'],
  ])('words %s in English', (text, english) => {
    expect(publishedChangeText(text, 'en')).toBe(english);
  });
});

describe('unitFigures', () => {
  it('computes every figure the counts give', () => {
    // 8 / 10 = 80%; 6 / 8 = 75%; (10 − 8) / 8 = 25% year on year; (10 − 5) / 5 = 100% month on month
    const unit = { tally: { accepted: 10, completed: 8, completedOnTime: 6 }, previousYear: { accepted: 8 }, previousMonth: { accepted: 5 } };
    expect(unitFigures(unit, 'zh-CN')).toEqual({ completionRate: '80%', onTimeRate: '75%', yoy: '同比增长25.00%', mom: '环比增长100.00%' });
    expect(unitFigures(unit, 'en').mom).toBe('up 100.00% month on month');
  });
});
