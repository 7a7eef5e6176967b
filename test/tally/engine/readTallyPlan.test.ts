import { describe, expect, it } from 'vitest';
import { readTallyPlan } from '../../../src/tally/engine/readTallyPlan.js';
import { DEFAULT_RECORD_RULES } from '../../../src/tally/read/readCaseRecord.js';

describe('readTallyPlan', () => {
  it('gives one month cut at UTC+8 with the defaults', () => {
    // 2019-01 on a clock 480 minutes ahead of UTC: 2019-01-01T00:00+08:00 = Date.UTC(2018, 11, 31, 16)
    // = 1546272000000, up to 2019-02-01T00:00+08:00 = Date.UTC(2019, 0, 31, 16) = 1548950400000
    expect(readTallyPlan('tallyCases', { period: '2019-01', by: 'department' })).toEqual({
      fn: 'tallyCases',
      months: ['2019-01'],
      by: ['department'],
      byDepartment: true,
      byCategory: false,
      byStreetOffice: false,
      byPeriod: false,
      cellMonths: 1,
      bounds: Float64Array.of(1546272000000, 1548950400000),
      start: 1546272000000,
      end: 1548950400000,
      omitMissingStreetOffice: false,
      collect: false,
      rules: DEFAULT_RECORD_RULES,
    });
  });

  it('gives a bound per month when grouped by period', () => {
    // month starts at UTC+8: 2018-12-01, 2019-01-01, 2019-02-01, 2019-03-01, each 8 hours before UTC midnight
    const plan = readTallyPlan('tallyCases', { period: { from: '2018-12', to: '2019-02' }, by: ['period', 'category'] });
    expect(plan.months).toEqual(['2018-12', '2019-01', '2019-02']);
    expect(plan.by).toEqual(['period', 'category']);
    expect(plan.cellMonths).toBe(3);
    expect(plan.bounds).toEqual(
      Float64Array.of(Date.UTC(2018, 10, 30, 16), Date.UTC(2018, 11, 31, 16), Date.UTC(2019, 0, 31, 16), Date.UTC(2019, 1, 28, 16)),
    );
  });

  it('takes offsets from -720 to 840 minutes', () => {
    // 2019-01-01T00:00-12:00 = Date.UTC(2019, 0, 1, 12); 2019-01-01T00:00+14:00 = Date.UTC(2018, 11, 31, 10)
    expect(readTallyPlan('tallyCases', { period: '2019-01', by: [], utcOffsetMinutes: -720 }).start).toBe(Date.UTC(2019, 0, 1, 12));
    expect(readTallyPlan('tallyCases', { period: '2019-01', by: [], utcOffsetMinutes: 840 }).start).toBe(Date.UTC(2018, 11, 31, 10));
    expect(() => readTallyPlan('tallyCases', { period: '2019-01', by: [], utcOffsetMinutes: -721 })).toThrow(
      new RangeError('tallyCases requires utcOffsetMinutes to be an integer from -720 to 840, got -721'),
    );
    expect(() => readTallyPlan('tallyCases', { period: '2019-01', by: [], utcOffsetMinutes: 841 })).toThrow(
      new RangeError('tallyCases requires utcOffsetMinutes to be an integer from -720 to 840, got 841'),
    );
  });

  it('rejects an offset that is not a number', () => {
    expect(() => readTallyPlan('tallyCases', { period: '2019-01', by: [], utcOffsetMinutes: '480' as never })).toThrow(
      new TypeError('tallyCases requires utcOffsetMinutes to be a number, got "480"'),
    );
  });

  it('takes a range of up to 1200 months', () => {
    // 2000-01 to 2099-12: 100 years, 1200 months; 2000-01 to 2100-01 is one month more
    const months = readTallyPlan('tallyCases', { period: { from: '2000-01', to: '2099-12' }, by: [] }).months;
    expect([months.length, months[0], months[1199]]).toEqual([1200, '2000-01', '2099-12']);
    expect(() => readTallyPlan('tallyCases', { period: { from: '2000-01', to: '2100-01' }, by: [] })).toThrow(
      new RangeError('tallyCases requires period.to to be from period.from up to 1200 months later, got "2100-01"'),
    );
  });

  it('rejects a period that is null', () => {
    expect(() => readTallyPlan('tallyCases', { period: null as never, by: [] })).toThrow(
      new TypeError("tallyCases requires period to be a month 'YYYY-MM' or { from, to }, got null"),
    );
  });
});
