import { describe, expect, it } from 'vitest';
import { parseTimeLimit } from '../../src/calendar/parseTimeLimit.js';

const FORMS = '"15个工作日", "15工作日", "20天", "20日", "3个自然日", "48小时", "即办" or "即时办结" (or a number with options.unit)';

describe('parseTimeLimit', () => {
  it('reads every form that exports write', () => {
    expect(
      ['15个工作日', '15工作日', '20天', '20日', '3个自然日', '3自然日', '48小时', '48个小时', '即办', '即时办结'].map((text) => parseTimeLimit(text)),
    ).toEqual([
      { amount: 15, unit: 'working-days' },
      { amount: 15, unit: 'working-days' },
      { amount: 20, unit: 'natural-days' },
      { amount: 20, unit: 'natural-days' },
      { amount: 3, unit: 'natural-days' },
      { amount: 3, unit: 'natural-days' },
      { amount: 48, unit: 'hours' },
      { amount: 48, unit: 'hours' },
      { amount: 0, unit: 'working-days' },
      { amount: 0, unit: 'working-days' },
    ]);
  });

  it('allows spaces and full-width digits', () => {
    expect(parseTimeLimit(' 15 个工作日 ')).toEqual({ amount: 15, unit: 'working-days' });
    expect(parseTimeLimit('１５个工作日')).toEqual({ amount: 15, unit: 'working-days' });
  });

  it('reads a bare number with the unit of its own column', () => {
    expect(parseTimeLimit(15, { unit: 'working-days' })).toEqual({ amount: 15, unit: 'working-days' });
    expect(parseTimeLimit('15', { unit: '个工作日' })).toEqual({ amount: 15, unit: 'working-days' });
    expect(parseTimeLimit(20, { unit: '天' })).toEqual({ amount: 20, unit: 'natural-days' });
    expect(parseTimeLimit(48, { unit: '小时' })).toEqual({ amount: 48, unit: 'hours' });
    // The text's own word wins over the column's unit
    expect(parseTimeLimit('3小时', { unit: '工作日' })).toEqual({ amount: 3, unit: 'hours' });
  });

  it('reads 天 and 日 as working days for limits under 行政许可法 (第八十二条)', () => {
    expect(parseTimeLimit('20日', { days: 'working-days' })).toEqual({ amount: 20, unit: 'working-days' });
    expect(parseTimeLimit(20, { unit: '日', days: 'working-days' })).toEqual({ amount: 20, unit: 'working-days' });
    expect(parseTimeLimit('3个自然日', { days: 'working-days' })).toEqual({ amount: 3, unit: 'natural-days' });
  });

  it('refuses anything else, listing the forms', () => {
    for (const bad of ['十五个工作日', '两周', '15 working days', '1.5天', '-3天', '', '即办件']) {
      expect(() => parseTimeLimit(bad)).toThrowError(new RangeError(`parseTimeLimit requires text to be a time limit such as ${FORMS}, got ${JSON.stringify(bad)}`));
    }
    expect(() => parseTimeLimit('15')).toThrowError(new RangeError('parseTimeLimit requires text to name its unit, or options.unit to be given, got "15"'));
    expect(() => parseTimeLimit(15)).toThrowError(new RangeError('parseTimeLimit requires text to name its unit, or options.unit to be given, got 15'));
    expect(() => parseTimeLimit(1.5, { unit: '天' })).toThrowError(
      new RangeError('parseTimeLimit requires text to be a non-negative integer when it is a number, got 1.5'),
    );
    expect(() => parseTimeLimit('15', { unit: 'weeks' as never })).toThrowError(RangeError);
  });

  it('refuses -0, which would come back as an amount of -0', () => {
    // Found by npm run fuzz (seed 908018041): parseTimeLimit(-0, { unit: '工作日' }) gave { amount: -0, … }
    expect(() => parseTimeLimit(-0, { unit: '工作日' })).toThrowError(
      new RangeError('parseTimeLimit requires text to be a non-negative integer when it is a number, got -0'),
    );
  });
});
