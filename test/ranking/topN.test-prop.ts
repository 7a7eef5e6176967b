import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { topN, type RankedItem, type RankingMethod, type RankOrder, type TopNTies } from '../../src/ranking/topN.js';

/**
 * The obvious implementation, used as the reference: score every item, sort a
 * copy stably, rank the whole list, then cut after n items (extended over the
 * ties with the n-th one when ties are kept).
 */
function reference<T>(
  items: readonly T[],
  n: number,
  by: (item: T, index: number) => number,
  ties: TopNTies,
  ranking: RankingMethod,
  order: RankOrder,
): RankedItem<T>[] {
  const scored = items.map((item, index) => ({ item, value: by(item, index) }));
  // Array.prototype.sort is stable: equal values keep input order.
  scored.sort((a, b) => (order === 'desc' ? b.value - a.value : a.value - b.value));
  const ranked = scored.map(({ item, value }, position) => {
    const better = scored.filter((other) => (order === 'desc' ? other.value > value : other.value < value));
    const rank =
      ranking === 'competition' ? better.length + 1 : new Set(better.map((other) => other.value)).size + 1;
    return { item, rank, value, position };
  });
  let end = Math.min(n, ranked.length);
  if (ties === 'keep' && end > 0) {
    const last = ranked[end - 1]?.value;
    while (end < ranked.length && ranked[end]?.value === last) end += 1;
  }
  return ranked.slice(0, end).map(({ item, rank, value }) => ({ item, rank, value }));
}

// Few distinct values, so ties are everywhere; each item is an object so identity is checked.
const itemsArbitrary = fc.array(
  fc.record({ id: fc.nat(), accepted: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -1000, max: 1000 })) }),
  { maxLength: 60 },
);
const tiesArbitrary = fc.constantFrom<TopNTies>('keep', 'cut');
const rankingArbitrary = fc.constantFrom<RankingMethod>('competition', 'dense');
const orderArbitrary = fc.constantFrom<RankOrder>('desc', 'asc');

describe('topN (properties)', () => {
  test.prop([itemsArbitrary, fc.nat({ max: 70 }), tiesArbitrary, rankingArbitrary, orderArbitrary], {
    numRuns: 1000,
  })('equals sort-then-cut on the whole list', (items, n, ties, ranking, order) => {
    const by = (item: { accepted: number }) => item.accepted;
    const actual = topN(items, n, { by, ties, ranking, order });
    const expected = reference(items, n, by, ties, ranking, order);
    expect(actual).toEqual(expected);
    // Same objects, not equal copies.
    actual.forEach((entry, j) => expect(entry.item).toBe(expected[j]?.item));
  });

  test.prop([itemsArbitrary, fc.nat({ max: 70 }), rankingArbitrary, orderArbitrary], { numRuns: 300 })(
    'cut is the first min(n, length) entries of keep, with the same ranks',
    (items, n, ranking, order) => {
      const by = (item: { accepted: number }) => item.accepted;
      const kept = topN(items, n, { by, ties: 'keep', ranking, order });
      const cut = topN(items, n, { by, ties: 'cut', ranking, order });
      expect(cut).toHaveLength(Math.min(n, items.length));
      expect(cut).toEqual(kept.slice(0, cut.length));
    },
  );

  test.prop([fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 40 }), fc.nat({ max: 45 })], {
    numRuns: 300,
  })('handles any finite doubles, 0 and -0 included, without changing the input', (values, n) => {
    const copy = [...values];
    const actual = topN(values, n, { by: (x) => x });
    expect(values).toEqual(copy);
    const expected = reference(values, n, (x) => x, 'keep', 'competition', 'desc');
    // Object.is equality on each value: -0 is reported as 0 (-0 + 0 is 0).
    expect(actual.map((entry) => [entry.rank, entry.value])).toStrictEqual(
      expected.map((entry) => [entry.rank, entry.value + 0]),
    );
  });
});
