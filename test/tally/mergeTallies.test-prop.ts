import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { emptyTally, mergeTallies, mergeTallyGroups, tallyCases, type Dimension, type TallyOptions } from '../../src/index.js';
import { caseRecords, fullTally } from './arbitraries.js';

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
  test.prop([caseRecords, fc.nat(), fc.constantFrom(...groupings)], { numRuns: 300 })(
    'merging the tallies of two halves gives the tally of the whole',
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

  test.prop([caseRecords], { numRuns: 300 })('the groups of a dimension add up to the single group of by: []', (records) => {
    const options = { period: '2019-01' } as const;
    const [total] = tallyCases(records, { ...options, by: [] }).groups;
    for (const by of ['department', 'category', 'streetOffice'] as const) {
      const sum = tallyCases(records, { ...options, by }).groups.reduce((acc, group) => mergeTallies(acc, group.tally), emptyTally());
      expect(sum).toEqual(total?.tally ?? emptyTally());
    }
  });
});
