import { assertObject } from '../internal/assertObject.js';
import { describeValue } from '../internal/describeValue.js';
import { CASE_CATEGORIES } from '../models/caseCategories.js';
import type { MonthlyReport } from '../models/MonthlyReportSchema.js';
import type { ReportSupplement } from '../models/ReportSupplementSchema.js';
import { parsePeriodSpanFor } from '../period/parsePeriodSpan.js';
import type { PeriodSpan } from '../period/PeriodSpan.js';
import { previousSpan } from '../period/previousSpan.js';
import { previousYearSpan } from '../period/previousYearSpan.js';
import { spanMonths } from '../period/spanMonths.js';
import type { TallyGroup } from '../tally/TallyResult.js';
import { type MonthlyGroup, readMonthlyGroups, type SpanCounts, sumSpan } from './build/monthlyGroups.js';
import { assertReportShape } from './check/assertReportShape.js';

/**
 * Options of {@link buildMonthlyReport}.
 *
 * @category Report
 */
export interface BuildMonthlyReportOptions {
  /** The period reported: `'2019-01'`, `'2019-Q1'`, `'2019-H1'`, `'2019'` or `'2019-01..2019-06'`. */
  readonly period: string;
  /** What records cannot hold: names, display names, investment projects, cards, commendations, published figures. */
  readonly supplement: ReportSupplement;
  /** `true` labels the period as a year to date (2019年1—6月累计). Default `false`. */
  readonly cumulative?: boolean;
  /** The working-day calendar the records' deadlines were counted by, as the report names it (国务院办公厅节假日安排 2007—2026). */
  readonly calendar?: string;
}

const FN = 'buildMonthlyReport';

/** A base span, or null when there is none (before 0001-01) or the data does not reach it. */
function baseSpan(make: () => PeriodSpan): PeriodSpan | null {
  try {
    return make();
  } catch {
    // Nothing before 0001-01 can be in the data.
    return null;
  }
}

interface Window {
  readonly months: ReadonlySet<string>;
  readonly last: string;
}

function windowOf(span: PeriodSpan): Window {
  return { months: new Set(spanMonths(span)), last: span.to };
}

/**
 * Whether the data reaches a span: every one of its months has a case
 * accepted or completed in it, at any unit. A month without one is taken as
 * a month the export does not cover (a district with no case at all in a
 * month is not a report's case), and a 同比 against part of a span would mislead.
 */
function covers(groups: readonly MonthlyGroup[], window: Window): boolean {
  const active = new Set(groups.filter((group) => group.accepted > 0 || group.completed > 0).map((group) => group.month));
  return [...window.months].every((month) => active.has(month));
}

function readNamedList(path: string, value: unknown): { id: string; name: string }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`${FN} requires ${path} to be an array, got ${describeValue(value)}`);
  return value.map((item: unknown, index) => {
    assertObject(FN, `${path}[${index}]`, item);
    for (const field of ['id', 'name']) {
      const text = item[field];
      if (typeof text !== 'string' || text === '') {
        throw new TypeError(`${FN} requires ${path}[${index}].${field} to be a non-empty string, got ${describeValue(text)}`);
      }
    }
    return { id: item['id'] as string, name: item['name'] as string };
  });
}

/** Units in the supplement's order, then the others the groups hold, in code-point order of their ids. */
function unitsOf(listed: readonly { id: string; name: string }[], ids: Iterable<string>): { id: string; name: string }[] {
  const names = new Map<string, string>();
  for (const unit of listed) if (!names.has(unit.id)) names.set(unit.id, unit.name);
  const rest = [...new Set(ids)].filter((id) => !names.has(id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...names.entries()].map(([id, name]) => ({ id, name })).concat(rest.map((id) => ({ id, name: id })));
}

/**
 * Builds a monthly report's data (a {@link MonthlyReport}) from tallies of
 * case records: the report of any period, with its 同比 and 环比, its appendix
 * lists and what records cannot hold from a supplement.
 *
 * It is the step from an export to the published report (质量运行情况分析):
 * tally the records by month, street office, department and category over
 * the period and the periods it is compared with, then build. The centre
 * (区政务服务中心) is the records with no street office, handled at its own
 * windows; each street office is its own unit (街道为民服务中心). These are two
 * levels, not a whole and its part, as in the 五华区 seed (35300 at the
 * centre beside 22256 at the street offices).
 *
 * ```text
 * 受理, 办结, 按时办结 of a span = the sums over its months
 * 在办 = the cases accepted by the span's end and not completed by then (its last month's 在办)
 * 同比 base = the same span a year before      环比 base = the span of equal length just before
 * a base span is in the data when each of its months has a case accepted or completed, at any unit
 * ```
 *
 * The groups are a tally by `['period', 'streetOffice', 'department',
 * 'category']` from the first month of the earlier base span (for a span of
 * up to a year, the same span a year before) to the last month of the
 * period. The report lists: the centre's counts, its split by category (both
 * categories, zero included), its 在办 by department (those with any, most
 * first), every department (`centre.departments`, for 附件1); the street
 * offices' total and every office (`listed: 'all'`, for 附件2), with the top
 * three by 受理 (`top`) named in the text. A unit in the supplement with no
 * records is listed with zero counts (本期无业务), never dropped. Rates are
 * not stored: they are worked out from the summed counts when printed, never
 * from monthly rates. `inProgressRule` is `'open-at-period-end'`. A year
 * has no 环比 (`previousMonth`): the span before it is the year before, whose
 * change is its 同比.
 *
 * When the groups carry `timeLimits` (records with 承诺时限 or 法定时限), the
 * centre's and the street offices' `timeLimits` are their sums over the span
 * (超期在办 at its last month, as 在办); a unit none of whose groups carries
 * them has none. `calendar`, when given, is copied into the report.
 *
 * "No data" and "zero cases" differ: a base span the data does not reach is
 * `{ noData: true }` (printed 上年同期无数据), a unit with no cases in a base
 * span the data reaches is a count of 0 (printed 上年同期无业务). The result
 * passes `parseMonthlyReport` and {@link auditReport} finds no error in it.
 *
 * @param groups - Tally groups keyed by `period`, `streetOffice`, `department` and `category`, as `tallyCases` or a tallier returns them.
 * @param options - `period`, `supplement`, `cumulative` and `calendar`.
 * @returns The report's data, ready for {@link renderReport} or `JSON.stringify`.
 * @throws {TypeError} `buildMonthlyReport requires groups to be an array of tally groups, got …`, `buildMonthlyReport requires groups[0].key.department to be a non-empty string, got undefined` (likewise every field of a group), `buildMonthlyReport requires options to be an object, got …`, `buildMonthlyReport requires supplement to be an object, got …`, `buildMonthlyReport requires supplement.centre.name to be a non-empty string, got …`, `buildMonthlyReport requires calendar to be a non-empty string, got …`; and a field of the supplement of the wrong type, named where it lands in the report (`buildMonthlyReport requires report.supervision.redCards to be a non-negative integer …`).
 * @throws {RangeError} `buildMonthlyReport requires period to be a month (2019-01), … got "2019-1"`, `buildMonthlyReport requires groups[0].key.period to be a month written YYYY-MM …`, `buildMonthlyReport requires groups[0].tally.accepted to be a non-negative integer, got -1`, `buildMonthlyReport requires groups[1].key to be the key of one group only, got … twice`, a sum past `Number.MAX_SAFE_INTEGER`, and a field of the supplement with a bad value.
 * @example
 * ```ts
 * const group = (period, streetOffice, accepted, completed, inProgress) => ({
 *   key: { period, streetOffice, department: '区卫计局', category: 'public_service' },
 *   tally: { accepted, completed, completedOnTime: completed, due: 0, inProgress },
 * });
 * const report = buildMonthlyReport(
 *   [group('2019-01', null, 10, 8, 2), group('2019-01', '红云街道', 5, 5, 0), group('2018-12', null, 4, 4, 0)],
 *   { period: '2019-01', supplement: { district: '五华区', centre: { name: '五华区人民政府政务服务中心' } } },
 * );
 * report.centre.tally;
 * // => { accepted: 10, completed: 8, completedOnTime: 8, inProgress: 2 }
 * report.centre.previousYear;
 * // => { noData: true }
 * report.centre.previousMonth;
 * // => { accepted: 4, completed: 4 }
 * renderReport(report).split('\n\n')[2];
 * // => '2019年1月,五华区人民政府政务服务中心各窗口共受理各类事项10件,办结8件,在办事项2件(截至2019年1月31日仍未办结的办件),办结率80%,按时办结率为100%,接件总数上年同期无数据,接件总数环比增长150.00%;在办事项中,区卫计局2件;在所受理的各类事项中,行政许可事项0件,公共服务事项(除行政许可事项以外的其他全部事项)10件。'
 * ```
 * @see {@link ReportSupplementSchema} for the supplement; {@link renderReport} writes the report, its Markdown with the appendix tables.
 * @category Report
 */
export function buildMonthlyReport(groups: readonly TallyGroup[], options: BuildMonthlyReportOptions): MonthlyReport {
  assertObject(FN, 'options', options);
  const read: Readonly<Record<string, unknown>> = options;
  const span = parsePeriodSpanFor(FN, 'period', read.period);
  const cumulative: unknown = read.cumulative;
  if (cumulative !== undefined && typeof cumulative !== 'boolean') {
    throw new TypeError(`${FN} requires cumulative to be a boolean, got ${describeValue(cumulative)}`);
  }
  const supplement: unknown = read.supplement;
  assertObject(FN, 'supplement', supplement);
  const centreInfo: unknown = supplement['centre'];
  assertObject(FN, 'supplement.centre', centreInfo);
  if (typeof centreInfo['name'] !== 'string' || centreInfo['name'] === '') {
    throw new TypeError(`${FN} requires supplement.centre.name to be a non-empty string, got ${describeValue(centreInfo['name'])}`);
  }
  const streetInfo: unknown = supplement['streetOffices'];
  if (streetInfo !== undefined) assertObject(FN, 'supplement.streetOffices', streetInfo);
  const listedDepartments = readNamedList('supplement.departments', supplement['departments']);
  const listedOffices = readNamedList('supplement.streetOffices.offices', (streetInfo as Record<string, unknown> | undefined)?.['offices']);
  const all = readMonthlyGroups(FN, 'groups', groups);

  const current = windowOf(span);
  const yearBefore = baseSpan(() => previousYearSpan(span));
  // A year's span before is the year before: its 同比 says it all, and no 环比 repeats it.
  const before = span.kind === 'year' ? null : baseSpan(() => previousSpan(span));
  const yearWindow = yearBefore !== null && covers(all, windowOf(yearBefore)) ? windowOf(yearBefore) : null;
  const beforeWindow = before !== null && covers(all, windowOf(before)) ? windowOf(before) : null;

  const counts = (window: Window, keep: (group: MonthlyGroup) => boolean): SpanCounts => sumSpan(FN, all, window.months, window.last, keep);
  const tallyOf = (keep: (group: MonthlyGroup) => boolean) => {
    const { accepted, completed, completedOnTime, inProgress } = counts(current, keep);
    return { accepted, completed, completedOnTime, inProgress };
  };
  const baseOf = (window: Window | null, keep: (group: MonthlyGroup) => boolean) => {
    if (window === null) return { noData: true as const };
    const { accepted, completed } = counts(window, keep);
    return { accepted, completed };
  };
  const inReport = (group: MonthlyGroup): boolean => current.months.has(group.month) || (yearWindow?.months.has(group.month) ?? false);

  // The centre: records with no street office.
  const atCentre = (group: MonthlyGroup): boolean => group.streetOffice === null;
  const centreTally = tallyOf(atCentre);
  const departments = unitsOf(listedDepartments, all.filter((g) => atCentre(g) && inReport(g)).map((g) => g.department)).map((department) => {
    const keep = (group: MonthlyGroup): boolean => atCentre(group) && group.department === department.id;
    return { department, tally: tallyOf(keep), previousYear: baseOf(yearWindow, keep) };
  });
  const inProgressByDepartment = departments
    .filter((entry) => entry.tally.inProgress > 0)
    .sort((a, b) => b.tally.inProgress - a.tally.inProgress)
    .map((entry) => ({ department: entry.department, inProgress: entry.tally.inProgress }));
  const limitsOf = (keep: (group: MonthlyGroup) => boolean) => {
    const { timeLimits } = counts(current, keep);
    return timeLimits === undefined ? {} : { timeLimits };
  };
  const centre: MonthlyReport['centre'] = {
    name: centreInfo['name'],
    tally: centreTally,
    inProgressRule: 'open-at-period-end',
    ...limitsOf(atCentre),
    previousYear: baseOf(yearWindow, atCentre),
    ...(span.kind === 'year' ? {} : { previousMonth: baseOf(beforeWindow, atCentre) }),
    byCategory: CASE_CATEGORIES.map((category) => {
      const { accepted, completed } = counts(current, (group) => atCentre(group) && group.category === category);
      return { category, accepted, completed };
    }),
    inProgressByDepartment,
    departments,
  };
  if (centreInfo['published'] !== undefined) centre.published = centreInfo['published'] as NonNullable<MonthlyReport['centre']['published']>;

  // In the schema's order of fields, so that the JSON reads back as it was written.
  const report = { period: span.text } as MonthlyReport;
  if (cumulative === true) report.cumulative = true;
  const copy = (field: 'district' | 'issuer' | 'issuedOn' | 'investment' | 'supervision' | 'commendations' | 'englishNames'): void => {
    if (supplement[field] !== undefined) (report as Record<string, unknown>)[field] = supplement[field];
  };
  for (const field of ['issuer', 'issuedOn', 'district'] as const) copy(field);
  report.centre = centre;

  // Each street office its own unit; the list is whole.
  const atOffice = (group: MonthlyGroup): boolean => group.streetOffice !== null;
  const offices = unitsOf(listedOffices, all.filter((g) => atOffice(g) && inReport(g)).map((g) => g.streetOffice as string)).map((office) => {
    const keep = (group: MonthlyGroup): boolean => group.streetOffice === office.id;
    return { office, tally: tallyOf(keep), previousYear: baseOf(yearWindow, keep) };
  });
  if (offices.length > 0) {
    const streets: NonNullable<MonthlyReport['streetOffices']> = {
      officeCount: offices.length,
      tally: tallyOf(atOffice),
      inProgressRule: 'open-at-period-end',
      ...limitsOf(atOffice),
      previousYear: baseOf(yearWindow, atOffice),
      ...(span.kind === 'year' ? {} : { previousMonth: baseOf(beforeWindow, atOffice) }),
      listed: 'all',
      top: ((streetInfo as Record<string, unknown> | undefined)?.['top'] as number | undefined) ?? 3,
      offices,
    };
    const published = (streetInfo as Record<string, unknown> | undefined)?.['published'];
    if (published !== undefined) streets.published = published as NonNullable<NonNullable<MonthlyReport['streetOffices']>['published']>;
    report.streetOffices = streets;
  }
  for (const field of ['investment', 'supervision', 'commendations'] as const) copy(field);
  const calendar: unknown = read.calendar;
  if (calendar !== undefined) {
    if (typeof calendar !== 'string' || calendar === '') throw new TypeError(`${FN} requires calendar to be a non-empty string, got ${describeValue(calendar)}`);
    report.calendar = calendar;
  }
  copy('englishNames');
  // The supplement's parts are checked where they land, by the report's own rules.
  assertReportShape(FN, report);
  return report;
}
