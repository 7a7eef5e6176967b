import { formatPercent } from '../../format/formatPercent.js';
import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { makeRatio } from '../../rates/makeRatio.js';
import type { ReportLocale } from '../ReportLocale.js';
import { countText, REPORT_PERCENT } from './reportFigures.js';

type TimeLimits = NonNullable<MonthlyReport['centre']['timeLimits']>;

/**
 * 提前办结率 (completedEarly / committedCompleted) and 超期率 (completedLate /
 * committedCompleted) as a report prints them, or undefined when no 承诺件
 * was completed (no rate, not 0%).
 */
function rates(limits: TimeLimits): { early: string; late: string } | undefined {
  if (limits.committedCompleted === 0) return undefined;
  return {
    early: formatPercent(makeRatio(limits.completedEarly, limits.committedCompleted), REPORT_PERCENT),
    late: formatPercent(makeRatio(limits.completedLate, limits.committedCompleted), REPORT_PERCENT),
  };
}

/**
 * A unit's sentence on its cases with a time limit, after its 按时办结率:
 * 其中承诺件X件,提前办结Y件,超期办结Z件,超期在办W件,提前办结率…,超期率…;即办件V件
 * (no full stop: the paragraph joins it), or its English sentence (with one).
 *
 * @internal
 */
export function timeLimitText(limits: TimeLimits, locale: ReportLocale): string {
  const rate = rates(limits);
  if (locale === 'zh-CN') {
    const clauses = [
      `其中承诺件${countText(limits.committed)}件`,
      `提前办结${countText(limits.completedEarly)}件`,
      `超期办结${countText(limits.completedLate)}件`,
      `超期在办${countText(limits.overdueInProgress)}件`,
    ];
    if (rate !== undefined) clauses.push(`提前办结率${rate.early}`, `超期率${rate.late}`);
    return `${clauses.join(',')};即办件${countText(limits.immediate)}件`;
  }
  const n = (value: number): string => countText(value, true);
  const rateText = rate === undefined ? '' : ` (${rate.early} early, ${rate.late} overdue)`;
  return (
    `Of the cases accepted, ${n(limits.committed)} had a committed time limit and ${n(limits.immediate)} were to be handled on the spot (即办件); ` +
    `of the committed cases completed, ${n(limits.completedEarly)} were completed early and ${n(limits.completedLate)} after their deadline${rateText}, ` +
    `and ${n(limits.overdueInProgress)} were still open past it.`
  );}

/**
 * The line naming the working-day calendar the deadlines were counted by.
 *
 * @internal
 */
export function calendarText(calendar: string, locale: ReportLocale): string {
  return locale === 'zh-CN' ? `办理时限的工作日依据:${calendar}。` : `Working days of the time limits follow: ${calendar}.`;
}
