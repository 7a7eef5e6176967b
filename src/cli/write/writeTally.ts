import { formatPercent } from '../../format/formatPercent.js';
import { caseCategoryLabel } from '../../models/caseCategoryLabel.js';
import { topN } from '../../ranking/topN.js';
import { completionRate } from '../../rates/completionRate.js';
import { onTimeRate } from '../../rates/onTimeRate.js';
import { writeBlocks } from '../../report/reportBlocks.js';
import type { Dimension } from '../../tally/Dimension.js';
import { emptyTally } from '../../tally/emptyTally.js';
import { mergeTallies } from '../../tally/mergeTallies.js';
import { rollupTallyGroups } from '../../tally/rollupTallyGroups.js';
import type { FullCaseTally, TallyGroup, TimeLimitTally } from '../../tally/TallyResult.js';
import { timeLimitRates } from '../../tally/timeLimitRates.js';
import { formatScaledDecimal } from '../../format/formatScaledDecimal.js';
import type { Ratio } from '../../rates/Ratio.js';
import { csvCell } from './csvCell.js';
import { displayTable } from './displayTable.js';

const LABELS = {
  'zh-CN': {
    rank: '排名',
    department: '部门',
    category: '类别',
    streetOffice: '街道',
    period: '月份',
    accepted: '受理',
    completed: '办结',
    completedOnTime: '按时办结',
    inProgress: '在办',
    completionRate: '办结率',
    onTimeRate: '按时办结率',
    immediate: '即办件',
    committed: '承诺件',
    completedEarly: '提前办结',
    completedLate: '超期办结',
    overdueInProgress: '超期在办',
    earlyRate: '提前办结率',
    overdueRate: '超期率',
    immediateShare: '即办件占比',
    averageWorkingDays: '平均办理时长(工作日)',
    centre: '中心本级窗口(无街道)',
    total: '合计',
    notRanked: '—',
  },
  en: {
    rank: 'Rank',
    department: 'Department',
    category: 'Category',
    streetOffice: 'Street office',
    period: 'Month',
    accepted: 'Accepted',
    completed: 'Completed',
    completedOnTime: 'On time',
    inProgress: 'In progress',
    completionRate: 'Completion rate',
    onTimeRate: 'On-time rate',
    immediate: 'Immediate',
    committed: 'Committed',
    completedEarly: 'Early',
    completedLate: 'Late',
    overdueInProgress: 'Overdue open',
    earlyRate: 'Early rate',
    overdueRate: 'Overdue rate',
    immediateShare: 'Immediate share',
    averageWorkingDays: 'Working days (mean)',
    centre: "centre's own windows (no street office)",
    total: 'Total',
    notRanked: '—',
  },
} as const;

/** What the heading says about the file and the records. */
export interface TallyHeading {
  /** The file, as named on the command line. */
  readonly file: string;
  /** The period as given. */
  readonly period: string;
  /** The period as reports write it: 2019年第一季度, Q1 2019. */
  readonly label: string;
  /** The period's last month (YYYY-MM), where 在办 is taken. */
  readonly lastMonth: string;
  /** Records read, valid or not. */
  readonly records: number;
  /** Of those, the invalid ones, not counted. */
  readonly invalid: number;
  /** Records set apart by an excluding status, by status. */
  readonly excluded: readonly { readonly status: string; readonly count: number }[];
  /** The offset that times without one were read at, such as '+08:00', or null when they were refused. */
  readonly timeOffset: string | null;
  /** The columns read, as `header→field`, for a table; null for NDJSON. */
  readonly columns: readonly { readonly field: string; readonly header: string }[] | null;
}

/** How to write the tally. */
export interface WriteTallyOptions {
  readonly by: readonly Dimension[];
  readonly top: number | undefined;
  readonly format: 'text' | 'markdown' | 'json' | 'csv';
  readonly locale: 'zh-CN' | 'en';
  /** Decimals of the rates in tables; the rates' own digits (two, trailing zeros trimmed) when undefined. */
  readonly digits: number | undefined;
}

/**
 * The tally as text, Markdown, CSV or JSON: the groups ranked by 受理 (ties
 * at the cut kept), a total row (合计) over every group, and in a table by
 * street office the records with none labelled as the centre's own windows,
 * kept out of the ranking but in the total.
 */
export function writeTally(groups: readonly TallyGroup[], heading: TallyHeading, options: WriteTallyOptions): string {
  const { by, top, format, locale, digits } = options;
  const labels = LABELS[locale];
  // The centre's own windows are no street office: listed apart, never ranked.
  const apart = by.includes('streetOffice') ? groups.filter((group) => group.key.streetOffice === null) : [];
  const rankable = apart.length === 0 ? groups : groups.filter((group) => group.key.streetOffice !== null);
  const ranked = topN(rankable, top ?? rankable.length, { by: (group) => group.tally.accepted });
  const totalTally = totalOf(groups, by, heading.lastMonth);
  const percent = (ratio: Parameters<typeof formatPercent>[0]): string =>
    formatPercent(ratio, digits === undefined ? { digits: 2 } : { digits });
  const keyText = (group: TallyGroup, dimension: Dimension): string => {
    const value = group.key[dimension];
    if (value === null) return labels.centre;
    if (dimension === 'category') return caseCategoryLabel(value as never, { locale });
    return String(value);
  };
  const figures = (tally: FullCaseTally): string[] => [
    String(tally.accepted),
    String(tally.completed),
    String(tally.completedOnTime),
    String(tally.inProgress),
    percent(completionRate(tally)),
    percent(onTimeRate({ completed: tally.completed, completedOnTime: tally.completedOnTime })),
  ];
  // The time-limit columns only when some record had a limit; a group without one shows "—" (no data).
  const totalLimits = totalLimitsOf(groups, by, heading.lastMonth);
  const days = (ratio: Ratio): string =>
    ratio.denominator === 0
      ? '—'
      : formatScaledDecimal(BigInt(ratio.numerator), BigInt(ratio.denominator), { digits: digits ?? 2, rounding: 'half-up', trimZeros: false });
  const limitFigures = (limits: TimeLimitTally | undefined): string[] => {
    if (totalLimits === undefined) return [];
    if (limits === undefined) return LIMIT_COLUMNS.map(() => '—');
    const limitRates = timeLimitRates(limits);
    return [
      String(limits.immediate),
      String(limits.committed),
      String(limits.completedEarly),
      String(limits.completedLate),
      String(limits.overdueInProgress),
      percent(limitRates.earlyRate),
      percent(limitRates.overdueRate),
      percent(limitRates.immediateShare),
      days(limitRates.averageWorkingDays),
    ];
  };
  const rows = [
    ...ranked.map(({ item, rank }) => [String(rank), ...by.map((dimension) => keyText(item, dimension)), ...figures(item.tally), ...limitFigures(item.timeLimits)]),
    ...apart.map((group) => [labels.notRanked, ...by.map((dimension) => keyText(group, dimension)), ...figures(group.tally), ...limitFigures(group.timeLimits)]),
  ];
  const totalRow = [labels.total, ...by.map(() => ''), ...figures(totalTally), ...limitFigures(totalLimits)];
  if (format === 'json') return writeJson(ranked, apart, { tally: totalTally, timeLimits: totalLimits }, heading, by);
  const header = [
    labels.rank,
    ...by.map((dimension) => labels[dimension]),
    labels.accepted,
    labels.completed,
    labels.completedOnTime,
    labels.inProgress,
    labels.completionRate,
    labels.onTimeRate,
    ...(totalLimits === undefined ? [] : LIMIT_COLUMNS.map((column) => labels[column])),
  ];
  if (format === 'csv') {
    return `${[header, ...rows, totalRow].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
  const scope = describeScope(groups.length, heading, options);
  if (format === 'markdown') {
    return writeBlocks(
      [
        ...scope.split('\n').map((text) => ({ kind: 'paragraph' as const, text })),
        { kind: 'table', header, rows: [...rows, totalRow], leftColumns: 1 + by.length },
      ],
      'markdown',
    );
  }
  return `${scope}\n\n${displayTable(header, [...rows, totalRow], 1 + by.length)}\n`;
}

/** The heading: the file, the period, the records valid and not, the excluded, the clock, the groups. */
function describeScope(groupCount: number, heading: TallyHeading, options: WriteTallyOptions): string {
  const { by, top, locale } = options;
  const labels = LABELS[locale];
  const valid = heading.records - heading.invalid;
  if (locale === 'en') {
    const parts = [
      `${heading.file}: ${heading.label}, ${heading.records} ${heading.records === 1 ? 'record' : 'records'}`,
      heading.invalid > 0 ? `${heading.invalid} of them invalid and not counted (${valid} counted)` : '',
      heading.excluded.length > 0 ? `not accepted (status): ${heading.excluded.map((entry) => `${entry.status} ${entry.count}`).join(', ')}` : '',
      `${groupCount} ${groupCount === 1 ? 'group' : 'groups'} by ${by.join(' and ') || 'nothing'}${top === undefined ? '' : `, top ${top} by cases accepted`}`,
    ];
    const notes = [
      heading.timeOffset === null ? '' : `times without an offset read at UTC${heading.timeOffset}`,
      heading.columns === null ? '' : `columns: ${heading.columns.map((column) => `${column.header}→${column.field}`).join(', ')}`,
    ].filter((part) => part !== '');
    return [parts.filter((part) => part !== '').join(', '), ...notes].join('\n');
  }
  const parts = [
    `${heading.file}: ${heading.label},共${heading.records}条记录`,
    heading.invalid > 0 ? `其中${heading.invalid}条无效未计入` : '',
    heading.excluded.length > 0 ? `另有${heading.excluded.map((entry) => `${entry.status}${entry.count}条`).join('、')}未计入受理` : '',
    `按${by.map((dimension) => labels[dimension]).join('、') || '全部'}分为${groupCount}组${top === undefined ? '' : `,受理量前${top}名`}`,
  ];
  const notes = [
    heading.timeOffset === null ? '' : `不带时区的时间按UTC${heading.timeOffset}${heading.timeOffset === '+08:00' ? '(北京时间)' : ''}读取`,
    heading.columns === null ? '' : `读取的列:${heading.columns.map((column) => `${column.header}→${column.field}`).join('、')}`,
  ].filter((part) => part !== '');
  return [parts.filter((part) => part !== '').join(','), ...notes].join('\n');
}

/** The time-limit columns of the tables, after the six of every tally. */
const LIMIT_COLUMNS = [
  'immediate',
  'committed',
  'completedEarly',
  'completedLate',
  'overdueInProgress',
  'earlyRate',
  'overdueRate',
  'immediateShare',
  'averageWorkingDays',
] as const;

function writeJson(
  ranked: readonly { readonly item: TallyGroup; readonly rank: number }[],
  apart: readonly TallyGroup[],
  total: { readonly tally: FullCaseTally; readonly timeLimits: TimeLimitTally | undefined },
  heading: TallyHeading,
  by: readonly Dimension[],
): string {
  const limitRates = (timeLimits: TimeLimitTally | undefined) => {
    if (timeLimits === undefined) return {};
    const { earlyRate, overdueRate, immediateShare, averageWorkingDays } = timeLimitRates(timeLimits);
    return {
      timeLimits,
      earlyRate: { ...earlyRate, text: formatPercent(earlyRate) },
      overdueRate: { ...overdueRate, text: formatPercent(overdueRate) },
      immediateShare: { ...immediateShare, text: formatPercent(immediateShare) },
      averageWorkingDays: {
        ...averageWorkingDays,
        text:
          averageWorkingDays.denominator === 0
            ? '—'
            : formatScaledDecimal(BigInt(averageWorkingDays.numerator), BigInt(averageWorkingDays.denominator), { digits: 2, rounding: 'half-up', trimZeros: false }),
      },
    };
  };
  const rates = (tally: FullCaseTally, timeLimits?: TimeLimitTally) => {
    const completion = completionRate(tally);
    const onTime = onTimeRate({ completed: tally.completed, completedOnTime: tally.completedOnTime });
    return {
      completionRate: { ...completion, text: formatPercent(completion) },
      onTimeRate: { ...onTime, text: formatPercent(onTime) },
      ...limitRates(timeLimits),
    };
  };
  return `${JSON.stringify(
    {
      period: heading.period,
      label: heading.label,
      by,
      records: heading.records,
      invalid: heading.invalid,
      excluded: heading.excluded,
      timeOffset: heading.timeOffset,
      ...(heading.columns === null ? {} : { columns: heading.columns }),
      groups: [
        ...ranked.map(({ item, rank }) => ({ rank, key: item.key, tally: item.tally, ...rates(item.tally, item.timeLimits) })),
        ...apart.map((group) => ({ rank: null, key: group.key, tally: group.tally, ...rates(group.tally, group.timeLimits) })),
      ],
      total: { tally: total.tally, ...rates(total.tally, total.timeLimits) },
    },
    null,
    2,
  )}\n`;
}

/**
 * The total (合计) of every group: the counts added exactly (refused past
 * Number.MAX_SAFE_INTEGER). By month, 在办 is the 在办 at the end of the last
 * month, not a sum over months.
 */
function totalOf(groups: readonly TallyGroup[], by: readonly Dimension[], lastMonth: string): FullCaseTally {
  let total = emptyTally();
  for (const group of groups) total = mergeTallies(total, group.tally);
  if (!by.includes('period')) return total;
  let inProgress = emptyTally();
  for (const group of groups) if (group.key.period === lastMonth) inProgress = mergeTallies(inProgress, { ...emptyTally(), inProgress: group.tally.inProgress });
  return { ...total, inProgress: inProgress.inProgress };
}

/**
 * The total of the groups' time-limit counts, or undefined when no group has
 * them. By month, 超期在办 is that at the end of the last month.
 */
function totalLimitsOf(groups: readonly TallyGroup[], by: readonly Dimension[], lastMonth: string): TimeLimitTally | undefined {
  const total = rollupTallyGroups(
    groups.map((group) => (group.timeLimits === undefined ? { key: {}, tally: group.tally } : { key: {}, tally: group.tally, timeLimits: group.timeLimits })),
    [],
  )[0]?.timeLimits;
  if (total === undefined || !by.includes('period')) return total;
  let overdue = 0;
  for (const group of groups) if (group.key.period === lastMonth) overdue += group.timeLimits?.overdueInProgress ?? 0;
  return { ...total, overdueInProgress: overdue };
}
