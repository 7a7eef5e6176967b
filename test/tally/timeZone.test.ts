// Nothing in the tally of time limits reads the machine's time zone: the same tallies, run in
// two child processes with TZ=America/Los_Angeles and TZ=Asia/Shanghai, print the same groups,
// and those of this process (whose figures test/tally/timeLimits.test.ts and
// test/cli/limitExamples.test.ts check against hand-worked ones).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTallier, tallyCases } from '../../src/index.js';
import { feedCsv } from '../../src/node.js';
import { february, october } from './limitFixture.js';

const ROOT = new URL('../..', import.meta.url).pathname;

function runIn(timeZone: string): Promise<{ machineOffset: number; tallies: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'test/tally/fixtures/timeZoneTally.ts'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: timeZone } },
      (error, stdout, stderr) => (error === null ? resolve(JSON.parse(stdout)) : reject(new Error(`${error.message}\n${stderr}`))),
    );
  });
}

async function* text(content: string): AsyncGenerator<string> {
  yield content;
}

describe('the tally of time limits, under two time zones', { timeout: 60_000 }, () => {
  it('gives the same groups in Los Angeles, in Shanghai and here', async () => {
    const [losAngeles, shanghai] = await Promise.all([runIn('America/Los_Angeles'), runIn('Asia/Shanghai')]);
    // Each child did run in its time zone: UTC−8 in winter in Los Angeles, UTC+8 in Shanghai.
    expect([losAngeles.machineOffset, shanghai.machineOffset]).toEqual([480, -480]);
    expect(losAngeles.tallies).toEqual(shanghai.tallies);
    const example = readFileSync(new URL('../../examples/export-2019-limits.csv', import.meta.url), 'utf8');
    const fromExport = async (period: '2019-02' | '2019-10') => {
      const tallier = createTallier({ period, by: ['department', 'period'], wallClockOffsetMinutes: 480 });
      await feedCsv(tallier, text(example));
      return tallier.result().groups;
    };
    expect(shanghai.tallies).toEqual(
      JSON.parse(
        JSON.stringify({
          february: tallyCases(february, { period: '2019-02', by: [] }).groups,
          october: tallyCases(october, { period: '2019-10', by: [] }).groups,
          byMonth: tallyCases(february, { period: { from: '2019-01', to: '2019-03' }, by: 'period' }).groups,
          closing: tallyCases(february, { period: '2019-02', by: [], timeLimit: { closingTime: '17:30', countAcceptanceDay: true } }).groups,
          exportFebruary: await fromExport('2019-02'),
          exportOctober: await fromExport('2019-10'),
        }),
      ),
    );
  });
});
