// Case records with time limits (承诺时限), their deadlines worked out by hand around 春节 and
// 国庆 2019: test/tally/timeLimits.test.ts checks the tally's figures of them, and
// test/tally/timeZone.test.ts that they do not depend on the machine's time zone.
import { readFileSync } from 'node:fs';
import { createTallier, tallyCases, type CaseRecord } from '../../src/index.js';
import { feedCsv } from '../../src/node.js';

/** A record of 区人社局 (公共服务) accepted at a Beijing wall-clock time, with the fields given. */
export const record = (id: string, acceptedAt: string, fields: Partial<CaseRecord>): CaseRecord => ({
  id,
  category: 'public_service',
  departmentId: '区人社局',
  acceptedAt: `${acceptedAt}+08:00`,
  ...fields,
});

// 春节 2019 (国办发明电〔2018〕15号): 4 to 10 February off; Saturday 2 and Sunday 3 February worked.
// Each deadline counts from the day after acceptance (民法典 第二百零一条); "working days taken"
// counts the working days after the acceptance day up to the completion day.
export const february = [
  // 4 working days from Thu 31 Jan: 1 Feb, Sat 2, Sun 3, Mon 11 → last day 11 Feb; done that day: on time,
  // not early; taken 4 (1, 2, 3, 11 Feb). Accepted in January.
  record('A', '2019-01-31T10:00:00', { timeLimit: '4个工作日', completedAt: '2019-02-11T09:00:00+08:00' }),
  // 2 working days from Fri 1 Feb: Sat 2, Sun 3 → last day Sunday 3 Feb (worked); done 12 Feb: 超期.
  // Taken 4 (2, 3, 11, 12 Feb).
  record('B', '2019-02-01T09:00:00', { timeLimit: '2个工作日', completedAt: '2019-02-12T10:00:00+08:00' }),
  // 5 working days from Fri 1 Feb: 2, 3, 11, 12, 13 → last day 13 Feb; done Sunday 3 Feb: 提前. Taken 2.
  record('C', '2019-02-01T15:00:00', { timeLimit: '5个工作日', completedAt: '2019-02-03T11:00:00+08:00' }),
  // 即办 on Saturday 2 Feb (worked), done in half an hour: a 即办件, taken 0.
  record('D', '2019-02-02T10:00:00', { timeLimit: '即办', completedAt: '2019-02-02T10:30:00+08:00' }),
  // 10 working days from Wed 20 Feb: 21, 22, 25, 26, 27, 28 Feb, 1, 4, 5, 6 Mar → last day 6 March; open,
  // not yet overdue at the end of February.
  record('E', '2019-02-20T09:00:00', { timeLimit: '10个工作日' }),
  // 3 working days from Fri 1 Feb: 2, 3, 11 → due at 24:00 on 11 Feb; open at the end of February: 超期在办.
  record('F', '2019-02-01T09:00:00', { timeLimit: '3个工作日' }),
  // 20 natural days from Fri 25 Jan: 26 Jan … 14 Feb (a Thursday, worked); done 14 Feb: on time.
  // Taken 11 (28–31 Jan, 1, 2, 3 Feb, 11–14 Feb).
  record('G', '2019-01-25T09:00:00', { timeLimit: '20天', completedAt: '2019-02-14T16:00:00+08:00' }),
  // 法定时限 only, 1 working day from Sunday 3 Feb (worked): the next working day is 11 Feb; done then. Taken 1.
  record('H', '2019-02-03T09:00:00', { statutoryTimeLimit: '1个工作日', completedAt: '2019-02-11T10:00:00+08:00' }),
  // No limit, a deadline of its own: in the five counts only.
  record('I', '2019-02-15T09:00:00', { dueAt: '2019-02-20T17:00:00+08:00', completedAt: '2019-02-19T10:00:00+08:00' }),
  // 7 natural days from Mon 28 Jan end on 4 Feb, in 春节: moved to Mon 11 Feb (民法典 第二百零三条); done
  // that day: on time. Taken 7 (29, 30, 31 Jan, 1, 2, 3, 11 Feb).
  record('K', '2019-01-28T09:00:00', { timeLimit: '7天', completedAt: '2019-02-11T15:00:00+08:00' }),
];

// 国庆 2019 (the same notice): 1 to 7 October off; Sunday 29 September and Saturday 12 October worked.
export const october = [
  // 3 working days from Fri 27 Sep: Sun 29, Mon 30 Sep, Tue 8 Oct → last day 8 Oct; done 9 Oct: 超期. Taken 4.
  record('L', '2019-09-27T10:00:00', { timeLimit: '3个工作日', completedAt: '2019-10-09T09:00:00+08:00' }),
  // 5 working days from Mon 30 Sep: 8, 9, 10, 11, Sat 12 Oct → last day Saturday 12 Oct; done then: on time. Taken 5.
  record('M', '2019-09-30T10:00:00', { timeLimit: '5个工作日', completedAt: '2019-10-12T15:00:00+08:00' }),
  // 10 working days from Tue 8 Oct: 9, 10, 11, 12, 14 … 18, 21 → last day 21 Oct; done 10 Oct: 提前. Taken 2.
  record('N', '2019-10-08T10:00:00', { timeLimit: '10个工作日', completedAt: '2019-10-10T09:00:00+08:00' }),
  // 5 working days from Fri 25 Oct: 28–31 Oct, 1 Nov → due after October; open, not overdue.
  record('O', '2019-10-25T10:00:00', { timeLimit: '5个工作日' }),
  // 即办 on Saturday 12 Oct (worked).
  record('P', '2019-10-12T09:00:00', { timeLimit: '即时办结', completedAt: '2019-10-12T09:20:00+08:00' }),
];

async function* text(content: string): AsyncGenerator<string> {
  yield content;
}

/**
 * The tallies that test/tally/timeZone.test.ts compares across time zones:
 * the records above, by month and with a closing time, and the export with
 * 承诺时限, whose times without an offset are read as Beijing time (the path
 * where a machine's zone could creep in).
 */
export async function timeZoneTallies(): Promise<Record<string, unknown>> {
  const example = readFileSync(new URL('../../examples/export-2019-limits.csv', import.meta.url), 'utf8');
  const fromExport = async (period: '2019-02' | '2019-10') => {
    const tallier = createTallier({ period, by: ['department', 'period'], wallClockOffsetMinutes: 480 });
    await feedCsv(tallier, text(example));
    return tallier.result().groups;
  };
  return {
    february: tallyCases(february, { period: '2019-02', by: [] }).groups,
    october: tallyCases(october, { period: '2019-10', by: [] }).groups,
    byMonth: tallyCases(february, { period: { from: '2019-01', to: '2019-03' }, by: 'period' }).groups,
    closing: tallyCases(february, { period: '2019-02', by: [], timeLimit: { closingTime: '17:30', countAcceptanceDay: true } }).groups,
    exportFebruary: await fromExport('2019-02'),
    exportOctober: await fromExport('2019-10'),
  };
}
