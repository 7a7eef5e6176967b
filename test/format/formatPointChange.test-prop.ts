import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { pointChange } from '../../src/change/pointChange.js';
import { formatPercent } from '../../src/format/formatPercent.js';
import { formatPointChange } from '../../src/format/formatPointChange.js';
import type { Ratio } from '../../src/rates/Ratio.js';
import { ratio } from '../support/arbitraries.js';
import { expectClean } from '../support/expectClean.js';

/** A rate of small counts, so that a·d and c·b stay safe integers for the reference. */
const smallRatio = (): fc.Arbitrary<Ratio> =>
  fc
    .tuple(fc.nat({ max: 3000 }), fc.nat({ max: 3000 }))
    .map(([numerator, denominator]) => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator }));

const locales = fc.constantFrom('zh-CN' as const, 'en' as const);
const words = {
  'zh-CN': { up: '提高', down: '下降', flat: '持平' },
  en: { up: 'up ', down: 'down ', flat: 'unchanged' },
} as const;

describe('formatPointChange (properties)', () => {
  test.prop([ratio(), ratio(), locales], { numRuns: 500 })(
    "says the direction that pointChange decides, '—' when there is none, and no NaN, Infinity, undefined or null",
    (current, previous, locale) => {
      const change = pointChange(current, previous);
      const text = formatPointChange(change, { locale });
      expectClean(text);
      expect(text).not.toContain('-');
      if (change.direction === null) expect(text).toBe('—');
      else expect(text.startsWith(words[locale][change.direction])).toBe(true);
    },
  );

  test.prop([smallRatio(), smallRatio(), fc.integer({ min: 0, max: 4 })], { numRuns: 500 })(
    'prints the size formatPercent gives |a·d − c·b| / (b·d), in points',
    (current, previous, digits) => {
      const change = pointChange(current, previous);
      fc.pre(change.direction === 'up' || change.direction === 'down');
      const difference = Math.abs(current.numerator * previous.denominator - previous.numerator * current.denominator);
      const size = formatPercent(
        { numerator: difference, denominator: current.denominator * previous.denominator, value: null },
        { digits },
      ).replace('%', '');
      expect(formatPointChange(change, { digits })).toBe(`${words['zh-CN'][change.direction]}${size}个百分点`);
    },
  );

  test.prop([ratio(), ratio(), locales], { numRuns: 300 })(
    'is antisymmetric: swapping the rates swaps the word and keeps the size',
    (current, previous, locale) => {
      const forward = formatPointChange(pointChange(current, previous), { locale });
      const backward = formatPointChange(pointChange(previous, current), { locale });
      const swap = (text: string): string =>
        locale === 'en'
          ? text.replace(/^up /, '\u0000').replace(/^down /, 'up ').replace('\u0000', 'down ')
          : text.replace(/^提高/, '\u0000').replace(/^下降/, '提高').replace('\u0000', '下降');
      expect(backward).toBe(swap(forward));
    },
  );
});
