import { describe, expect, it } from 'vitest';
import {
  createTallier,
  createWorkdayCalendar,
  formatPercent,
  InvalidRecordError,
  mergeTallyGroups,
  rollupTallyGroups,
  tallyCases,
  timeLimitRates,
  toColumns,
} from '../../src/index.js';
import { february, october, record } from './limitFixture.js';

describe('tallyCases with time limits (承诺时限)', () => {
  it('computes deadlines from 承诺时限 around 春节 2019 and counts 即办件, 承诺件, 提前办结 and 超期 apart', () => {
    expect(tallyCases(february, { period: '2019-02', by: [] }).groups).toEqual([
      {
        key: {},
        // 受理 B C D E F H I; 办结 A B C D G H I K; on time all but B; due A B C F G H I K; 在办 E F
        tally: { accepted: 7, completed: 8, completedOnTime: 7, due: 8, inProgress: 2 },
        timeLimits: {
          immediate: 1, // D
          committed: 5, // B C E F H
          immediateCompleted: 1, // D
          committedCompleted: 6, // A B C G H K
          completedEarly: 1, // C
          completedLate: 1, // B
          overdueInProgress: 1, // F
          workingDaysTaken: 29, // A 4 + B 4 + C 2 + D 0 + G 11 + H 1 + K 7
        },
      },
    ]);
  });

  it('counts the 国庆 2019 week and its make-up Sunday and Saturday', () => {
    const [group] = tallyCases(october, { period: '2019-10', by: [] }).groups;
    // 受理 N O P; 办结 L M N P; on time M N P; due L M N; 在办 O
    expect(group?.tally).toEqual({ accepted: 3, completed: 4, completedOnTime: 3, due: 3, inProgress: 1 });
    expect(group?.timeLimits).toEqual({
      immediate: 1,
      committed: 2,
      immediateCompleted: 1,
      committedCompleted: 3,
      completedEarly: 1,
      completedLate: 1,
      overdueInProgress: 0,
      workingDaysTaken: 11, // L 4 + M 5 + N 2 + P 0
    });
    const rates = timeLimitRates(group!.timeLimits!);
    expect([formatPercent(rates.earlyRate), formatPercent(rates.overdueRate), formatPercent(rates.immediateShare)]).toEqual([
      '33.33%', // 1 of 3
      '33.33%',
      '33.33%', // 1 of N O P
    ]);
    expect(rates.averageWorkingDays).toEqual({ numerator: 11, denominator: 4, value: 2.75 });
  });

  it('gives no timeLimits to a group none of whose records has a limit: no data, not zeros', () => {
    const groups = tallyCases([...february, record('Z', '2019-02-15T09:00:00', { departmentId: '区卫计局' })], {
      period: '2019-02',
      by: 'department',
    }).groups;
    expect(groups.map((group) => [group.key.department, 'timeLimits' in group])).toEqual([
      ['区人社局', true],
      ['区卫计局', false],
    ]);
  });

  it('counts each month apart with by period, 超期在办 at the end of each month', () => {
    const groups = tallyCases(february, { period: { from: '2019-01', to: '2019-03' }, by: 'period' }).groups;
    expect(groups.map((group) => [group.key.period, group.timeLimits])).toEqual([
      // January: A G K accepted; nothing completed; A G K open at its end, none overdue
      ['2019-01', { immediate: 0, committed: 3, immediateCompleted: 0, committedCompleted: 0, completedEarly: 0, completedLate: 0, overdueInProgress: 0, workingDaysTaken: 0 }],
      ['2019-02', { immediate: 1, committed: 5, immediateCompleted: 1, committedCompleted: 6, completedEarly: 1, completedLate: 1, overdueInProgress: 1, workingDaysTaken: 29 }],
      // March: E (due 6 March) and F still open at its end, both overdue; nothing accepted or completed
      ['2019-03', { immediate: 0, committed: 0, immediateCompleted: 0, committedCompleted: 0, completedEarly: 0, completedLate: 0, overdueInProgress: 2, workingDaysTaken: 0 }],
    ]);
  });

  it('merges and rolls up the time-limit counts as a tally of all the records gives them', () => {
    const options = { period: '2019-02', by: ['department', 'streetOffice'] } as const;
    const records = february.map((r, index) => ({ ...r, streetOfficeId: index % 3 === 0 ? null : `s${index % 2}` }));
    const whole = tallyCases(records, options).groups;
    const halves = mergeTallyGroups(tallyCases(records.slice(0, 4), options).groups, tallyCases(records.slice(4), options).groups, options.by);
    expect(halves).toEqual(whole);
    expect(rollupTallyGroups(whole, [])).toEqual(tallyCases(records, { period: '2019-02', by: [] }).groups);
  });

  it('takes the same records through a tallier as tallyCases does', () => {
    const tallier = createTallier({ period: '2019-02', by: [] });
    for (const r of february) tallier.add(r);
    expect(tallier.result().groups).toEqual(tallyCases(february, { period: '2019-02', by: [] }).groups);
  });

  it('keeps a record\'s own dueAt as its deadline and reads the early day from it', () => {
    // Due 24:00 on 13 Feb (given as the next midnight), done on 12 Feb: early; its limit says it is a 承诺件
    const given = record('Q', '2019-02-01T09:00:00', {
      timeLimit: '1个工作日',
      dueAt: '2019-02-14T00:00:00+08:00',
      completedAt: '2019-02-12T09:00:00+08:00',
    });
    const [group] = tallyCases([given], { period: '2019-02', by: [] }).groups;
    expect(group?.tally).toEqual({ accepted: 1, completed: 1, completedOnTime: 1, due: 1, inProgress: 0 });
    expect(group?.timeLimits).toMatchObject({ committedCompleted: 1, completedEarly: 1, completedLate: 0, workingDaysTaken: 4 });
  });

  it('reads a bare number with the unit option, counts the acceptance day and closes at a given hour on request', () => {
    // "2" working days from Fri 1 Feb counting that day: 1, 2 Feb → last day Saturday 2 Feb (worked), closing 17:30
    const late = record('R', '2019-02-01T09:00:00', { timeLimit: '2', completedAt: '2019-02-02T18:00:00+08:00' });
    const options = { period: '2019-02', by: [], timeLimit: { unit: '工作日', countAcceptanceDay: true, closingTime: '17:30' } } as const;
    expect(tallyCases([late], options).groups[0]?.timeLimits).toMatchObject({ completedLate: 1 });
    expect(tallyCases([{ ...late, completedAt: '2019-02-02T17:30:00+08:00' }], options).groups[0]?.timeLimits).toMatchObject({ completedLate: 0 });
  });

  it('ends a computed deadline with its last day, in that day\'s month: 24:00 of 31 January is due in January', () => {
    // 1 working day from Wed 30 Jan: Thu 31 Jan; open. Due in January, and overdue once January (and its last day) is over
    const open = record('V', '2019-01-30T09:00:00', { timeLimit: '1个工作日' });
    const groups = tallyCases([open], { period: { from: '2019-01', to: '2019-02' }, by: 'period' }).groups;
    expect(groups.map((group) => [group.key.period, group.tally.due, group.timeLimits?.overdueInProgress])).toEqual([
      ['2019-01', 1, 1],
      ['2019-02', 0, 1],
    ]);
    // Completed at 24:00 itself, the first instant of 1 February: late
    const [group] = tallyCases([{ ...open, completedAt: '2019-02-01T00:00:00+08:00' }], { period: '2019-02', by: [] }).groups;
    expect(group?.timeLimits?.completedLate).toBe(1);
  });

  it('takes a calendar of local arrangements', () => {
    // With 11 February also off, 4 working days from 31 Jan end on 12 Feb: A is early, not on its last day
    const local = createWorkdayCalendar({ holidays: ['2019-02-11'] });
    const [group] = tallyCases(february.slice(0, 1), { period: '2019-02', by: [], timeLimit: { calendar: local } }).groups;
    expect(group?.timeLimits).toMatchObject({ completedEarly: 1, workingDaysTaken: 3 }); // taken: 1, 2, 3 Feb
    expect(group?.tally.due).toBe(1);
  });

  it('refuses a limit it cannot read, or a deadline beyond the calendar, naming the record and the field', () => {
    const bad = record('S', '2019-02-01T09:00:00', { timeLimit: '两周' });
    expect(() => tallyCases([bad], { period: '2019-02', by: [] })).toThrow(
      new InvalidRecordError({
        index: 0,
        line: null,
        id: 'S',
        field: 'timeLimit',
        message:
          'tallyCases requires records[0] (id "S") timeLimit to be a time limit such as "15个工作日", "15工作日", "20天", "20日", "3个自然日", "48小时", "即办" or "即时办结" (a bare number with the option timeLimit.unit) or null, got "两周"',
      }),
    );
    const bare = record('S', '2019-02-01T09:00:00', { statutoryTimeLimit: '15' });
    expect(tallyCases([bare], { period: '2019-02', by: [], onInvalid: 'collect' }).invalid.map((problem) => problem.field)).toEqual(['statutoryTimeLimit']);
    // 20 working days from 20 December 2026 run past the calendar's last year
    const beyond = record('T', '2026-12-20T09:00:00', { timeLimit: '20个工作日' });
    expect(() => tallyCases([beyond], { period: '2026-12', by: [] })).toThrow(
      'tallyCases requires records[0] (id "T") timeLimit to be a time limit whose deadline the calendar can compute (covers 2007–2026, and it goes past 2026-12-31), got "20个工作日"',
    );
    // A record accepted after the period never counts in it, and its deadline is not computed
    expect(tallyCases([beyond], { period: '2026-11', by: [] }).groups).toEqual([]);
  });

  it('checks its timeLimit options, naming them', () => {
    expect(() => tallyCases([], { period: '2019-02', by: [], timeLimit: { closingTime: '25:00' } })).toThrow(
      new RangeError('tallyCases requires timeLimit.closingTime to be a time written HH:MM from 00:01 to 24:00, got "25:00"'),
    );
    expect(() => tallyCases([], { period: '2019-02', by: [], timeLimit: { unit: 'weeks' as never } })).toThrow(RangeError);
  });

  it('refuses records with limits in toColumns, whose columns carry none', () => {
    expect(() => toColumns(february.slice(0, 1))).toThrow(
      'toColumns requires records[0] (id "A") timeLimit to be absent (columns carry no time limits: tally records with limits with tallyCases), got "4个工作日"',
    );
  });

  it('keeps every time-limit count when units outgrow the first arrays (100 departments × 2 categories × 3 months)', () => {
    const records = Array.from({ length: 200 }, (_, index) =>
      record(`U${index}`, '2019-02-01T09:00:00', {
        departmentId: `d${String(index % 100).padStart(3, '0')}`,
        category: index < 100 ? 'public_service' : 'administrative_licensing',
        timeLimit: '2个工作日', // last day Sunday 3 Feb (worked)
        completedAt: '2019-02-12T10:00:00+08:00', // 超期, 4 working days taken
      }),
    );
    const groups = tallyCases(records, { period: { from: '2019-01', to: '2019-03' }, by: ['department', 'category', 'period'] }).groups;
    expect(groups).toHaveLength(200);
    for (const group of groups) {
      expect(group.timeLimits).toEqual({ immediate: 0, committed: 1, immediateCompleted: 0, committedCompleted: 1, completedEarly: 0, completedLate: 1, overdueInProgress: 0, workingDaysTaken: 4 });
    }
  });
});
