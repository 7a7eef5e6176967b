import { describe, expectTypeOf, it } from 'vitest';
import {
  createTallier,
  feedNdjson,
  mergeTallies,
  mergeTallyGroups,
  rollupTallyGroups,
  tallyCases,
  tallyColumns,
  toColumns,
  type CaseColumns,
  type CaseRecord,
  type CaseTally,
  type FeedSummary,
  type FullCaseTally,
  type InvalidRecord,
  type Tallier,
  type TallyGroup,
  type TallyKey,
  type TallyResult,
  type TimeLimitTally,
} from '../../src/index.js';
import { type FeedCsvOptions, feedCsv } from '../../src/node.js';

declare const records: CaseRecord[];
declare const full: FullCaseTally;
declare const partial: CaseTally;

describe('tally types', () => {
  it('returns groups with full tallies and optional key dimensions', () => {
    const result = tallyCases(records, { period: '2019-01', by: ['department', 'category'] });
    expectTypeOf(result).toEqualTypeOf<TallyResult>();
    expectTypeOf(result.groups).toEqualTypeOf<TallyGroup[]>();
    expectTypeOf(result.invalid).toEqualTypeOf<InvalidRecord[]>();
    expectTypeOf<TallyGroup['tally']['inProgress']>().toEqualTypeOf<number>();
    expectTypeOf<TallyKey['streetOffice']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<TallyKey['category']>().toEqualTypeOf<'administrative_licensing' | 'public_service' | undefined>();
  });

  it('accepts a range of months and rejects an unknown dimension', () => {
    tallyCases(records, { period: { from: '2019-01', to: '2019-03' }, by: 'period' });
    // @ts-expect-error 'month' is not a dimension
    tallyCases(records, { period: '2019-01', by: 'month' });
    // @ts-expect-error the period is required
    tallyCases(records, { by: [] });
  });

  it('keeps full tallies full when merging', () => {
    expectTypeOf(mergeTallies(full, full)).toEqualTypeOf<FullCaseTally>();
    expectTypeOf(mergeTallies(partial, full)).toEqualTypeOf<CaseTally>();
    expectTypeOf(mergeTallyGroups([], [])).toEqualTypeOf<TallyGroup[]>();
  });

  it('rolls groups up by a dimension or a list of them, which it requires', () => {
    const groups = tallyCases(records, { period: '2019-01', by: ['department', 'category'] }).groups;
    expectTypeOf(rollupTallyGroups(groups, 'department')).toEqualTypeOf<TallyGroup[]>();
    expectTypeOf(rollupTallyGroups(groups, [])).toEqualTypeOf<TallyGroup[]>();
    // @ts-expect-error by is required
    rollupTallyGroups(groups);
    // @ts-expect-error 'month' is not a dimension
    rollupTallyGroups(groups, ['month']);
  });

  it('types the streaming and columnar paths', () => {
    const tallier = createTallier({ period: '2019-01', by: [] });
    expectTypeOf(tallier).toEqualTypeOf<Tallier>();
    expectTypeOf(tallier.add).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(feedNdjson(tallier, (async function* () {})())).toEqualTypeOf<Promise<FeedSummary>>();
    expectTypeOf(feedCsv).parameter(2).toEqualTypeOf<FeedCsvOptions | undefined>();
    expectTypeOf(toColumns(records)).toEqualTypeOf<CaseColumns>();
    expectTypeOf(tallyColumns(toColumns(records), { period: '2019-01', by: [] })).toEqualTypeOf<TallyResult>();
  });

  it('gives a group optional time-limit counts, absent when no record had a limit', () => {
    expectTypeOf<TallyGroup['timeLimits']>().toEqualTypeOf<TimeLimitTally | undefined>();
    expectTypeOf<TimeLimitTally['workingDaysTaken']>().toEqualTypeOf<number>();
  });
});
