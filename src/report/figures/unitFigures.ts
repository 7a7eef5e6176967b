import type { ReportCount } from '../../models/MonthlyReportSchema.js';
import type { ReportLocale } from '../ReportLocale.js';
import { figureTexts, resolveFigure } from './reportFigures.js';

/** What {@link unitFigures} reads from the centre, the street offices' total or an office. */
interface UnitInput {
  readonly tally: {
    readonly accepted: ReportCount;
    readonly completed: ReportCount;
    readonly completedOnTime?: ReportCount | undefined;
  };
  readonly previousYear?: { readonly accepted?: ReportCount | undefined } | undefined;
  readonly previousMonth?: { readonly accepted?: ReportCount | undefined } | undefined;
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

function change(
  kind: 'yoy' | 'mom',
  current: ReportCount,
  previous: ReportCount | undefined,
  published: string | undefined,
  locale: ReportLocale,
): string | undefined {
  const shown = published === undefined ? undefined : publishedChangeText(published, locale);
  if (previous === undefined) return shown;
  return resolveFigure(figureTexts.change(kind, current, previous, { locale }), shown);
}

/**
 * Works out a unit's printed figures from its counts, falling back on the
 * published text where an inferred range leaves the figure open.
 *
 * @internal
 */
export function unitFigures(unit: UnitInput, locale: ReportLocale): UnitFigures {
  const { tally, published = {} } = unit;
  return {
    completionRate: resolveFigure(figureTexts.completionRate(tally.accepted, tally.completed), published.completionRate),
    onTimeRate:
      tally.completedOnTime === undefined
        ? published.onTimeRate
        : resolveFigure(figureTexts.onTimeRate(tally.completed, tally.completedOnTime), published.onTimeRate),
    yoy: change('yoy', tally.accepted, unit.previousYear?.accepted, published.acceptedYoy, locale),
    mom: change('mom', tally.accepted, unit.previousMonth?.accepted, published.acceptedMom, locale),
  };
}
