// Section 一 of the seed report (五华区, January 2019), reproduced from
// examples/wuhua-2019-01.json through the public API. The expected strings are
// the ones printed in /shared/seed/wuhua-2019-01-report.txt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  completionRate,
  formatChange,
  formatPercent,
  onTimeRate,
  topN,
  yoyChange,
} from '../../src/index.js';

type Count = number | { inferred: { min: number; max: number; from: string } };

const seed = JSON.parse(readFileSync(new URL('../../examples/wuhua-2019-01.json', import.meta.url), 'utf8'));

/** Every integer a count may be: one for a printed count, the whole range for an inferred one. */
function candidates(count: Count): number[] {
  if (typeof count === 'number') return [count];
  const values: number[] = [];
  for (let value = count.inferred.min; value <= count.inferred.max; value += 1) values.push(value);
  return values;
}

/** Checks that every previous-year count the report allows prints the published 同比 text. */
function expectYoyAtEveryCandidate(current: number, previous: Count, expected: string): void {
  for (const value of candidates(previous)) expect(formatChange(yoyChange(current, value))).toBe(expected);
}

describe('the seed report, section 一', () => {
  const centre = seed.centre;
  const streets = seed.streetOffices;

  it('办结率99.53%: 35133 of 35300', () => {
    expect(formatPercent(completionRate(centre.tally))).toBe('99.53%');
    expect(centre.published.completionRate).toBe('99.53%');
  });

  it('按时办结率为100% for every on-time count the report allows', () => {
    const completedOnTime = candidates(centre.tally.completedOnTime);
    expect(completedOnTime).toEqual([35132, 35133]);
    for (const value of completedOnTime) {
      const rate = onTimeRate({ completed: centre.tally.completed, completedOnTime: value });
      expect(formatPercent(rate, { trimZeros: true })).toBe('100%');
    }
  });

  it('接件总数同比增长26.32% for every previous-year count the report allows', () => {
    expect(candidates(centre.previousYear.accepted)).toEqual([27944, 27945, 27946]);
    expectYoyAtEveryCandidate(centre.tally.accepted, centre.previousYear.accepted, '同比增长26.32%');
    // …and the range is tight: one more on either side prints something else
    expect(formatChange(yoyChange(35300, 27943))).toBe('同比增长26.33%');
    expect(formatChange(yoyChange(35300, 27947))).toBe('同比增长26.31%');
  });

  it('在办事项167件 = 35300 − 35133 = 区卫计局164件 + 区农林局3件', () => {
    expect(centre.tally.accepted - centre.tally.completed).toBe(167);
    expect(centre.tally.inProgress).toBe(167);
    const byDepartment = centre.inProgressByDepartment.map((row: { department: { name: string }; inProgress: number }) => [
      row.department.name,
      row.inProgress,
    ]);
    expect(byDepartment).toEqual([
      ['区卫计局', 164],
      ['区农林局', 3],
    ]);
    expect(byDepartment.reduce((sum: number, [, n]: [string, number]) => sum + n, 0)).toBe(167);
  });

  it('行政许可20564件 + 公共服务14736件 = 35300件', () => {
    const accepted = Object.fromEntries(
      centre.byCategory.map((row: { category: string; accepted: number }) => [row.category, row.accepted]),
    );
    expect(accepted).toEqual({ administrative_licensing: 20564, public_service: 14736 });
    expect(accepted.administrative_licensing + accepted.public_service).toBe(centre.tally.accepted);
  });

  it('街道: 受理22256件, 办结22256件, 办结率为100%', () => {
    expect(streets.tally).toEqual({ accepted: 22256, completed: 22256 });
    expect(formatPercent(completionRate(streets.tally), { trimZeros: true })).toBe('100%');
  });

  it('街道: 接件总数同比下降10.16% for every previous-year count the report allows', () => {
    expect(candidates(streets.previousYear.accepted)).toEqual([24772, 24773, 24774]);
    expectYoyAtEveryCandidate(streets.tally.accepted, streets.previousYear.accepted, '同比下降10.16%');
    expect(formatChange(yoyChange(22256, 24771))).toBe('同比下降10.15%');
    expect(formatChange(yoyChange(22256, 24775))).toBe('同比下降10.17%');
  });

  it('受理业务量前三名: 红云 3410, 普吉 2938, 大观 2752, each completed in full', () => {
    type Office = { office: { name: string }; tally: { accepted: number; completed: number } };
    const top = topN(streets.offices as Office[], 3, { by: (row) => row.tally.accepted });
    expect(top.map(({ item, rank, value }) => [rank, item.office.name, value, item.tally.completed])).toEqual([
      [1, '红云街道为民服务中心', 3410, 3410],
      [2, '普吉街道为民服务中心', 2938, 2938],
      [3, '大观街道为民服务中心', 2752, 2752],
    ]);
    // the listed offices are a part of the total, never the whole of it
    const listed = top.reduce((sum, { value }) => sum + value, 0);
    expect(listed).toBe(9100);
    expect(listed).toBeLessThan(streets.tally.accepted);
  });
});
