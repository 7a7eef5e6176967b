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
