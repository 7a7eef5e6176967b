import type { PeriodSpan } from '../period/PeriodSpan.js';
import type { Period } from '../period/Period.js';
import { previousSpan } from '../period/previousSpan.js';
import { previousYearSpan } from '../period/previousYearSpan.js';

/**
 * The months a tally must cover for {@link buildMonthlyReport}: from the first
 * month of the earlier of its base spans (the same span a year before, the
 * span of equal length just before) to the period's last month. A base span
 * before 0001-01 is left out.
 *
 * @internal
 */
export function reportTallyRange(span: PeriodSpan): { readonly from: Period; readonly to: Period } {
  let from = span.from;
  for (const make of [previousYearSpan, previousSpan]) {
    try {
      const base = make(span);
      // YYYY-MM texts sort as the months do.
      if (base.from < from) from = base.from;
    } catch {
      // No span before 0001-01.
    }
  }
  return { from, to: span.to };
}
