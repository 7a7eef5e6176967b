import { formatPeriodSpan } from '../../period/formatPeriodSpan.js';
import { parsePeriodSpan } from '../../period/parsePeriodSpan.js';
import type { PeriodSpan } from '../../period/PeriodSpan.js';
import type { ReportLocale } from '../ReportLocale.js';

/** The words a report uses for its period. */
export interface PeriodWords {
  /** The span. */
  readonly span: PeriodSpan;
  /** Its label: 2019年1月, 2019年第一季度, 2019年1—6月累计; January 2019, Q1 2019. */
  readonly label: string;
  /** The period as "this …": 本月, 本季度, 本年度, 本期; this month, this quarter, this year, in the period. */
  readonly current: string;
  /** The period before, as a 环比 names it: 上月, 上季度, 上年度, 上期. */
  readonly before: string;
  /** The last day of the period, where 在办 is taken: 2019年3月31日; 31 March 2019. */
  readonly lastDay: string;
  /** Whether the period is one month (the seed's wording, word for word). */
  readonly monthly: boolean;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const CURRENT = {
  'zh-CN': { month: '本月', quarter: '本季度', 'half-year': '本期', year: '本年度', range: '本期' },
  en: { month: 'this month', quarter: 'this quarter', 'half-year': 'in the period', year: 'this year', range: 'in the period' },
} as const;
const BEFORE = {
  'zh-CN': { month: '上月', quarter: '上季度', 'half-year': '上期', year: '上年度', range: '上期' },
  en: { month: 'month on month', quarter: 'quarter on quarter', 'half-year': 'on the period before', year: 'year on year', range: 'on the period before' },
} as const;

/**
 * The words of a report's period, from its `period` (any span) and
 * `cumulative` flag. The report's check has read the period before.
 *
 * @internal
 */
export function periodWords(report: { readonly period: string; readonly cumulative?: boolean | undefined }, locale: ReportLocale): PeriodWords {
  const span = parsePeriodSpan(report.period);
  const label = formatPeriodSpan(span, { locale, cumulative: report.cumulative === true });
  const year = Number(span.to.slice(0, 4));
  const month = Number(span.to.slice(5, 7));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const day = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return {
    span,
    label,
    current: CURRENT[locale][span.kind],
    before: BEFORE[locale][span.kind],
    lastDay: locale === 'en' ? `${day} ${MONTHS[month - 1]} ${year}` : `${year}年${month}月${day}日`,
    monthly: span.kind === 'month',
  };
}
