import type { PeriodSpan, PeriodSpanKind, PeriodSpanText } from '../PeriodSpan.js';
import { periodAt } from './monthIndex.js';

/**
 * The span of `kind` from month index `first` to `last` (see
 * {@link monthIndex}), with its canonical text. The caller makes sure that the
 * months fit the kind: a quarter starts in January, April, July or October and
 * has three months, and so on; a range has two months or more.
 *
 * @internal
 */
export function spanAt(kind: PeriodSpanKind, first: number, last: number): PeriodSpan {
  const from = periodAt(first);
  const to = periodAt(last);
  const year = from.slice(0, 4);
  const month = (first % 12) + 1;
  let text: string;
  if (kind === 'month') text = from;
  else if (kind === 'quarter') text = `${year}-Q${(month + 2) / 3}`;
  else if (kind === 'half-year') text = `${year}-H${month === 1 ? 1 : 2}`;
  else if (kind === 'year') text = year;
  else text = `${from}..${to}`;
  return { kind, from, to, text: text as PeriodSpanText } as PeriodSpan;
}
