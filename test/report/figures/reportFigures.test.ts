import { describe, expect, it } from 'vitest';
import { countText, decimalsShown, figureTexts, publishedPercentOptions, resolveFigure } from '../../../src/report/figures/reportFigures.js';

const inferred = (min: number, max: number) => ({ inferred: { min, max, from: '' } });

describe('figureTexts', () => {
  it('reads an end with more on time than completed as every case on time', () => {
    // 10 of 10 on time is 100%; 11 of 10 is no figure, and the nearest values that are (10 of 10) give 100% too
    expect(figureTexts.onTimeRate(10, inferred(10, 11))).toEqual(['100%']);
    // 5 to 10 on time of 7: 5/7 = 71.43% at one end, 7/7 = 100% (the most that can be on time) at the other,
    // so the figure is open, not 71.43%
    expect(figureTexts.onTimeRate(7, inferred(5, 10))).toEqual(['71.43%', '100%']);
    // 0 to 3 completed, 2 to 5 on time: 2/3 = 66.67% at one end, 2 of 2 or 3 of 3 (100%) at the others
    expect(figureTexts.onTimeRate(inferred(0, 3), inferred(2, 5))).toEqual(['100%', '66.67%']);
    // nothing completed: no rate at any end, '—'
    expect(figureTexts.onTimeRate(0, 0)).toEqual(['—']);
  });

  it('words a change year on year or month on month', () => {
    // (110 − 100) / 100 = 10%
    expect(figureTexts.change('yoy', 110, 100)).toEqual(['同比增长10.00%']);
    expect(figureTexts.change('mom', 110, 100)).toEqual(['环比增长10.00%']);
  });

  it('prints 亿元 with the decimals asked for, zeros kept', () => {
    // 100000000 yuan = 1亿元: '1.0' at one decimal
    expect(figureTexts.hundredMillions(100_000_000)).toEqual(['1.0']);
    expect(figureTexts.hundredMillions(inferred(15_000_000, 24_999_999))).toEqual(['0.2']);
  });
});

describe('decimalsShown and publishedPercentOptions', () => {
  it('count the decimals of a percentage or an amount in 亿元', () => {
    expect(decimalsShown('99.53%')).toBe(2);
    expect(decimalsShown('100%')).toBe(0);
    expect(decimalsShown('0.25亿元')).toBe(2);
    expect(decimalsShown('up')).toBe(0);
  });

  it('try at most the 20 decimals a formatter prints', () => {
    expect(publishedPercentOptions(`99.${'5'.repeat(21)}%`)).toEqual([
      { digits: 20, trimZeros: false },
      { digits: 2, trimZeros: true },
    ]);
  });

  it('try the decimals shown, then two decimals with zeros dropped', () => {
    expect(publishedPercentOptions('99.5%')).toEqual([
      { digits: 1, trimZeros: false },
      { digits: 2, trimZeros: true },
    ]);
  });
});

describe('resolveFigure', () => {
  it('takes the one computed text, else the published one, else the range of computed texts', () => {
    expect(resolveFigure(['99.53%'], '99.5%')).toBe('99.53%');
    expect(resolveFigure(['99.52%', '99.53%'], '99.5%')).toBe('99.5%');
    expect(resolveFigure(['99.51%', '99.52%', '99.53%'])).toBe('99.51%–99.53%');
  });
});

describe('countText', () => {
  it('prints a count, or the ends of an inferred range, grouped on request', () => {
    expect(countText(35300)).toBe('35300');
    expect(countText(35300, true)).toBe('35,300');
    expect(countText(inferred(27944, 27946))).toBe('27944–27946');
    expect(countText(inferred(27944, 27946), true)).toBe('27,944–27,946');
    expect(countText(inferred(17, 17))).toBe('17');
  });
});
