import { describe, expect, it } from 'vitest';
import { parseMonthlyReport } from '../../src/index.js';
import { seedData, seedReport } from './seedReport.js';

const minimal = () => ({
  period: '2019-01',
  centre: { name: '五华区人民政府政务服务中心', tally: { accepted: 35300, completed: 35133 } },
});

describe('parseMonthlyReport', () => {
  it('accepts the seed and keeps its figures', () => {
    const report = seedReport();
    expect(report.period).toBe('2019-01');
    expect(report.centre.tally).toEqual({
      accepted: 35300,
      completed: 35133,
      inProgress: 167,
      completedOnTime: { inferred: { min: 35132, max: 35133, from: '按时办结率为100%' } },
    });
    expect(report.streetOffices?.offices.map((entry) => entry.tally.accepted)).toEqual([3410, 2938, 2752]);
    expect(report.investment?.projects).toEqual({ approval: 10, verification: 0, filing: 3 });
  });

  it('round-trips the seed through JSON', () => {
    const report = seedReport();
    const again = parseMonthlyReport(JSON.parse(JSON.stringify(report)));
    expect(again).toEqual({ success: true, report });
  });

  it('accepts a report with the centre only', () => {
    expect(parseMonthlyReport(minimal()).success).toBe(true);
  });

  it('lists every problem at once, with its JSON path, in Chinese by default', () => {
    const data = minimal() as Record<string, any>;
    data.period = '2019-13';
    data.centre.tally.accepted = -1;
    data.centre.tally.completed = '35133';
    data.centre.byCategory = [{ category: '公共服务', accepted: 1.5 }];
    expect(parseMonthlyReport(data)).toEqual({
      success: false,
      problems: [
        { path: 'period', message: '应为形如 YYYY-MM 的月份(如 2019-01),实际为 "2019-13"' },
        { path: 'centre.tally.accepted', message: '应为非负整数,实际为 -1' },
        {
          path: 'centre.tally.completed',
          message: '应为非负整数,或推算范围 { "inferred": { "min", "max", "from" } },实际为 "35133"',
        },
        {
          path: 'centre.byCategory[0].category',
          message: '应为 "administrative_licensing"、"public_service" 之一,实际为 "公共服务"',
        },
        {
          path: 'centre.byCategory[0].accepted',
          message: '应为非负整数,或推算范围 { "inferred": { "min", "max", "from" } },实际为 1.5',
        },
      ],
    });
  });

  it('words the problems in English with locale en', () => {
    const data = minimal() as Record<string, any>;
    data.centre.tally.accepted = -1;
    delete data.period;
    expect(parseMonthlyReport(data, { locale: 'en' })).toEqual({
      success: false,
      problems: [
        { path: 'period', message: 'is missing' },
        { path: 'centre.tally.accepted', message: 'must be a non-negative integer, got -1' },
      ],
    });
  });

  it('reports problems inside an inferred range at their own path', () => {
    const data = minimal() as Record<string, any>;
    data.centre.previousYear = { accepted: { inferred: { min: 27946, max: 27944, from: '接件总数同比增长26.32%' } } };
    data.centre.tally.completedOnTime = { inferred: { min: 1 } };
    expect(parseMonthlyReport(data, { locale: 'en' })).toEqual({
      success: false,
      problems: [
        { path: 'centre.tally.completedOnTime.inferred.max', message: 'is missing' },
        { path: 'centre.tally.completedOnTime.inferred.from', message: 'is missing' },
        { path: 'centre.previousYear.accepted.inferred.max', message: 'must not be below min in an inferred range' },
      ],
    });
  });

  it('names a misspelt or unknown key, "__proto__" included', () => {
    const data = JSON.parse('{"period":"2019-01","centre":{"name":"x","tally":{"accepted":1,"completed":1,"acepted":1}},"__proto__":{}}');
    expect(parseMonthlyReport(data)).toEqual({
      success: false,
      problems: [
        { path: 'centre.tally.acepted', message: '不是可识别的字段' },
        { path: '__proto__', message: '不是可识别的字段' },
      ],
    });
  });

  it('checks published figures for their shape, not their value', () => {
    const data = minimal() as Record<string, any>;
    data.centre.published = { completionRate: '99.53', onTimeRate: '99.52%' };
    expect(parseMonthlyReport(data, { locale: 'en' })).toEqual({
      success: false,
      problems: [{ path: 'centre.published.completionRate', message: 'must be a percentage, such as "99.53%", got "99.53"' }],
    });
  });

  it('rejects counts beyond the safe integers', () => {
    const data = minimal() as Record<string, any>;
    data.centre.tally.accepted = 2 ** 53;
    expect(parseMonthlyReport(data, { locale: 'en' })).toEqual({
      success: false,
      problems: [{ path: 'centre.tally.accepted', message: 'must be at most 9007199254740991, got 9007199254740992' }],
    });
  });

  it.each([
    [null, '应为对象,实际为 null'],
    [[], '应为对象,实际为 长度为0的数组'],
    ['{}', '应为对象,实际为 "{}"'],
  ])('reports a document that is not an object (%j) at $', (input, message) => {
    expect(parseMonthlyReport(input)).toEqual({ success: false, problems: [{ path: '$', message }] });
  });

  it('leaves the input untouched', () => {
    const data = seedData();
    const copy = structuredClone(data);
    parseMonthlyReport(data);
    expect(data).toEqual(copy);
  });

  it('throws for bad options', () => {
    expect(() => parseMonthlyReport({}, { locale: 'fr' as never })).toThrow(
      new RangeError("parseMonthlyReport requires locale to be one of 'zh-CN', 'en', got \"fr\""),
    );
    expect(() => parseMonthlyReport({}, 'en' as never)).toThrow(
      new TypeError('parseMonthlyReport requires options to be an object, got "en"'),
    );
  });
});
