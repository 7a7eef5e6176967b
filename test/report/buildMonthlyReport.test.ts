import { describe, expect, it } from 'vitest';
import { auditReport, buildMonthlyReport, parseMonthlyReport, renderReport } from '../../src/index.js';
import type { TallyGroup } from '../../src/index.js';

/** A group of a monthly tally: the counts worked out by hand in each test. */
function group(period: string, streetOffice: string | null, department: string, accepted: number, completed: number, inProgress = 0, completedOnTime = completed): TallyGroup {
  return {
    key: { period: period as `${number}-${number}`, streetOffice, department, category: 'public_service' },
    tally: { accepted, completed, completedOnTime, due: 0, inProgress },
  };
}
const supplement = { district: '五华区', centre: { name: '五华区人民政府政务服务中心' } };

describe('buildMonthlyReport', () => {
  it('sums a quarter from its months, takes 在办 at its last month, and compares with the same quarter a year before and the quarter before', () => {
    const groups = [
      // 2019-Q1 at the centre: 受理 10 + 20 + 30 = 60, 办结 5 + 15 + 25 = 45, 在办 at March's end 7 (not 1 + 3 + 7)
      group('2019-01', null, '区卫健局', 10, 5, 1),
      group('2019-02', null, '区卫健局', 20, 15, 3),
      group('2019-03', null, '区卫健局', 30, 25, 7, 20),
      // 2018-Q1: 受理 40 in each of its months' sum (10 + 10 + 20), 办结 35
      group('2018-01', null, '区卫健局', 10, 10),
      group('2018-02', null, '区卫健局', 10, 5),
      group('2018-03', null, '区卫健局', 20, 20),
      // 2018-Q4 (the quarter before): 受理 50
      group('2018-10', null, '区卫健局', 10, 10),
      group('2018-11', null, '区卫健局', 20, 20),
      group('2018-12', null, '区卫健局', 20, 20),
    ];
    const report = buildMonthlyReport(groups, { period: '2019-Q1', supplement });
    expect(report.centre.tally).toEqual({ accepted: 60, completed: 45, completedOnTime: 40, inProgress: 7 });
    expect(report.centre.previousYear).toEqual({ accepted: 40, completed: 35 });
    expect(report.centre.previousMonth).toEqual({ accepted: 50, completed: 50 });
    // 办结率 45 / 60 = 75%, from the summed counts (the months' rates 50%, 75%, 83.33% average 69.44%);
    // 同比 (60 − 40) / 40 = 50%; 环比 (60 − 50) / 50 = 20%
    expect(renderReport(report).split('\n\n')[2]).toContain(
      '2019年第一季度,五华区人民政府政务服务中心各窗口共受理各类事项60件,办结45件,在办事项7件(截至2019年3月31日仍未办结的办件),办结率75%,按时办结率为88.89%,接件总数同比增长50.00%,接件总数环比增长20.00%',
    );
    expect(report.streetOffices).toBeUndefined();
  });

  it('tells no data (上年同期无数据) from zero cases (上年同期无业务)', () => {
    // 2018-01 is in the data (the centre has cases), and 红云街道 had none in it: zero, not no data.
    const groups = [group('2019-01', '红云街道', 'd', 5, 5), group('2018-01', null, 'd', 3, 3), group('2019-01', null, 'd', 4, 4)];
    const report = buildMonthlyReport(groups, { period: '2019-01', supplement });
    expect(report.streetOffices?.previousYear).toEqual({ accepted: 0, completed: 0 });
    expect(report.centre.previousYear).toEqual({ accepted: 3, completed: 3 });
    // 2018-12 has no case at all: the data does not reach it.
    expect(report.centre.previousMonth).toEqual({ noData: true });
    const text = renderReport(report);
    expect(text).toContain('接件总数同比增长33.33%,接件总数上月无数据');
    expect(text).toContain('接件总数上年同期无业务,接件总数上月无数据');
  });

  it('takes a base span as no data unless each of its months has a case', () => {
    // 2018-Q1 has cases in January and March only: a 同比 against part of it would mislead.
    const groups = [group('2019-02', null, 'd', 9, 9), group('2018-01', null, 'd', 3, 3), group('2018-03', null, 'd', 3, 3)];
    expect(buildMonthlyReport(groups, { period: '2019-Q1', supplement }).centre.previousYear).toEqual({ noData: true });
  });

  it('lists every office, those of the supplement with no business too, and names the top three in the text, ties at the cut kept', () => {
    const offices = ['红云街道', '普吉街道', '大观街道', '华山街道', '西翥街道'].map((id) => ({ id, name: `${id}为民服务中心` }));
    const groups = [
      group('2019-01', '红云街道', 'd', 9, 9),
      group('2019-01', '普吉街道', 'd', 5, 5),
      group('2019-01', '大观街道', 'd', 4, 4),
      group('2019-01', '华山街道', 'd', 4, 3, 1),
    ];
    const report = buildMonthlyReport(groups, { period: '2019-01', supplement: { ...supplement, streetOffices: { offices } } });
    const streets = report.streetOffices;
    expect(streets?.listed).toBe('all');
    expect(streets?.officeCount).toBe(5);
    expect(streets?.offices.map((entry) => [entry.office.name, entry.tally.accepted])).toEqual([
      ['红云街道为民服务中心', 9],
      ['普吉街道为民服务中心', 5],
      ['大观街道为民服务中心', 4],
      ['华山街道为民服务中心', 4],
      ['西翥街道为民服务中心', 0],
    ]);
    expect(renderReport(report)).toContain(
      '受理业务量前三名的是:红云街道为民服务中心9件,办结9件;普吉街道为民服务中心5件,办结5件;大观街道为民服务中心(并列第3名)4件,办结4件;华山街道为民服务中心(并列第3名)4件,办结3件。',
    );
    expect(renderReport(report, { format: 'markdown' })).toContain('| 西翥街道为民服务中心 | 0 | 0 | 0 | — | — | 无数据 | 上年同期无数据 | 本期无业务 |');
  });

  it('gives data that parses unchanged and audits with no error', () => {
    const groups = [group('2019-01', null, 'd', 10, 12, 3), group('2019-01', '红云街道', 'd', 4, 4), group('2018-12', null, 'd', 8, 8)];
    const report = buildMonthlyReport(groups, { period: '2019-01', supplement, cumulative: false });
    const parsed = parseMonthlyReport(JSON.parse(JSON.stringify(report)));
    expect(parsed).toEqual({ success: true, report });
    expect(auditReport(report).filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('has no 环比 for a year: the year before is its 同比', () => {
    const report = buildMonthlyReport([group('2019-05', null, 'd', 1, 1)], { period: '2019', supplement });
    expect(report.centre.previousMonth).toBeUndefined();
    expect(report.centre.previousYear).toEqual({ noData: true });
  });

  it('labels a year to date as such when asked', () => {
    const report = buildMonthlyReport([group('2019-05', null, 'd', 1, 1)], { period: '2019-01..2019-06', supplement, cumulative: true });
    expect(renderReport(report).split('\n\n')[2]?.startsWith('2019年1—6月累计,')).toBe(true);
    expect(renderReport(report, { locale: 'en' }).split('\n\n')[2]?.startsWith('In January–June 2019 (cumulative), ')).toBe(true);
  });

  it('refuses groups it cannot read, naming the field', () => {
    const bad = (groups: unknown, options: unknown = { period: '2019-01', supplement }) => () => buildMonthlyReport(groups as TallyGroup[], options as never);
    expect(bad('x')).toThrow(new TypeError('buildMonthlyReport requires groups to be an array of tally groups, got "x"'));
    const keyless = { key: { period: '2019-01', streetOffice: null, category: 'public_service' }, tally: group('2019-01', null, 'd', 1, 1).tally };
    expect(bad([keyless])).toThrow(new TypeError('buildMonthlyReport requires groups[0].key.department to be a non-empty string, got undefined'));
    const quarterly = { ...group('2019-01', null, 'd', 1, 1), key: { ...group('2019-01', null, 'd', 1, 1).key, period: '2019-Q1' } };
    expect(bad([quarterly])).toThrow(
      new RangeError('buildMonthlyReport requires groups[0].key.period to be a month written YYYY-MM (tally by period, streetOffice, department and category), got "2019-Q1"'),
    );
    expect(bad([group('2019-01', null, 'd', 1, 1), group('2019-01', null, 'd', 2, 2)])).toThrow(
      new RangeError('buildMonthlyReport requires groups[1].key to be the key of one group only, got an object twice'),
    );
    expect(bad([], { period: '2019-1', supplement })).toThrow(
      new RangeError('buildMonthlyReport requires period to be a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06), got "2019-1"'),
    );
    expect(bad([], { period: '2019-01', supplement: { centre: { name: '' } } })).toThrow(
      new TypeError('buildMonthlyReport requires supplement.centre.name to be a non-empty string, got ""'),
    );
    // A supplement's part is checked where it lands in the report, by the report's own rules.
    expect(bad([], { period: '2019-01', supplement: { ...supplement, supervision: { yellowCards: -1, redCards: 0 } } })).toThrow(
      new RangeError('buildMonthlyReport requires report.supervision.yellowCards to be a non-negative integer, got -1'),
    );
  });
});

describe('buildMonthlyReport with time limits', () => {
  const limits = (committed: number, early: number, late: number, overdue: number) => ({
    immediate: 1, committed, immediateCompleted: 1, committedCompleted: committed, completedEarly: early, completedLate: late,
    overdueInProgress: overdue, workingDaysTaken: 2 * committed,
  });
  const limited = (period: string, streetOffice: string | null, timeLimits: ReturnType<typeof limits>): TallyGroup => ({
    ...group(period, streetOffice, 'd', timeLimits.immediate + timeLimits.committed, timeLimits.immediateCompleted + timeLimits.committedCompleted),
    timeLimits,
  });

  it('sums the groups’ counts over the span, 超期在办 at its last month, and leaves them out where no group has any', () => {
    // 2019-Q1 at the centre: 承诺件 4 + 2 = 6, 提前办结 3 + 1 = 4, 超期办结 1 + 0 = 1, 即办件 1 + 1 = 2, working days 8 + 4 = 12;
    // 超期在办 5 at the end of January is not open past its deadline at the end of March (0 in March's group)
    const groups = [limited('2019-01', null, limits(4, 3, 1, 5)), limited('2019-03', null, limits(2, 1, 0, 0)), group('2019-02', '红云街道', 'd', 3, 3)];
    const report = buildMonthlyReport(groups, { period: '2019-Q1', supplement, calendar: '国务院办公厅节假日安排 2007—2026' });
    expect(report.centre.timeLimits).toEqual({
      immediate: 2, committed: 6, immediateCompleted: 2, committedCompleted: 6, completedEarly: 4, completedLate: 1, overdueInProgress: 0, workingDaysTaken: 12,
    });
    expect(Object.keys(report.streetOffices ?? {})).not.toContain('timeLimits');
    expect(report.calendar).toBe('国务院办公厅节假日安排 2007—2026');
    expect(parseMonthlyReport(JSON.parse(JSON.stringify(report))).success).toBe(true);
    expect(Object.keys(buildMonthlyReport(groups, { period: '2019-Q1', supplement }))).not.toContain('calendar');
  });

  it('refuses a group whose time-limit counts are no counts, and a calendar that is no text', () => {
    const bad = { ...limited('2019-01', null, limits(4, 3, 1, 5)), timeLimits: { ...limits(4, 3, 1, 5), committed: -1 } };
    expect(() => buildMonthlyReport([bad], { period: '2019-01', supplement })).toThrow(
      new RangeError('buildMonthlyReport requires groups[0].timeLimits.committed to be a non-negative integer, got -1'),
    );
    expect(() => buildMonthlyReport([], { period: '2019-01', supplement, calendar: 5 as never })).toThrow(
      new TypeError('buildMonthlyReport requires calendar to be a non-empty string, got 5'),
    );
  });
});
