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
    data.centre.byCategory = [{ category: '行政审批', accepted: 1.5 }];
    expect(parseMonthlyReport(data)).toEqual({
      success: false,
      problems: [
        { path: 'period', message: '应为月份(2019-01)、季度(2019-Q1)、半年(2019-H1)、年度(2019)或月份区间(2019-01..2019-06),实际为 "2019-13"' },
        { path: 'centre.tally.accepted', message: '应为非负整数,实际为 -1' },
        {
          path: 'centre.tally.completed',
          message: '应为非负整数,或推算范围 { "inferred": { "min", "max", "from" } },实际为 "35133"',
        },
        {
          path: 'centre.byCategory[0].category',
          message:
            '应为 "administrative_licensing"、"public_service",或事项类型名称(行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务)或代码(01–10、20),实际为 "行政审批"',
        },
        {
          path: 'centre.byCategory[0].accepted',
          message: '应为非负整数,或推算范围 { "inferred": { "min", "max", "from" } },实际为 1.5',
        },
      ],
    });
  });

  it('takes 事项类型 names and codes as a category and gives the canonical value', () => {
    // The seed's split as a report writes it: 行政许可事项20564件,公共服务事项14736件
    const named = seedData() as Record<string, any>;
    named.centre.byCategory = [
      { category: '行政许可', accepted: 20564 },
      { category: '公共服务', accepted: 14736 },
    ];
    expect(parseMonthlyReport(named)).toEqual({ success: true, report: seedReport() });
    const coded = seedData() as Record<string, any>;
    coded.centre.byCategory = [
      { category: '01', accepted: 20564 },
      { category: '20', accepted: 14736 },
    ];
    expect(parseMonthlyReport(coded)).toEqual({ success: true, report: seedReport() });
  });

  it('puts a finer 事项类型 in its bucket: every one but 行政许可 is 公共服务', () => {
    const data = minimal() as Record<string, any>;
    data.centre.byCategory = [
      { category: '1', accepted: 20564 },
      { category: '行政确认', accepted: 14736 },
    ];
    const result = parseMonthlyReport(data);
    expect(result.success && result.report.centre.byCategory).toEqual([
      { category: 'administrative_licensing', accepted: 20564 },
      { category: 'public_service', accepted: 14736 },
    ]);
  });

  it('refuses an unknown category, listing the accepted ones, in English too', () => {
    const data = minimal() as Record<string, any>;
    data.centre.byCategory = [{ category: '行政审批', accepted: 1 }, { category: 1, accepted: 0 }];
    const accepted =
      'must be "administrative_licensing" or "public_service", or a 事项类型 name (行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务) or code (01–10, 20)';
    expect(parseMonthlyReport(data, { locale: 'en' })).toEqual({
      success: false,
      problems: [
        { path: 'centre.byCategory[0].category', message: `${accepted}, got "行政审批"` },
        { path: 'centre.byCategory[1].category', message: `${accepted}, got 1` },
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

  it('rejects -0, which JSON.parse reads from "-0", wherever a count is', () => {
    // a report prints 0; -0 passed z.int().min(0) and printed "completed -0" in English
    const data = JSON.parse(
      '{"period":"2019-01","centre":{"name":"C","tally":{"accepted":1,"completed":-0}},' +
        '"streetOffices":{"officeCount":-0,"tally":{"accepted":1,"completed":{"inferred":{"min":-0,"max":1,"from":"x"}}},"listed":"all","offices":[]}}',
    );
    expect(parseMonthlyReport(data)).toEqual({
      success: false,
      problems: [
        { path: 'centre.tally.completed', message: '应为非负整数,实际为 -0' },
        { path: 'streetOffices.officeCount', message: '应为非负整数,实际为 -0' },
        { path: 'streetOffices.tally.completed.inferred.min', message: '应为非负整数,实际为 -0' },
      ],
    });
    expect(parseMonthlyReport(data, { locale: 'en' }).success).toBe(false);
    expect(parseMonthlyReport({ ...data, centre: { name: 'C', tally: { accepted: 1, completed: -0 } }, streetOffices: undefined }, { locale: 'en' })).toEqual({
      success: false,
      problems: [{ path: 'centre.tally.completed', message: 'must be a non-negative integer, got -0' }],
    });
  });

  it('reads time-limit counts and a calendar, and rejects more 提前办结 and 超期办结 than 承诺件办结', () => {
    const limits = {
      immediate: 13, committed: 121, immediateCompleted: 10, committedCompleted: 107,
      completedEarly: 75, completedLate: 26, overdueInProgress: 17, workingDaysTaken: 484,
    };
    const data = minimal() as Record<string, any>;
    data.centre.timeLimits = limits;
    data.calendar = '国务院办公厅节假日安排 2007—2026';
    const read = parseMonthlyReport(data);
    expect(read.success && read.report.centre.timeLimits).toEqual(limits);
    expect(read.success && read.report.calendar).toBe('国务院办公厅节假日安排 2007—2026');
    // 75 early + 33 late of 107 completed: at most 32 late
    data.centre.timeLimits = { ...limits, completedLate: 33 };
    data.calendar = '';
    expect(parseMonthlyReport(data)).toEqual({
      success: false,
      problems: [
        { path: 'centre.timeLimits.completedLate', message: '提前办结与超期办结之和不能多于承诺件办结数,超期办结至多32件,实际为 33' },
        { path: 'calendar', message: expect.any(String) },
      ],
    });
    expect(parseMonthlyReport({ ...data, calendar: 'x' }, { locale: 'en' })).toEqual({
      success: false,
      problems: [{ path: 'centre.timeLimits.completedLate', message: 'must be at most committedCompleted − completedEarly (32), got 33' }],
    });
  });

  it('rejects more cases on time than completed, and more investment items on time than items', () => {
    // 2 on time of 1 completed has no rate: it printed 按时办结率为undefined–undefined
    const data = minimal() as Record<string, any>;
    data.centre.tally = { accepted: 1, completed: 1, completedOnTime: 2 };
    data.streetOffices = {
      tally: { accepted: 5, completed: { inferred: { min: 3, max: 4, from: 'x' } }, completedOnTime: { inferred: { min: 5, max: 9, from: 'y' } } },
      listed: 'all',
      offices: [],
    };
    data.investment = { projects: { approval: 10, verification: 0, filing: 3 }, items: 17, itemsOnTime: 18 };
    expect(parseMonthlyReport(data)).toEqual({
      success: false,
      problems: [
        { path: 'centre.tally.completedOnTime', message: '按时办结数不能多于办结数(1件),实际为 2' },
        { path: 'streetOffices.tally.completedOnTime', message: '按时办结数不能多于办结数(4件),实际为 5–9' },
        { path: 'investment.itemsOnTime', message: '按时办结事项数不能多于事项合计(17件),实际为 18' },
      ],
    });
    expect(parseMonthlyReport(data, { locale: 'en' })).toEqual({
      success: false,
      problems: [
        { path: 'centre.tally.completedOnTime', message: 'must be at most completed (1), got 2' },
        { path: 'streetOffices.tally.completedOnTime', message: 'must be at most completed (4), got 5–9' },
        { path: 'investment.itemsOnTime', message: 'must be at most items (17), got 18' },
      ],
    });
    // as many on time as completed, or a range that reaches down to it, is a figure
    data.centre.tally.completedOnTime = 1;
    data.streetOffices.tally.completedOnTime = { inferred: { min: 4, max: 9, from: 'y' } };
    data.investment.itemsOnTime = 17;
    expect(parseMonthlyReport(data).success).toBe(true);
  });

  it('rejects investment projects whose total (项目总数) is past the safe integers', () => {
    // 9007199254740991 + 0 + 2 = 9007199254740993, exactly (a float sum prints 9007199254740992)
    const data = minimal() as Record<string, any>;
    data.investment = { projects: { approval: Number.MAX_SAFE_INTEGER, verification: 0, filing: { inferred: { min: 1, max: 2, from: 'x' } } }, items: 17 };
    expect(parseMonthlyReport(data)).toEqual({
      success: false,
      problems: [{ path: 'investment.projects', message: '审批类、核准类、备案类项目合计超出安全整数范围,实际为 9007199254740993' }],
    });
    expect(parseMonthlyReport(data, { locale: 'en' })).toEqual({
      success: false,
      problems: [{ path: 'investment.projects', message: 'must add up to at most 9007199254740991, got 9007199254740993' }],
    });
    data.investment.projects.filing = 0;
    expect(parseMonthlyReport(data).success).toBe(true);
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

  it('leaves out an optional field given as undefined: the report holds no undefined', () => {
    // Found by the random-input campaign: zod keeps the key, holding undefined
    const seed = seedData();
    const input = { ...seed, investment: { ...(seed['investment'] as object), published: undefined } };
    const result = parseMonthlyReport(input);
    expect(result.success).toBe(true);
    expect(result.success && Object.hasOwn(result.report.investment ?? {}, 'published')).toBe(false);
  });
});
