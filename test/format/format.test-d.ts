import { describe, expectTypeOf, it } from 'vitest';
import {
  formatChange,
  formatPercent,
  formatPointChange,
  yoyChange,
  type FormatChangeOptions,
  type FormatPercentOptions,
  type FormatPointChangeOptions,
  type PointChange,
  type Ratio,
  type RoundingMode,
} from '../../src/index.js';

const rate: Ratio = { numerator: 35133, denominator: 35300, value: 35133 / 35300 };

describe('format options (types)', () => {
  it('names the three rounding modes', () => {
    expectTypeOf<RoundingMode>().toEqualTypeOf<'half-up' | 'half-even' | 'down'>();
    expectTypeOf<FormatPercentOptions['rounding']>().toEqualTypeOf<RoundingMode | undefined>();
  });

  it('shares digits, rounding and trimZeros across the three formatters', () => {
    expectTypeOf<FormatChangeOptions>().toExtend<FormatPercentOptions>();
    expectTypeOf<FormatPointChangeOptions>().toExtend<FormatPercentOptions>();
    expectTypeOf<FormatChangeOptions['kind']>().toEqualTypeOf<'yoy' | 'mom' | undefined>();
    expectTypeOf<FormatChangeOptions['locale']>().toEqualTypeOf<'zh-CN' | 'en' | undefined>();
    expectTypeOf<FormatPointChangeOptions['locale']>().toEqualTypeOf<'zh-CN' | 'en' | undefined>();
  });

  it('returns strings and accepts null for no rate', () => {
    expectTypeOf(formatPercent(rate)).toEqualTypeOf<string>();
    expectTypeOf(formatPercent(null, { digits: 1 })).toEqualTypeOf<string>();
    expectTypeOf(formatChange(yoyChange(1, 2), { kind: 'mom', locale: 'en' })).toEqualTypeOf<string>();
    expectTypeOf(formatPointChange).parameter(0).toEqualTypeOf<PointChange>();
  });

  it('rejects unknown modes, kinds and locales', () => {
    // @ts-expect-error: 'ceil' is not a RoundingMode
    formatPercent(rate, { rounding: 'ceil' });
    // @ts-expect-error: digits is a number
    formatPercent(rate, { digits: '2' });
    // @ts-expect-error: 'qoq' is not a kind
    formatChange(yoyChange(1, 2), { kind: 'qoq' });
    // @ts-expect-error: formatPercent has no locale
    formatPercent(rate, { locale: 'en' });
    // @ts-expect-error: formatPointChange has no kind
    formatPointChange({ current: rate, previous: rate, points: 0, direction: 'flat' }, { kind: 'yoy' });
  });
});
