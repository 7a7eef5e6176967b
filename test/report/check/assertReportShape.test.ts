import { describe, expect, it } from 'vitest';
import { auditReport, parseMonthlyReport, renderReport } from '../../../src/index.js';
import { assertReportShape } from '../../../src/report/check/assertReportShape.js';
import { seedData, seedReport } from '../seedReport.js';

// The February 2019 figures of examples/export-2019-limits.csv (test/cli/limitExamples.test.ts).
const LIMITS = {
  immediate: 13, committed: 121, immediateCompleted: 10, committedCompleted: 107,
  completedEarly: 75, completedLate: 26, overdueInProgress: 17, workingDaysTaken: 484,
};

const centre = { name: '五华区人民政府政务服务中心', tally: { accepted: 1, completed: 1 } };

/** The seed's data with `change` applied to a fresh copy (any value goes: that is the point). */
function seedWith(change: (data: Record<string, any>) => void): Record<string, any> {
  const data = seedData() as Record<string, any>;
  change(data);
  return data;
}

describe('assertReportShape', () => {
  it('passes a report with a period, a centre name and a tally, and the seed', () => {
    expect(() => assertReportShape('renderReport', { period: '2019-01', centre })).not.toThrow();
    expect(() => assertReportShape('renderReport', seedData())).not.toThrow();
  });

  it('passes time-limit counts and a calendar, as parseMonthlyReport does', () => {
    const data = seedWith((d) => {
      d.centre.timeLimits = LIMITS;
      d.streetOffices.timeLimits = { ...LIMITS, completedLate: 32 };
      d.calendar = '国务院办公厅节假日安排 2007—2026';
    });
    expect(parseMonthlyReport(data).success).toBe(true);
    expect(() => assertReportShape('auditReport', data)).not.toThrow();
  });

  it.each([
    [{ centre }, 'renderReport requires report.period to be a string, got undefined'],
    [{ period: 201901, centre }, 'renderReport requires report.period to be a string, got 201901'],
    [{ period: '2019-01', centre: null }, 'renderReport requires report.centre to be an object, got null'],
    [{ period: '2019-01', centre: { ...centre, name: 5 } }, 'renderReport requires report.centre.name to be a string, got 5'],
    [{ period: '2019-01', centre: { name: 'x' } }, 'renderReport requires report.centre.tally to be an object, got undefined'],
  ])('names the field that is wrong (%#)', (report, message) => {
    expect(() => assertReportShape('renderReport', report)).toThrow(new TypeError(message));
  });

  it('passes 事项类型 names and codes as categories, and audit and render read them as parse does', () => {
    // 行政许可事项20564件,公共服务事项14736件, written as names and as codes
    for (const [licensing, other] of [['行政许可', '公共服务'], ['01', '行政确认']]) {
      const data = seedWith((d) => {
        d.centre.byCategory[0].category = licensing;
        d.centre.byCategory[1].category = other;
      });
      expect(() => assertReportShape('auditReport', data)).not.toThrow();
      expect(auditReport(data as never)).toEqual([]);
      for (const locale of ['zh-CN', 'en'] as const) {
        for (const format of ['text', 'markdown'] as const) {
          expect(renderReport(data as never, { locale, format })).toBe(renderReport(seedReport(), { locale, format }));
        }
      }
    }
  });

  it('leaves out an English name keyed "__proto__", as the schema does', () => {
    // Found by test/fuzz/report.test-prop.ts: zod's record drops the key without checking its value
    const data = seedWith((d) => void Object.defineProperty(d.englishNames, '__proto__', { value: {}, enumerable: true }));
    expect(parseMonthlyReport(data).success).toBe(true);
    expect(() => assertReportShape('auditReport', data)).not.toThrow();
  });

  // Junk below the top: each of these leaked as "Cannot read properties of undefined", as an error
  // naming an internal function (completionRate requires accepted …), or as text with NaN,
  // `undefined` or `[object Object]` in it.
  it.each<[string, (data: Record<string, any>) => void, typeof TypeError | typeof RangeError, string]>([
    ['a missing count', (d) => void (d.supervision.yellowCards = undefined), TypeError,
      'auditReport requires report.supervision.yellowCards to be a non-negative integer or an inferred range { inferred: { min, max, from } }, got undefined'],
    ['a negative count', (d) => void (d.centre.tally.accepted = -1), RangeError,
      'auditReport requires report.centre.tally.accepted to be a non-negative integer, got -1'],
    ['NaN', (d) => void (d.streetOffices.offices[1].tally.completed = Number.NaN), RangeError,
      'auditReport requires report.streetOffices.offices[1].tally.completed to be a non-negative integer, got NaN'],
    ['-0', (d) => void (d.centre.byCategory[0].accepted = -0), RangeError,
      'auditReport requires report.centre.byCategory[0].accepted to be a non-negative integer, got -0'],
    ['a BigInt', (d) => void (d.investment.items = 17n), TypeError,
      'auditReport requires report.investment.items to be a non-negative integer or an inferred range { inferred: { min, max, from } }, got 17n'],
    ['a Symbol', (d) => void (d.commendations.recipient = Symbol('x')), TypeError,
      'auditReport requires report.commendations.recipient to be a string, got Symbol(x)'],
    ['an object for a name', (d) => void (d.district = {}), TypeError, 'auditReport requires report.district to be a string, got an object'],
    ['an empty name', (d) => void (d.streetOffices.offices[0].office.name = ''), RangeError,
      'auditReport requires report.streetOffices.offices[0].office.name to be a non-empty string, got ""'],
    ['a missing id', (d) => void delete d.centre.inProgressByDepartment[1].department.id, TypeError,
      'auditReport requires report.centre.inProgressByDepartment[1].department.id to be a string, got undefined'],
    ['an unknown field', (d) => void (d.centre.tally.acepted = 1), RangeError,
      'auditReport requires report.centre.tally.acepted to be left out (no report has such a field), got 1'],
    ['a "__proto__" field', (d) => void Object.defineProperty(d.investment, '__proto__', { value: 1, enumerable: true }), RangeError,
      'auditReport requires report.investment.__proto__ to be left out (no report has such a field), got 1'],
    ['an inferred range upside down', (d) => void (d.centre.previousYear.accepted.inferred.min = 27947), RangeError,
      'auditReport requires report.centre.previousYear.accepted.inferred.max to be at least min (27947), got 27946'],
    ['an inferred range without its source', (d) => void delete d.streetOffices.previousYear.accepted.inferred.from, TypeError,
      'auditReport requires report.streetOffices.previousYear.accepted.inferred.from to be a string, got undefined'],
    ['an inferred range that is not one', (d) => void (d.investment.estimatedInvestmentYuan = { inferred: 5 }), TypeError,
      'auditReport requires report.investment.estimatedInvestmentYuan.inferred to be an object, got 5'],
    ['an array for a count', (d) => void (d.investment.projects.filing = [3]), TypeError,
      'auditReport requires report.investment.projects.filing to be a non-negative integer or an inferred range { inferred: { min, max, from } }, got an array of length 1'],
    ['an object for a list', (d) => void (d.streetOffices.offices = {}), TypeError,
      'auditReport requires report.streetOffices.offices to be an array, got an object'],
    ['a period that is no month', (d) => void (d.period = '2019-13'), RangeError,
      'auditReport requires report.period to be a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06), got "2019-13"'],
    ['a range of months that runs backwards', (d) => void (d.period = '2019-06..2019-01'), RangeError,
      'auditReport requires report.period to be a range of months whose first month is not after its last, got "2019-06..2019-01"'],
    ['a base period with no data beside a count', (d) => void (d.centre.previousYear = { accepted: 1, noData: true }), RangeError,
      'auditReport requires report.centre.previousYear.noData to be left out beside counts (a period with no data has none), got true'],
    ['a noData flag that is false', (d) => void (d.centre.previousYear = { noData: false }), RangeError,
      'auditReport requires report.centre.previousYear.noData to be true (or left out), got false'],
    ['a top of zero offices', (d) => void (d.streetOffices.top = 0), RangeError,
      'auditReport requires report.streetOffices.top to be a positive integer, got 0'],
    ['an unknown category', (d) => void (d.centre.byCategory[1].category = 'other'), RangeError,
      "auditReport requires report.centre.byCategory[1].category to be 'administrative_licensing' or 'public_service', or a 事项类型 name (行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务) or code (01–10, 20), got \"other\""],
    ['a category that is no text', (d) => void (d.centre.byCategory[0].category = 1), TypeError,
      "auditReport requires report.centre.byCategory[0].category to be 'administrative_licensing' or 'public_service', or a 事项类型 name (行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务) or code (01–10, 20), got 1"],
    ['an unknown listing', (d) => void (d.streetOffices.listed = 'some'), RangeError,
      "auditReport requires report.streetOffices.listed to be one of 'all', 'top-by-accepted', got \"some\""],
    ['an unknown rule', (d) => void (d.centre.inProgressRule = 1), TypeError,
      "auditReport requires report.centre.inProgressRule to be one of 'accepted-minus-completed', 'open-at-period-end', got 1"],
    ['a published rate that is no percentage', (d) => void (d.centre.published.completionRate = '99.53'), RangeError,
      'auditReport requires report.centre.published.completionRate to be a percentage such as "99.53%", got "99.53"'],
    ['a published amount that is no amount', (d) => void (d.investment.published.estimatedInvestment = '0.2'), RangeError,
      'auditReport requires report.investment.published.estimatedInvestment to be an amount in 亿元 such as "0.2亿元", got "0.2"'],
    ['a published total that is no count', (d) => void (d.investment.published.projectTotal = 13.5), RangeError,
      'auditReport requires report.investment.published.projectTotal to be a non-negative integer, got 13.5'],
    ['an office count that is no count', (d) => void (d.streetOffices.officeCount = '10'), TypeError,
      'auditReport requires report.streetOffices.officeCount to be a non-negative integer, got "10"'],
    ['an English name that is no name', (d) => void (d.englishNames['五华区'] = 5), TypeError,
      'auditReport requires report.englishNames["五华区"] to be a string, got 5'],
    ['English names keyed by a Symbol', (d) => void (d.englishNames[Symbol('x')] = 'X'), TypeError,
      'auditReport requires report.englishNames to be keyed by strings, got Symbol(x)'],
    ['English names that are no record', (d) => void (d.englishNames = ['x']), TypeError,
      'auditReport requires report.englishNames to be an object, got an array of length 1'],
    ['a $comment that is no text', (d) => void (d.$comment = 1), TypeError, 'auditReport requires report.$comment to be a string, got 1'],
    ['more on time than completed', (d) => void (d.centre.tally.completedOnTime = { inferred: { min: 35134, max: 35135, from: 'x' } }), RangeError,
      'auditReport requires report.centre.tally.completedOnTime to be at most completed (35133), got 35134–35135'],
    ['more items on time than items', (d) => void (d.investment.itemsOnTime = 18), RangeError,
      'auditReport requires report.investment.itemsOnTime to be at most items (17), got 18'],
    ['a time-limit count that is no count', (d) => void (d.centre.timeLimits = { ...LIMITS, committed: 1.5 }), RangeError,
      'auditReport requires report.centre.timeLimits.committed to be a non-negative integer, got 1.5'],
    ['a time-limit count left out', (d) => void (d.streetOffices.timeLimits = { ...LIMITS, workingDaysTaken: undefined }), TypeError,
      'auditReport requires report.streetOffices.timeLimits.workingDaysTaken to be a non-negative integer, got undefined'],
    ['an unknown time-limit field', (d) => void (d.centre.timeLimits = { ...LIMITS, overdue: 1 }), RangeError,
      'auditReport requires report.centre.timeLimits.overdue to be left out (no report has such a field), got 1'],
    // 提前办结 75 + 超期办结 33 of 107 承诺件办结: 108 cannot be
    ['more early and late than committed cases completed', (d) => void (d.centre.timeLimits = { ...LIMITS, completedLate: 33 }), RangeError,
      'auditReport requires report.centre.timeLimits.completedLate to be at most committedCompleted − completedEarly (32), got 33'],
    ['a calendar that is no text', (d) => void (d.calendar = ''), RangeError, 'auditReport requires report.calendar to be a non-empty string, got ""'],
    ['a project total past the safe integers', (d) => void (d.investment.projects = { approval: Number.MAX_SAFE_INTEGER, verification: 0, filing: 2 }), RangeError,
      'auditReport requires report.investment.projects to add up to at most 9007199254740991, got 9007199254740993'],
    // Found by npm run fuzz (seed 1188996394): a hole in a list was skipped (forEach skips holes), and
    // auditReport then read it as "Cannot read properties of undefined (reading 'inferred')"
    ['a hole in a list of categories', (d) => void delete d.centre.byCategory[0], TypeError,
      'auditReport requires report.centre.byCategory[0] to be an object, got undefined'],
    ['a hole in a list of departments', (d) => void delete d.centre.inProgressByDepartment[1], TypeError,
      'auditReport requires report.centre.inProgressByDepartment[1] to be an object, got undefined'],
    ['a hole in a list of offices', (d) => void delete d.streetOffices.offices[2], TypeError,
      'auditReport requires report.streetOffices.offices[2] to be an object, got undefined'],
  ])('throws for %s, as parseMonthlyReport lists a problem', (_, change, type, message) => {
    const data = seedWith(change);
    expect(parseMonthlyReport(data).success).toBe(false);
    let error: unknown;
    try {
      assertReportShape('auditReport', data);
    } catch (caught) {
      error = caught;
    }
    expect(error).toEqual(new type(message));
    expect((error as Error).constructor).toBe(type);
  });
});
