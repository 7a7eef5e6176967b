// Nothing in the tally of time limits reads the machine's time zone: the same tallies, run in
// two child processes with TZ=America/Los_Angeles and TZ=Asia/Shanghai, print the same groups,
// and those of this process (whose figures test/tally/timeLimits.test.ts and
// test/cli/limitExamples.test.ts check against hand-worked ones).
import { describe, expect, it } from 'vitest';
import { runInTimeZone } from '../support/runInTimeZone.js';
import { timeZoneTallies } from './limitFixture.js';

const runIn = (timeZone: string) => runInTimeZone<{ machineOffset: number; tallies: Record<string, unknown> }>('test/tally/fixtures/timeZoneTally.ts', timeZone);

describe('the tally of time limits, under two time zones', { timeout: 60_000 }, () => {
  it('gives the same groups in Los Angeles, in Shanghai and here', async () => {
    const [losAngeles, shanghai] = await Promise.all([runIn('America/Los_Angeles'), runIn('Asia/Shanghai')]);
    // Each child did run in its time zone: UTC−8 in winter in Los Angeles, UTC+8 in Shanghai.
    expect([losAngeles.machineOffset, shanghai.machineOffset]).toEqual([480, -480]);
    expect(losAngeles.tallies).toEqual(shanghai.tallies);
    expect(shanghai.tallies).toEqual(JSON.parse(JSON.stringify(await timeZoneTallies())));
  });
});
