import { describe, expectTypeOf, it } from 'vitest';
import { topN, type RankedItem, type TopNOptions } from '../../src/index.js';

interface Office {
  readonly name: string;
  readonly accepted: number;
}

const offices: readonly Office[] = [{ name: '红云街道为民服务中心', accepted: 3410 }];

describe('topN (types)', () => {
  it('returns ranked items that carry the item type', () => {
    const ranked = topN(offices, 3, { by: (office) => office.accepted });
    expectTypeOf(ranked).toEqualTypeOf<RankedItem<Office>[]>();
    expectTypeOf(ranked[0]!.item).toEqualTypeOf<Office>();
    expectTypeOf(ranked[0]!.rank).toEqualTypeOf<number>();
    expectTypeOf(ranked[0]!.value).toEqualTypeOf<number>();
  });

  it('infers T for by from the items, with the index as second argument', () => {
    topN(offices, 3, {
      by: (office, index) => {
        expectTypeOf(office).toEqualTypeOf<Office>();
        expectTypeOf(index).toEqualTypeOf<number>();
        return office.accepted;
      },
    });
    expectTypeOf(topN([1, 2], 1, { by: (x) => x })).toEqualTypeOf<RankedItem<number>[]>();
  });

  it('rejects a by that does not return a number, unknown options and a missing by', () => {
    // @ts-expect-error by must return a number
    topN(offices, 3, { by: (office) => office.name });
    // @ts-expect-error ties is 'keep' or 'cut'
    topN(offices, 3, { by: (office) => office.accepted, ties: 'all' });
    // @ts-expect-error ranking is 'competition' or 'dense'
    topN(offices, 3, { by: (office) => office.accepted, ranking: 'excel' });
    // @ts-expect-error order is 'desc' or 'asc'
    topN(offices, 3, { by: (office) => office.accepted, order: 'descending' });
    // @ts-expect-error by is required
    topN(offices, 3, {});
  });

  it('accepts the options typed on their own', () => {
    const options: TopNOptions<Office> = { by: (office) => office.accepted, ties: 'cut', ranking: 'dense', order: 'asc' };
    expectTypeOf(topN(offices, 1, options)).toEqualTypeOf<RankedItem<Office>[]>();
    expectTypeOf<RankedItem<Office>['item']>().toEqualTypeOf<Office>();
  });
});
