import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { yoyChange } from '../../src/change/yoyChange.js';
import { formatChange } from '../../src/format/formatChange.js';
import { formatPercent } from '../../src/format/formatPercent.js';

const countArbitrary = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

describe('formatChange (properties)', () => {
  test.prop([countArbitrary, countArbitrary], { numRuns: 500 })(
    'says the word of the exact counts and the size that formatPercent gives the magnitude',
    (current, previous) => {
      const text = formatChange(yoyChange(current, previous));
      expect(text).not.toMatch(/-|NaN|Infinity|undefined|null/);
      if (previous === 0) {
        expect(text).toBe('上年同期无业务');
      } else if (current === previous) {
        expect(text).toBe('与上年同期持平');
      } else {
        const size = formatPercent({ numerator: Math.abs(current - previous), denominator: previous, value: null });
        expect(text).toBe(`同比${current > previous ? '增长' : '下降'}${size}`);
      }
    },
  );
});

describe('formatChange (properties), for both kinds and both languages', () => {
  const words = {
    'zh-CN': {
      yoy: { up: '同比增长', down: '同比下降', flat: '与上年同期持平', noBase: '上年同期无业务' },
      mom: { up: '环比增长', down: '环比下降', flat: '与上月持平', noBase: '上月无业务' },
    },
    en: {
      yoy: { up: 'up ', down: 'down ', flat: 'unchanged year on year', noBase: 'no cases in the same month last year' },
      mom: { up: 'up ', down: 'down ', flat: 'unchanged month on month', noBase: 'no cases in the previous month' },
    },
  } as const;

  test.prop(
    [
      countArbitrary,
      countArbitrary,
      fc.constantFrom('yoy' as const, 'mom' as const),
      fc.constantFrom('zh-CN' as const, 'en' as const),
    ],
    { numRuns: 500 },
  )('says the phrase of the direction, and no NaN, Infinity, undefined or null', (current, previous, kind, locale) => {
    const text = formatChange(yoyChange(current, previous), { kind, locale });
    const phrases = words[locale][kind];
    expect(text).not.toMatch(/-|NaN|Infinity|undefined|null/);
    if (previous === 0) expect(text).toBe(phrases.noBase);
    else if (current === previous) expect(text).toBe(phrases.flat);
    else expect(text.startsWith(current > previous ? phrases.up : phrases.down)).toBe(true);
    if (locale === 'en' && previous !== 0 && current !== previous) {
      expect(text.endsWith(kind === 'yoy' ? ' year on year' : ' month on month')).toBe(true);
    }
  });
});
