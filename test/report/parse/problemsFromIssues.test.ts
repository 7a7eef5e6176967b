import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemsFromIssues } from '../../../src/report/parse/problemsFromIssues.js';
import { parseMonthlyReport } from '../../../src/index.js';

type Data = Record<string, any>;

/** A valid report with the centre only, then `change`d. */
function report(change: (data: Data) => void): Data {
  const data: Data = {
    period: '2019-01',
    centre: { name: '五华区人民政府政务服务中心', tally: { accepted: 35300, completed: 35133 } },
  };
  change(data);
  return data;
}

/** The seed's street offices' total, with a top list of none and `fields` on top. */
const streetOffices = (fields: Data) => ({ tally: { accepted: 22256, completed: 22256 }, listed: 'top-by-accepted', offices: [], ...fields });

/** The seed's investment figures, with `published` as given. */
const investment = (published: Data) => ({ projects: { approval: 10, verification: 0, filing: 3 }, items: 17, published });

function problems(data: unknown, locale: 'zh-CN' | 'en') {
  const result = parseMonthlyReport(data, { locale });
  if (result.success) throw new Error('expected problems');
  return result.problems;
}

/** Issues of a small schema parsed as parseMonthlyReport parses, with the input in each issue. */
function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected issues');
  return result.error.issues;
}

interface Row {
  what: string;
  change: (data: Data) => void;
  expected: { path: string; zh: string; en: string }[];
}

const ROWS: Row[] = [
  {
    what: 'a name that is a number',
    change: (d) => void (d.centre.name = 5),
    expected: [{ path: 'centre.name', zh: '应为字符串,实际为 5', en: 'must be a string, got 5' }],
  },
  {
    what: 'an empty name',
    change: (d) => void (d.centre.name = ''),
    expected: [{ path: 'centre.name', zh: '不能为空', en: 'must not be empty' }],
  },
  {
    what: 'a missing name',
    change: (d) => void delete d.centre.name,
    expected: [{ path: 'centre.name', zh: '缺少此字段', en: 'is missing' }],
  },
  {
    what: 'a tally that is an array',
    change: (d) => void (d.centre.tally = [35300, 35133]),
    expected: [{ path: 'centre.tally', zh: '应为对象,实际为 长度为2的数组', en: 'must be an object, got an array of length 2' }],
  },
  {
    what: 'categories given as an object',
    change: (d) => void (d.centre.byCategory = {}),
    expected: [{ path: 'centre.byCategory', zh: '应为数组,实际为 对象', en: 'must be an array, got an object' }],
  },
  {
    what: 'English names given as an array (a record is an object to the reader)',
    change: (d) => void (d.englishNames = ['Wuhua District']),
    expected: [{ path: 'englishNames', zh: '应为对象,实际为 长度为1的数组', en: 'must be an object, got an array of length 1' }],
  },
  {
    what: 'an office count with a fraction',
    change: (d) => void (d.streetOffices = streetOffices({ officeCount: 1.5 })),
    expected: [{ path: 'streetOffices.officeCount', zh: '应为非负整数,实际为 1.5', en: 'must be a non-negative integer, got 1.5' }],
  },
  {
    what: 'an office count written as text',
    change: (d) => void (d.streetOffices = streetOffices({ officeCount: '10' })),
    expected: [{ path: 'streetOffices.officeCount', zh: '应为数字,实际为 "10"', en: 'must be a number, got "10"' }],
  },
  {
    what: 'an office count beyond the safe integers (2 ** 53 = 9007199254740992)',
    change: (d) => void (d.streetOffices = streetOffices({ officeCount: 2 ** 53 })),
    expected: [
      {
        path: 'streetOffices.officeCount',
        zh: '超出安全整数范围,实际为 9007199254740992',
        en: 'must be at most 9007199254740991, got 9007199254740992',
      },
    ],
  },
  {
    what: 'a period that is not a month',
    change: (d) => void (d.period = '2019-13'),
    expected: [
      {
        path: 'period',
        zh: '应为月份(2019-01)、季度(2019-Q1)、半年(2019-H1)、年度(2019)或月份区间(2019-01..2019-06),实际为 "2019-13"',
        en: 'must be a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06), got "2019-13"',
      },
    ],
  },
  {
    what: 'a range of months that runs backwards',
    change: (d) => void (d.period = '2019-06..2019-01'),
    expected: [
      {
        path: 'period',
        zh: '月份区间应从前往后(起始月份不晚于结束月份),实际为 "2019-06..2019-01"',
        en: 'must be a range of months whose first month is not after its last, got "2019-06..2019-01"',
      },
    ],
  },
  {
    what: 'a base period with no data beside a count',
    change: (d) => void (d.centre.previousYear = { accepted: 5, noData: true }),
    expected: [
      {
        path: 'centre.previousYear.noData',
        zh: '标明无数据(noData)时不能再给出计数',
        en: 'must be left out beside counts: a period with no data has no counts',
      },
    ],
  },
  {
    what: 'a published 投资概算 without its unit',
    change: (d) => void (d.investment = investment({ estimatedInvestment: '0.2' })),
    expected: [
      {
        path: 'investment.published.estimatedInvestment',
        zh: '应为以亿元计的金额(如 "0.2亿元"),实际为 "0.2"',
        en: 'must be an amount in 亿元, such as "0.2亿元", got "0.2"',
      },
    ],
  },
  {
    what: 'a published rate without its % sign',
    change: (d) => void (d.centre.published = { completionRate: '99.53' }),
    expected: [
      {
        path: 'centre.published.completionRate',
        zh: '应为百分数(如 "99.53%"),实际为 "99.53"',
        en: 'must be a percentage, such as "99.53%", got "99.53"',
      },
    ],
  },
  {
    what: 'a value outside a list',
    change: (d) => void (d.streetOffices = streetOffices({ listed: 'top' })),
    expected: [
      {
        path: 'streetOffices.listed',
        zh: '应为 "all"、"top-by-accepted" 之一,实际为 "top"',
        en: 'must be one of "all", "top-by-accepted", got "top"',
      },
    ],
  },
  {
    what: 'a missing value that has a list',
    change: (d) => {
      d.streetOffices = streetOffices({});
      delete d.streetOffices.listed;
    },
    expected: [
      {
        path: 'streetOffices.listed',
        zh: '缺少此字段(应为 "all"、"top-by-accepted" 之一)',
        en: 'is missing (must be one of "all", "top-by-accepted")',
      },
    ],
  },
  {
    what: 'a missing count',
    change: (d) => void delete d.centre.tally.accepted,
    expected: [{ path: 'centre.tally.accepted', zh: '缺少此字段', en: 'is missing' }],
  },
  {
    what: 'a count that is null',
    change: (d) => void (d.centre.tally.accepted = null),
    expected: [
      {
        path: 'centre.tally.accepted',
        zh: '应为非负整数,或推算范围 { "inferred": { "min", "max", "from" } },实际为 null',
        en: 'must be a non-negative integer or an inferred range { "inferred": { "min", "max", "from" } }, got null',
      },
    ],
  },
  {
    what: 'a misspelt inferred range',
    change: (d) => void (d.centre.tally.accepted = { infered: { min: 35300, max: 35300, from: '受理35300件' } }),
    expected: [
      { path: 'centre.tally.accepted.inferred', zh: '缺少此字段', en: 'is missing' },
      { path: 'centre.tally.accepted.infered', zh: '不是可识别的字段', en: 'is not a known field' },
    ],
  },
  {
    what: 'an inferred range that is an array',
    change: (d) => void (d.centre.tally.accepted = { inferred: [] }),
    expected: [{ path: 'centre.tally.accepted.inferred', zh: '应为对象,实际为 长度为0的数组', en: 'must be an object, got an array of length 0' }],
  },
  {
    what: 'an inferred range with max below min and no source text',
    // 27946 > 27944: the ends swapped
    change: (d) => void (d.centre.previousYear = { accepted: { inferred: { min: 27946, max: 27944, from: '' } } }),
    expected: [
      { path: 'centre.previousYear.accepted.inferred.from', zh: '不能为空', en: 'must not be empty' },
      { path: 'centre.previousYear.accepted.inferred.max', zh: '推算范围的 max 不能小于 min', en: 'must not be below min in an inferred range' },
    ],
  },
  {
    what: 'an unknown field',
    change: (d) => void (d.centre.tally.acepted = 35300),
    expected: [{ path: 'centre.tally.acepted', zh: '不是可识别的字段', en: 'is not a known field' }],
  },
];

describe('problemsFromIssues', () => {
  describe.each(ROWS)('$what', ({ change, expected }) => {
    it('is worded in Chinese', () => {
      expect(problems(report(change), 'zh-CN')).toEqual(expected.map(({ path, zh }) => ({ path, message: zh })));
    });
    it('is worded in English', () => {
      expect(problems(report(change), 'en')).toEqual(expected.map(({ path, en }) => ({ path, message: en })));
    });
  });

  it('leaves out the value when the issue does not carry it, and puts the path after the prefix', () => {
    // parsed without reportInput: zod keeps no input in the issue
    const result = z.int().min(0).safeParse(-1);
    if (result.success) throw new Error('expected issues');
    expect(problemsFromIssues(result.error.issues, 'zh-CN', ['centre', 'tally', 'accepted'])).toEqual([
      { path: 'centre.tally.accepted', message: '应为非负整数' },
    ]);
    expect(problemsFromIssues(result.error.issues, 'en')).toEqual([{ path: '$', message: 'must be a non-negative integer' }]);
  });

  it('names a type it has no word for as zod names it', () => {
    const issues = issuesOf(z.bigint(), 1);
    expect(problemsFromIssues(issues, 'zh-CN')).toEqual([{ path: '$', message: '应为bigint,实际为 1' }]);
    expect(problemsFromIssues(issues, 'en')).toEqual([{ path: '$', message: 'must be a bigint, got 1' }]);
  });

  it('words a rule it does not know, and a refinement without a rule, as not valid', () => {
    for (const issues of [issuesOf(z.number().multipleOf(2), 3), issuesOf(z.string().refine(() => false), 'x')]) {
      expect(problemsFromIssues(issues, 'zh-CN')).toEqual([{ path: '$', message: '不符合要求' }]);
      expect(problemsFromIssues(issues, 'en')).toEqual([{ path: '$', message: 'is not valid' }]);
    }
  });
});
