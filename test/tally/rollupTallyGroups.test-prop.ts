import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { rollupTallyGroups, tallyCases, TALLY_DIMENSIONS, type Dimension, type TallyOptions } from '../../src/index.js';
import { caseRecordArray } from './arbitraries.js';

/** More records than the shared arbitrary gives, so that most fine groups are rolled up with others; some carry time limits. */
const caseRecords = caseRecordArray({ maxLength: 120, size: 'medium' }, { limits: true });

const periods: TallyOptions['period'][] = ['2019-01', { from: '2018-12', to: '2019-02' }];

/**
 * A finer `by` (any dimensions, in any order) and a coarser one (some of its
 * dimensions, in any order, 'period' kept when the finer has it), with the
 * options both tallies share. 'omit' drops the records with no street office
 * from the finer tally, so with it the coarser keeps 'streetOffice' too.
 */
const plans = fc
  .record({
    finer: fc.shuffledSubarray([...TALLY_DIMENSIONS]),
    keep: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    shuffle: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    period: fc.constantFrom(...periods),
    missingStreetOffice: fc.constantFrom('group', 'omit'),
  })
  .map(({ finer, keep, shuffle, period, missingStreetOffice }) => {
    const mustKeep = (dimension: Dimension): boolean =>
      dimension === 'period' || (dimension === 'streetOffice' && missingStreetOffice === 'omit');
    const kept = finer.filter((dimension, index) => keep[index] === true || mustKeep(dimension));
    const coarser = kept
      .map((dimension, index) => ({ dimension, rank: shuffle[index] ?? 0 }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ dimension }) => dimension);
    return { finer, coarser, options: { period, missingStreetOffice } as const };
  });

describe('rollupTallyGroups', () => {
  test.prop([caseRecords, plans], { numRuns: 300 })(
    'a tally by finer dimensions, rolled up, equals the tally by the coarser dimensions',
    (records, { finer, coarser, options }) => {
      const fine = tallyCases(records, { ...options, by: finer }).groups;
      const direct = tallyCases(records, { ...options, by: coarser }).groups;
      const rolled = rollupTallyGroups(fine, coarser);
      expect(rolled).toEqual(direct);
      // The keys hold the dimensions of by in its order, as a tally's do.
      expect(rolled.map((group) => Object.keys(group.key))).toEqual(direct.map((group) => Object.keys(group.key)));
    },
  );

  test.prop([caseRecords, plans], { numRuns: 200 })('rolling up in two steps is rolling up once; rolling up to the same by changes nothing', (records, { finer, coarser, options }) => {
    const fine = tallyCases(records, { ...options, by: finer }).groups;
    expect(rollupTallyGroups(fine, finer)).toEqual(fine);
    const middle = finer.filter((dimension) => coarser.includes(dimension) || dimension === 'department');
    expect(rollupTallyGroups(rollupTallyGroups(fine, middle), coarser)).toEqual(rollupTallyGroups(fine, coarser));
  });

  test.prop([caseRecords], { numRuns: 200 })("with a range and 'period' kept, each month's groups roll up to the month's own tally", (records) => {
    const range = { from: '2018-12', to: '2019-02' } as const;
    const byMonth = rollupTallyGroups(tallyCases(records, { period: range, by: ['department', 'streetOffice', 'period'] }).groups, 'period');
    for (const month of ['2018-12', '2019-01', '2019-02'] as const) {
      const [alone] = tallyCases(records, { period: month, by: [] }).groups;
      const [rolled] = byMonth.filter((group) => group.key.period === month);
      expect(rolled?.tally).toEqual(alone?.tally);
    }
  });
});
