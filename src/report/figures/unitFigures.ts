import type { ReportCount } from '../../models/MonthlyReportSchema.js';
import type { ReportLocale } from '../ReportLocale.js';
import { figureTexts, resolveFigure } from './reportFigures.js';

/** A base period's counts, or `noData` when the data does not reach it. */
interface BaseInput {
  readonly accepted?: ReportCount | undefined;
  readonly noData?: true | undefined;
}

/** What {@link unitFigures} reads from the centre, the street offices' total or an office. */
interface UnitInput {
  readonly tally: {
    readonly accepted: ReportCount;
    readonly completed: ReportCount;
    readonly completedOnTime?: ReportCount | undefined;
  };
  readonly previousYear?: BaseInput | undefined;
  readonly previousMonth?: BaseInput | undefined;
  readonly published?:
    | {
        readonly completionRate?: string | undefined;
        readonly onTimeRate?: string | undefined;
        readonly acceptedYoy?: string | undefined;
        readonly acceptedMom?: string | undefined;
      }
    | undefined;
}

/**
 * The printed figures of one unit; absent when neither the counts nor the
 * published text give them.
 *
 * @internal
 */
export interface UnitFigures {
  readonly completionRate: string;
  readonly onTimeRate: string | undefined;
  readonly yoy: string | undefined;
  readonly mom: string | undefined;
}

const PUBLISHED_CHANGE = /^(同比|环比)(增长|下降)(\d+(?:\.\d+)?%)$/;
const PUBLISHED_FLAT: Record<string, string> = {
  与上年同期持平: 'unchanged year on year',
  与上月持平: 'unchanged month on month',
  上年同期无业务: 'no cases in the same month last year',
  上月无业务: 'no cases in the previous month',
};

/**
 * A published change in the words of the locale: the Chinese as printed, or
 * its English equivalent ('同比下降10.16%' → 'down 10.16% year on year').
 *
 * @internal
 */
export function publishedChangeText(text: string, locale: ReportLocale): string {
  if (locale === 'zh-CN') return text;
  const match = PUBLISHED_CHANGE.exec(text);
  if (match !== null) {
    return `${match[2] === '增长' ? 'up' : 'down'} ${match[3]} ${match[1] === '同比' ? 'year on year' : 'month on month'}`;
  }
  return Object.hasOwn(PUBLISHED_FLAT, text) ? (PUBLISHED_FLAT[text] as string) : `“${text}”`;
}

/** 上年同期无数据: the base period is not in the data, which is not zero cases (上年同期无业务). */
const NO_DATA = {
  'zh-CN': { yoy: '上年同期无数据', mom: '上月无数据' },
  en: { yoy: 'no data for the same period last year', mom: 'no data for the previous month' },
} as const;

function change(
  kind: 'yoy' | 'mom',
  current: ReportCount,
  base: BaseInput | undefined,
  published: string | undefined,
  locale: ReportLocale,
): string | undefined {
  const shown = published === undefined ? undefined : publishedChangeText(published, locale);
  if (base?.noData === true) return shown ?? NO_DATA[locale][kind];
  const previous = base?.accepted;
  if (previous === undefined) return shown;
  return resolveFigure(figureTexts.change(kind, current, previous, { locale }), shown);
}

/**
 * A 环比 of a span other than a month in its words: 上季度 for 上月 (与上季度持平,
 * 上季度无业务), 'quarter on quarter' for 'month on month'. `before` is the
 * period before as {@link periodWords} names it.
 */
function spanChange(text: string | undefined, before: string, locale: ReportLocale): string | undefined {
  if (text === undefined) return undefined;
  if (locale === 'zh-CN') return text.replace(/上月/g, before);
  return text
    .replace(/month on month/g, before)
    .replace(/the previous month/g, 'the period before');
}

/**
 * Works out a unit's printed figures from its counts, falling back on the
 * published text where an inferred range leaves the figure open. A base
 * period with `noData` prints 上年同期无数据 (上月无数据); `before` words the
 * 环比 of a span other than a month (上季度, 'quarter on quarter').
 *
 * @internal
 */
export function unitFigures(unit: UnitInput, locale: ReportLocale, before?: string): UnitFigures {
  const { tally, published = {} } = unit;
  const yoy = change('yoy', tally.accepted, unit.previousYear, published.acceptedYoy, locale);
  const mom = change('mom', tally.accepted, unit.previousMonth, published.acceptedMom, locale);
  return {
    completionRate: resolveFigure(figureTexts.completionRate(tally.accepted, tally.completed), published.completionRate),
    onTimeRate:
      tally.completedOnTime === undefined
        ? published.onTimeRate
        : resolveFigure(figureTexts.onTimeRate(tally.completed, tally.completedOnTime), published.onTimeRate),
    yoy: before === undefined ? yoy : yoy?.replace('the same month last year', 'the same period last year'),
    mom: before === undefined ? mom : spanChange(mom, before, locale),
  };
}
