import type { MonthlyReport, ReportCount } from '../models/MonthlyReportSchema.js';
import { assertReportShape } from './check/assertReportShape.js';
import { countRange } from './figures/countRange.js';
import { periodWords } from './figures/periodWords.js';
import { countText, figureTexts, resolveFigure } from './figures/reportFigures.js';
import { unitFigures } from './figures/unitFigures.js';
import type { ReportBlock } from './reportBlocks.js';
import type { ReportLocale } from './ReportLocale.js';

const WORDS = {
  'zh-CN': {
    departments: '附件1 接办件情况同期比对表',
    offices: '附件2 街道办事处为民服务中心办件情况统计表',
    department: '部门',
    office: '街道为民服务中心',
    header: ['受理', '办结', '在办', '办结率', '按时办结率', '上年同期受理', '同比', '备注'],
    total: '合计',
    noBusiness: '本期无业务',
    noData: '无数据',
    openAtEnd: (day: string) => `注:在办为截至${day}受理而仍未办结的办件;同比为受理量与上年同期相比;办结率、按时办结率由合计的件数算出。`,
    acceptedMinusCompleted: '注:在办为受理数减办结数;同比为受理量与上年同期相比。',
  },
  en: {
    departments: 'Appendix 1. Cases by department, with the same period last year',
    offices: 'Appendix 2. Cases at the street office service centres',
    department: 'Department',
    office: 'Street office service centre',
    header: ['Accepted', 'Completed', 'In progress', 'Completion rate', 'On-time rate', 'Accepted, same period last year', 'Year on year', 'Note'],
    total: 'Total',
    noBusiness: 'no business in the period',
    noData: 'no data',
    openAtEnd: (day: string) =>
      `Note: in progress counts the cases accepted by ${day} and not completed by then; year on year compares cases accepted with the same period last year; rates of a total come from its summed counts.`,
    acceptedMinusCompleted: 'Note: in progress is accepted minus completed; year on year compares cases accepted with the same period last year.',
  },
} as const;

/** A row's unit: its counts, and the same period a year before. */
interface Row {
  readonly tally: {
    readonly accepted: ReportCount;
    readonly completed: ReportCount;
    readonly completedOnTime?: ReportCount | undefined;
    readonly inProgress?: ReportCount | undefined;
  };
  readonly previousYear?: { readonly accepted?: ReportCount | undefined; readonly noData?: true | undefined } | undefined;
}

/** A change as a table cell: the figure without the word 同比 the column names (增长26.32%, 持平, 上年同期无业务). */
function changeCell(text: string | undefined, locale: ReportLocale): string {
  if (text === undefined) return '—';
  if (locale === 'zh-CN') return text.replace(/^同比/, '').replace('与上年同期持平', '持平');
  return text.replace(/ year on year$/, '');
}

function isZero(count: ReportCount | undefined): boolean {
  return count === undefined || countRange(count)[1] === 0;
}

function row(label: string, unit: Row, locale: ReportLocale, before: string | undefined, total: boolean): string[] {
  const words = WORDS[locale];
  const group = locale === 'en';
  const { tally, previousYear } = unit;
  const figures = unitFigures(unit, locale, before);
  const completionRate = resolveFigure(figureTexts.completionRate(tally.accepted, tally.completed));
  const onTime = tally.completedOnTime === undefined ? '—' : resolveFigure(figureTexts.onTimeRate(tally.completed, tally.completedOnTime));
  const base =
    previousYear?.noData === true ? words.noData : previousYear?.accepted === undefined ? '—' : countText(previousYear.accepted, group);
  const idle = !total && isZero(tally.accepted) && isZero(tally.completed) && isZero(tally.inProgress);
  return [
    label,
    countText(tally.accepted, group),
    countText(tally.completed, group),
    tally.inProgress === undefined ? '—' : countText(tally.inProgress, group),
    completionRate,
    onTime,
    base,
    changeCell(figures.yoy, locale),
    idle ? words.noBusiness : '',
  ];
}

/**
 * The appendix tables that reports attach, as heading and table blocks:
 * 附件1 接办件情况同期比对表 (every department at the centre's windows, from
 * `centre.departments`) and 附件2 街道办事处为民服务中心办件情况统计表 (every
 * street office, when `streetOffices.listed` is `'all'`), each with 受理, 办结,
 * 在办, 办结率, 按时办结率, 上年同期受理 and 同比, a total row (合计: the unit's
 * own tally, the centre or the street offices), units with no business
 * marked 本期无业务, then a note on which rule 在办 follows. A part the report
 * lacks gives no table; a partial list of offices gives none either (its
 * total would not be the sum of its rows).
 *
 * The Markdown of {@link renderReport} and the Word document write these
 * same blocks.
 *
 * ```text
 * 办结率 = 办结 / 受理      按时办结率 = 按时办结 / 办结      同比 = (受理 − 上年同期受理) / 上年同期受理
 * ```
 *
 * @internal
 */
export function appendixBlocks(report: MonthlyReport, locale: ReportLocale = 'zh-CN'): ReportBlock[] {
  assertReportShape('appendixBlocks', report);
  const words = WORDS[locale];
  const period = periodWords(report, locale);
  const before = period.monthly ? undefined : period.before;
  const names = new Map(Object.entries(report.englishNames ?? {}).filter(([chinese]) => chinese !== '__proto__'));
  const named = (chinese: string): string => (locale === 'en' ? (names.get(chinese) ?? chinese) : chinese);
  const blocks: ReportBlock[] = [];
  const { centre, streetOffices: streets } = report;
  if (centre.departments !== undefined) {
    blocks.push({ kind: 'heading', level: 2, text: words.departments });
    blocks.push({
      kind: 'table',
      header: [words.department, ...words.header],
      rows: [
        ...centre.departments.map((entry) => row(named(entry.department.name), entry, locale, before, false)),
        row(words.total, centre, locale, before, true),
      ],
    });
  }
  if (streets !== undefined && streets.listed === 'all') {
    blocks.push({ kind: 'heading', level: 2, text: words.offices });
    blocks.push({
      kind: 'table',
      header: [words.office, ...words.header],
      rows: [
        ...streets.offices.map((entry) => row(named(entry.office.name), entry, locale, before, false)),
        row(words.total, streets, locale, before, true),
      ],
    });
  }
  if (blocks.length === 0) return blocks;
  const rules = [centre.inProgressRule, streets?.inProgressRule];
  if (rules.includes('open-at-period-end')) blocks.push({ kind: 'paragraph', text: words.openAtEnd(period.lastDay) });
  else if (rules.includes('accepted-minus-completed')) blocks.push({ kind: 'paragraph', text: words.acceptedMinusCompleted });
  return blocks;
}
