import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { emptyTally, mergeTallies, mergeTallyGroups, tallyCases, type Dimension, type TallyGroup, type TallyOptions } from '../../src/index.js';
import { caseRecordArray, caseRecords, fullTally } from './arbitraries.js';

/** Records of which some carry a time limit (承诺时限 or 法定时限), so that groups have timeLimits or not. */
const limitedRecords = caseRecordArray({ maxLength: 60 }, { limits: true });

const groupings: (Dimension | Dimension[])[] = [[], 'department', ['category', 'streetOffice'], ['department', 'streetOffice', 'period']];

describe('mergeTallies', () => {
  test.prop([fullTally, fullTally, fullTally], { numRuns: 500 })('is associative', (a, b, c) => {
    expect(mergeTallies(mergeTallies(a, b), c)).toEqual(mergeTallies(a, mergeTallies(b, c)));
  });

  test.prop([fullTally, fullTally], { numRuns: 500 })('is commutative', (a, b) => {
    expect(mergeTallies(a, b)).toEqual(mergeTallies(b, a));
  });

  test.prop([fullTally], { numRuns: 500 })('has the empty tally as identity', (a) => {
    expect(mergeTallies(a, emptyTally())).toEqual(a);
    expect(mergeTallies(emptyTally(), a)).toEqual(a);
  });
});

describe('mergeTallyGroups', () => {
  test.prop([limitedRecords, fc.nat(), fc.constantFrom(...groupings)], { numRuns: 300 })(
    'merging the tallies of two halves gives the tally of the whole, time-limit counts included',
    (records, cut, by) => {
      const split = records.length === 0 ? 0 : cut % (records.length + 1);
      const options: TallyOptions = { period: { from: '2018-12', to: '2019-02' }, by };
      const order = Array.isArray(by) ? by : [by];
      const whole = tallyCases(records, options).groups;
      const first = tallyCases(records.slice(0, split), options).groups;
      const second = tallyCases(records.slice(split), options).groups;
      expect(mergeTallyGroups(first, second, order)).toEqual(whole);
      expect(mergeTallyGroups(second, first, order)).toEqual(whole);
      expect(mergeTallyGroups(whole, [], order)).toEqual(whole);
    },
  );

  test.prop([limitedRecords, fc.nat(), fc.nat(), fc.constantFrom(...groupings)], { numRuns: 200 })(
    'is associative and commutative over three shards, time-limit counts included',
    (records, i, j, by) => {
      const cuts = [i % (records.length + 1), j % (records.length + 1)].sort((x, y) => x - y) as [number, number];
      const options: TallyOptions = { period: { from: '2018-12', to: '2019-02' }, by };
      const order = Array.isArray(by) ? by : [by];
      const [a, b, c] = [records.slice(0, cuts[0]), records.slice(...cuts), records.slice(cuts[1])].map((part) => tallyCases(part, options).groups) as [
        TallyGroup[],
        TallyGroup[],
        TallyGroup[],
      ];
      const left = mergeTallyGroups(mergeTallyGroups(a, b, order), c, order);
      expect(mergeTallyGroups(a, mergeTallyGroups(b, c, order), order)).toEqual(left);
      expect(mergeTallyGroups(mergeTallyGroups(c, a, order), b, order)).toEqual(left);
      expect(left).toEqual(tallyCases(records, options).groups);
    },
  );

  test.prop([limitedRecords], { numRuns: 300 })('the time-limit counts of a dimension add up to those of by: [], and exist only where a record has a limit', (records) => {
    const options = { period: '2019-01' } as const;
    const [total] = tallyCases(records, { ...options, by: [] }).groups;
    for (const by of ['department', 'category', 'streetOffice'] as const) {
      const groups = tallyCases(records, { ...options, by }).groups;
      const sum = groups.reduce<Record<string, number> | undefined>((acc, group) => {
        if (group.timeLimits === undefined) return acc;
        const next: Record<string, number> = { ...(acc ?? {}) };
        for (const [field, value] of Object.entries(group.timeLimits)) next[field] = (next[field] ?? 0) + value;
        return next;
      }, undefined);
      expect(sum).toEqual(total?.timeLimits);
    }
    const limited = records.some((r) => r.timeLimit !== undefined || r.statutoryTimeLimit !== undefined);
    if (!limited) expect(total === undefined || !('timeLimits' in total)).toBe(true);
  });

  test.prop([caseRecords], { numRuns: 300 })('the groups of a dimension add up to the single group of by: []', (records) => {
    const options = { period: '2019-01' } as const;
    const [total] = tallyCases(records, { ...options, by: [] }).groups;
    for (const by of ['department', 'category', 'streetOffice'] as const) {
      const sum = tallyCases(records, { ...options, by }).groups.reduce((acc, group) => mergeTallies(acc, group.tally), emptyTally());
      expect(sum).toEqual(total?.tally ?? emptyTally());
    }
  });
});
