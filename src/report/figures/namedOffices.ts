import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { topN } from '../../ranking/topN.js';
import { countRange } from './countRange.js';

type Streets = NonNullable<MonthlyReport['streetOffices']>;
type Entry = Streets['offices'][number];

/** The offices the text names, and how it leads them. */
export interface NamedOffices {
  /** `'all'`: every office, as listed; `'top'`: the busiest, in order of 受理. */
  readonly lead: 'all' | 'top';
  /** How many the lead announces: the list's length, or `top` when ties at the cut make the list longer. */
  readonly size: number;
  /** The offices, each with its rank when it shares it with another (并列). */
  readonly entries: readonly { readonly entry: Entry; readonly tiedRank: number | undefined }[];
}

/**
 * The street offices a report's text names: with `top`, the busiest `top`
 * offices by 受理 among those with any (ties at the cut kept, competition
 * ranks, an inferred count ranked by its largest value), so that the whole
 * list can stay in 附件2; without it, the list as given (the seed's top three).
 *
 * @internal
 */
export function namedOffices(streets: Streets): NamedOffices {
  if (streets.top === undefined) {
    return {
      lead: streets.listed === 'all' ? 'all' : 'top',
      size: streets.offices.length,
      entries: streets.offices.map((entry) => ({ entry, tiedRank: undefined })),
    };
  }
  const busy = streets.offices.filter((entry) => countRange(entry.tally.accepted)[1] > 0);
  const ranked = topN(busy, streets.top, { by: (entry) => countRange(entry.tally.accepted)[1] });
  const shared = (rank: number): boolean => ranked.filter((item) => item.rank === rank).length > 1;
  return {
    lead: 'top',
    size: Math.min(ranked.length, streets.top),
    entries: ranked.map((item) => ({ entry: item.item, tiedRank: shared(item.rank) ? item.rank : undefined })),
  };
}
