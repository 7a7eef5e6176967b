import { yoyChange } from '../../change/yoyChange.js';
import { momChange } from '../../change/momChange.js';
import { formatChange } from '../../format/formatChange.js';
import { type FormatPercentOptions, formatPercent } from '../../format/formatPercent.js';
import type { ReportCount } from '../../models/MonthlyReportSchema.js';
import { completionRate } from '../../rates/completionRate.js';
import { onTimeRate } from '../../rates/onTimeRate.js';
import type { ReportLocale } from '../ReportLocale.js';
import { formatScaledDecimal } from '../../format/formatScaledDecimal.js';
import { textsAtEnds } from './textsAtEnds.js';
import { countRange } from './countRange.js';

/**
 * How a report prints a percentage: two decimals, trailing zeros dropped
 * (99.53%, 100%), half-up, as the 五华区 seed does.
 *
 * @internal
 */
export const REPORT_PERCENT = { digits: 2, trimZeros: true } as const;

/**
 * The figures of a report, printed at every end of their counts' ranges.
 * `options` are formatPercent's, so that a published text with more or fewer
 * decimals can be matched.
 *
 * @internal
 */
export const figureTexts = {
  completionRate(accepted: ReportCount, completed: ReportCount, options: FormatPercentOptions = REPORT_PERCENT): string[] {
    return textsAtEnds([accepted, completed], ([a = 0, c = 0]) =>
      formatPercent(completionRate({ accepted: a, completed: c }), options),
    );
  },
  onTimeRate(completed: ReportCount, onTime: ReportCount, options: FormatPercentOptions = REPORT_PERCENT): string[] {
    // An end with more on time than completed (t > c) is no figure, but the values nearest it
    // are: every case on time, at most `most` of them (100%, or no rate when none can be
    // completed). Skipping it instead would drop the range's 100% end. The report's check
    // refuses ranges with no value at all where t ≤ c.
    const most = countRange(completed)[1];
    return textsAtEnds([completed, onTime], ([c = 0, t = 0]) => {
      const [done, inTime] = t > c ? [Math.min(t, most), Math.min(t, most)] : [c, t];
      return formatPercent(onTimeRate({ completed: done, completedOnTime: inTime }), options);
    });
  },
  change(
    kind: 'yoy' | 'mom',
    current: ReportCount,
    previous: ReportCount,
    options: { locale?: ReportLocale; digits?: number; trimZeros?: boolean } = {},
  ): string[] {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, yoyChange and momChange give the same change of valid counts; `kind` below words it
    const make = kind === 'yoy' ? yoyChange : momChange;
    return textsAtEnds([current, previous], ([now = 0, before = 0]) =>
      formatChange(make(now, before), { kind, ...options }),
    );
  },
  /** 投资概算 in 亿元 to one decimal, half-up: 20000000 → '0.2'. */
  hundredMillions(yuan: ReportCount, digits = 1): string[] {
    return textsAtEnds([yuan], ([value = 0]) =>
      formatScaledDecimal(BigInt(value), 100_000_000n, { digits, rounding: 'half-up', trimZeros: false }),
    );
  },
};

/**
 * The decimals a published figure shows: `'99.53%'` → 2, `'100%'` → 0.
 *
 * @internal
 */
export function decimalsShown(text: string): number {
  // Stryker disable next-line Regex: equivalent on the one-figure texts the schema admits: `\d+` → `\d` (the match may start at any digit), a required decimal part (no match gives 0 too)
  const match = /\d+(?:\.(\d+))?(?:%|亿元)/.exec(text);
  return match?.[1]?.length ?? 0;
}

/**
 * The ways a published percentage may have been printed from the counts:
 * rounded to the decimals it shows, or to two decimals with trailing zeros
 * dropped (so '100%' and '99.5%' match as well as '99.53%'). The formatters
 * print at most 20 decimals: a text with more is compared at 20, so it never
 * matches (and the audit says what the counts give).
 *
 * @internal
 */
export function publishedPercentOptions(text: string): { digits: number; trimZeros: boolean }[] {
  const digits = Math.min(decimalsShown(text), 20);
  return [
    { digits, trimZeros: false },
    { digits: 2, trimZeros: true },
  ];
}

/**
 * The text a report prints for a figure: the computed text when every end of
 * its counts' ranges prints alike, else the published text, else the range
 * of computed texts (`'99.52%–99.53%'`).
 *
 * @internal
 */
export function resolveFigure(texts: readonly string[], published?: string): string {
  if (texts.length === 1) return texts[0] as string;
  if (published !== undefined) return published;
  return `${texts[0]}–${texts.at(-1)}`;
}

/**
 * A count as a report prints it: the count, or an inferred range's ends.
 *
 * @internal
 */
export function countText(count: ReportCount, group = false): string {
  const show = (value: number): string => (group ? value.toLocaleString('en-US') : String(value));
  if (typeof count === 'number') return show(count);
  const { min, max } = count.inferred;
  return min === max ? show(min) : `${show(min)}–${show(max)}`;
}
