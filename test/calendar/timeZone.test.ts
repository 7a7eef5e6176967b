// Nothing in the calendar reads the machine's time zone: the same calls, run in two child
// processes with TZ=America/Los_Angeles and TZ=Asia/Shanghai, print the same results.
import { describe, expect, it } from 'vitest';
import { runInTimeZone } from '../support/runInTimeZone.js';

const runIn = (timeZone: string) => runInTimeZone<{ machineOffset: number; calls: unknown }>('test/calendar/fixtures/timeZoneCalls.ts', timeZone);

describe('the calendar, under two time zones', { timeout: 30_000 }, () => {
  it('gives the same results in Los Angeles and in Shanghai, and the ones worked out by hand', async () => {
    const [losAngeles, shanghai] = await Promise.all([runIn('America/Los_Angeles'), runIn('Asia/Shanghai')]);
    // Each child did run in its time zone: UTC−8 in winter in Los Angeles, UTC+8 in Shanghai.
    expect([losAngeles.machineOffset, shanghai.machineOffset]).toEqual([480, -480]);
    expect(losAngeles.calls).toEqual(shanghai.calls);
    const endOf = (date: string, offset = '+08:00'): number => Date.parse(`${date}T00:00:00${offset}`) + 86_400_000;
    expect(shanghai.calls).toEqual({
      isWorkingDay: [true, false, true, true],
      nextWorkingDay: '2020-02-03',
      addWorkingDays: '2019-10-12',
      countWorkingDays: 249,
      dateAtOffset: ['2020-01-31', '2020-02-01', '2020-01-31'],
      computeDeadline: [
        { lastDay: '2020-02-05', dueAt: endOf('2020-02-05') },
        // Accepted at 00:00 on Saturday 1 February (春节, extended): the next working day is 3 February
        { lastDay: '2020-02-03', dueAt: endOf('2020-02-03') },
        { lastDay: '2019-10-08', dueAt: Date.parse('2019-10-08T17:30:00+08:00') },
        // 2019-09-28T17:00Z is 10:00 on Saturday 28 September at UTC−7: the next working day is Sunday 29
        { lastDay: '2019-09-29', dueAt: endOf('2019-09-29', '-07:00') },
      ],
    });
  });
});
