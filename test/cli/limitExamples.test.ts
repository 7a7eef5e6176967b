import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LimitRecord, limitExample, limitRecords } from '../../scripts/limitExamples.js';
import { run } from './fakeIo.js';

const DAY = 1440;

// The 2019 calendar, written here from 国办发明电〔2018〕15号 and its 劳动节 change (国办发明电〔2019〕3号),
// as day numbers since 2019-01-01 (a Tuesday), independently of the library's table.
const OFF = new Set([
  0, // 元旦 1 January
  ...[34, 35, 36, 37, 38, 39, 40], // 春节 4–10 February
  94, // 清明 5 April
  ...[120, 121, 122, 123], // 劳动节 1–4 May
  157, // 端午 7 June
  255, // 中秋 13 September
  ...[273, 274, 275, 276, 277, 278, 279], // 国庆 1–7 October
]);
// Weekend days worked: Sat 2 and Sun 3 February, Sun 28 April, Sun 5 May, Sun 29 September, Sat 12 October
const WORKED = new Set([32, 33, 117, 124, 271, 284]);
const isWorkingDay = (day: number): boolean => WORKED.has(day) || (!OFF.has(day) && (day + 2) % 7 !== 0 && (day + 2) % 7 !== 6);

/** The last day of a record's limit: from the day after acceptance, working days, or natural days moved off a day off. */
function lastDayOf(acceptedDay: number, limit: string): number | null {
  if (limit === '即办') return null;
  const amount = Number(/^\d+/.exec(limit)?.[0]);
  let day = acceptedDay;
  if (limit.endsWith('工作日')) {
    for (let left = amount; left > 0; ) {
      day += 1;
      if (isWorkingDay(day)) left -= 1;
    }
  } else {
    day += amount;
    while (!isWorkingDay(day)) day += 1;
  }
  return day;
}

// Worked by hand, for four of the records, with the calendar above:
// - WH2019L00001, accepted Tue 29 Jan, 3个工作日: 30, 31 Jan, 1 Feb → last day 1 Feb; completed Mon 4 Feb, in
//   春节: 超期; 5 working days taken (30, 31 Jan, 1, 2, 3 Feb: Saturday and Sunday worked).
// - WH2019L00008, accepted Sun 20 Jan, 法定时限 1个工作日 only: Mon 21 Jan; still open: 超期在办 in February.
// - WH2019L00006, accepted Sun 24 Feb, 7天: 3 March is a Sunday, moved to Mon 4 Mar; completed 2 Mar: 提前, in March.
// - WH2019L00009, accepted Sun 24 Feb, 15个工作日: 25–28 Feb, 1, 4–8, 11–15 Mar → last day 15 Mar; completed
//   26 Feb: 提前, 2 working days taken.
const byId = new Map(limitRecords().map((record) => [record.id, record]));
const dayOf = (minute: number): number => Math.floor(minute / DAY);

/** The figures of one department (or all) in the days [start, end), from the records alone. */
function reference(records: readonly LimitRecord[], start: number, end: number) {
  const tally = { accepted: 0, completed: 0, completedOnTime: 0, due: 0, inProgress: 0 };
  const timeLimits = {
    immediate: 0,
    committed: 0,
    immediateCompleted: 0,
    committedCompleted: 0,
    completedEarly: 0,
    completedLate: 0,
    overdueInProgress: 0,
    workingDaysTaken: 0,
  };
  const inPeriod = (day: number) => day >= start && day < end;
  for (const record of records) {
    const accepted = dayOf(record.accepted);
    const completed = record.completed === null ? null : dayOf(record.completed);
    const last = lastDayOf(accepted, (record.timeLimit ?? record.statutoryTimeLimit) as string);
    if (inPeriod(accepted)) {
      tally.accepted += 1;
      timeLimits[last === null ? 'immediate' : 'committed'] += 1;
    }
    if (completed !== null && inPeriod(completed)) {
      tally.completed += 1;
      if (last === null || completed <= last) tally.completedOnTime += 1;
      timeLimits[last === null ? 'immediateCompleted' : 'committedCompleted'] += 1;
      if (last !== null && completed < last) timeLimits.completedEarly += 1;
      if (last !== null && completed > last) timeLimits.completedLate += 1;
      for (let day = accepted + 1; day <= completed; day += 1) if (isWorkingDay(day)) timeLimits.workingDaysTaken += 1;
    }
    if (last !== null && inPeriod(last)) tally.due += 1;
    if (accepted < end && (completed === null || completed >= end)) {
      tally.inProgress += 1;
      if (last !== null && last < end) timeLimits.overdueInProgress += 1;
    }
  }
  return { tally, timeLimits };
}

interface Printed {
  readonly key: { readonly department: string };
  readonly tally: unknown;
  readonly timeLimits: unknown;
}

describe('the export with 承诺时限 (generated, not real data)', () => {
  it('equals a fresh generation (run `npm run examples` after changing the generator)', () => {
    expect(readFileSync('examples/export-2019-limits.csv', 'utf8')).toBe(limitExample());
  });

  it('holds the records worked by hand above', () => {
    expect(lastDayOf(dayOf(byId.get('WH2019L00001')!.accepted), '3个工作日')).toBe(31); // 1 February
    expect(dayOf(byId.get('WH2019L00001')!.completed!)).toBe(34); // 4 February
    expect(lastDayOf(dayOf(byId.get('WH2019L00008')!.accepted), '1个工作日')).toBe(20); // 21 January
    expect(byId.get('WH2019L00008')!.completed).toBeNull();
    expect(lastDayOf(dayOf(byId.get('WH2019L00006')!.accepted), '7天')).toBe(62); // 4 March
    expect(lastDayOf(dayOf(byId.get('WH2019L00009')!.accepted), '15个工作日')).toBe(73); // 15 March
    expect(dayOf(byId.get('WH2019L00009')!.completed!)).toBe(56); // 26 February
  });

  it.each([
    ['2019-02', 31, 59], // days of 1 February and 1 March
    ['2019-10', 273, 304], // days of 1 October and 1 November
  ])('tallies %s by department to 按时办结, 超期 and 提前办结 worked out from the records', async (period, start, end) => {
    const { status, stdout, stderr } = await run(['tally', 'examples/export-2019-limits.csv', '--period', period, '--by', 'department', '--format', 'json'], {});
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const printed = JSON.parse(stdout) as { groups: Printed[]; total: { tally: unknown; timeLimits: unknown } };
    const records = limitRecords();
    for (const group of printed.groups) {
      const expected = reference(records.filter((record) => record.department === group.key.department), start, end);
      expect({ tally: group.tally, timeLimits: group.timeLimits }, group.key.department).toEqual(expected);
    }
    expect(printed.groups).toHaveLength(4);
    expect({ tally: printed.total.tally, timeLimits: printed.total.timeLimits }).toEqual(reference(records, start, end));
  });
});

describe('zwfw-stats tally with time limits', () => {
  const header = 'id,category,departmentId,acceptedAt,timeLimit,completedAt';
  // 区人社局: 3个工作日 from Fri 1 Feb 2019: 2, 3, 11 Feb; done 12 Feb: 超期, 4 working days taken (2, 3, 11, 12).
  // 即办, done at once: 0 days. 区卫计局: no limit at all, so no time-limit figures (—), not zeros.
  const mixed = [
    header,
    'a,public_service,区人社局,2019-02-01 09:00,3个工作日,2019-02-12 10:00',
    'b,public_service,区人社局,2019-02-01 09:00,即办,2019-02-01 09:10',
    'c,public_service,区卫计局,2019-02-01 09:00,,2019-02-01 10:00',
  ].join('\n');

  it('prints the time-limit counts and rates beside the others, and — for a group with no limits', async () => {
    const { status, stdout } = await run(['tally', 'mixed.csv', '--period', '2019-02', '--by', 'department', '--format', 'csv'], { 'mixed.csv': mixed });
    expect(status).toBe(0);
    expect(stdout.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      '排名,部门,受理,办结,按时办结,在办,办结率,按时办结率,即办件,承诺件,提前办结,超期办结,超期在办,提前办结率,超期率,即办件占比,平均办理时长(工作日)',
      '1,区人社局,2,2,1,0,100.00%,50.00%,1,1,0,1,0,0.00%,100.00%,50.00%,2.00',
      '2,区卫计局,1,1,1,0,100.00%,100.00%,—,—,—,—,—,—,—,—,—',
      '合计,,3,3,2,0,100.00%,66.67%,1,1,0,1,0,0.00%,100.00%,50.00%,2.00',
      '',
    ]);
  });

  it('prints no time-limit columns for data without limits', async () => {
    const { stdout } = await run(['tally', 'plain.csv', '--period', '2019-02', '--by', 'department', '--format', 'csv'], {
      'plain.csv': [header, 'c,public_service,区卫计局,2019-02-01 09:00,,2019-02-01 10:00'].join('\n'),
    });
    expect(stdout.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('排名,部门,受理,办结,按时办结,在办,办结率,按时办结率');
  });

  it('writes the counts and the rates, exact, in JSON; a group with no limits has none', async () => {
    const { stdout } = await run(['tally', 'mixed.csv', '--period', '2019-02', '--by', 'department', '--format', 'json'], { 'mixed.csv': mixed });
    const printed = JSON.parse(stdout) as { groups: Record<string, unknown>[]; total: Record<string, unknown> };
    expect(printed.groups[0]).toMatchObject({
      timeLimits: { immediate: 1, committed: 1, immediateCompleted: 1, committedCompleted: 1, completedEarly: 0, completedLate: 1, overdueInProgress: 0, workingDaysTaken: 4 },
      earlyRate: { numerator: 0, denominator: 1, value: 0, text: '0.00%' },
      overdueRate: { numerator: 1, denominator: 1, value: 1, text: '100.00%' },
      immediateShare: { numerator: 1, denominator: 2, value: 0.5, text: '50.00%' },
      averageWorkingDays: { numerator: 4, denominator: 2, value: 2, text: '2.00' },
    });
    expect(Object.keys(printed.groups[1] ?? {})).toEqual(['rank', 'key', 'tally', 'completionRate', 'onTimeRate']);
    expect(printed.total['timeLimits']).toEqual(printed.groups[0]?.['timeLimits']);
  });

  it('heads the columns in English and in Markdown', async () => {
    const english = await run(['tally', 'mixed.csv', '--period', '2019-02', '--by', 'department', '--locale', 'en'], { 'mixed.csv': mixed });
    expect(english.stdout).toContain('Immediate  Committed  Early  Late  Overdue open  Early rate  Overdue rate  Immediate share  Working days (mean)');
    const markdown = await run(['tally', 'mixed.csv', '--period', '2019-02', '--by', 'department', '--format', 'markdown'], { 'mixed.csv': mixed });
    expect(markdown.stdout).toMatch(/\| 即办件 \| 承诺件 \| 提前办结 \| 超期办结 \| 超期在办 \| 提前办结率 \| 超期率 \| 即办件占比 \| 平均办理时长\(工作日\) \|/);
  });

  it('says in Chinese what is wrong with a limit it cannot read', async () => {
    const { status, stderr } = await run(['tally', 'bad.csv', '--period', '2019-02'], { 'bad.csv': [header, 'a,public_service,区人社局,2019-02-01 09:00,两周,'].join('\n') });
    expect(status).toBe(2);
    expect(stderr).toContain('第1条记录(办件编号"a")的承诺时限应为办理时限(如 15个工作日、15工作日、20天、20日、3个自然日、48小时、即办、即时办结)或空,实为"两周"');
  });
});

describe('zwfw-stats report --records with time limits', () => {
  it('states 承诺件, 提前办结, 超期 and 即办件 as the records give them, and names the calendar', async () => {
    // February 2019: the days from 1 February (31) to 1 March (59), every record at the centre (the export has no street office).
    const expected = reference(limitRecords(), 31, 59);
    const json = await run(['report', '--records', 'examples/export-2019-limits.csv', '--period', '2019-02', '--format', 'json'], {});
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as { centre: { tally: Record<string, number>; timeLimits: unknown }; calendar: unknown };
    const { due: _due, ...tally } = expected.tally;
    expect(report.centre.tally).toEqual(tally);
    expect(report.centre.timeLimits).toEqual(expected.timeLimits);
    expect(report.calendar).toBe('国务院办公厅节假日安排 2007—2026');

    const limits = expected.timeLimits;
    // 提前办结率 and 超期率 over the 承诺件 completed, two decimals, trailing zeros dropped, as the report prints rates.
    const percent = (part: number): string => `${String(Number(((part / limits.committedCompleted) * 100).toFixed(2)))}%`;
    const text = await run(['report', '--records', 'examples/export-2019-limits.csv', '--period', '2019-02'], {});
    expect(text.stdout).toContain(
      `;其中承诺件${limits.committed}件,提前办结${limits.completedEarly}件,超期办结${limits.completedLate}件,超期在办${limits.overdueInProgress}件,` +
        `提前办结率${percent(limits.completedEarly)},超期率${percent(limits.completedLate)};即办件${limits.immediate}件;`,
    );
    expect(text.stdout).toContain('\n\n办理时限的工作日依据:国务院办公厅节假日安排 2007—2026。\n');
    const english = await run(['report', '--records', 'examples/export-2019-limits.csv', '--period', '2019-02', '--locale', 'en'], {});
    expect(english.stdout).toContain(
      `Of the cases accepted, ${limits.committed} had a committed time limit and ${limits.immediate} were to be handled on the spot (即办件); ` +
        `of the committed cases completed, ${limits.completedEarly} were completed early and ${limits.completedLate} after their deadline ` +
        `(${percent(limits.completedEarly)} early, ${percent(limits.completedLate)} overdue), and ${limits.overdueInProgress} were still open past it.`,
    );
  });

  it('states none of them for records without limits', async () => {
    const plain = ['id,category,departmentId,acceptedAt,completedAt', 'c,public_service,区卫计局,2019-02-01 09:00,2019-02-01 10:00'].join('\n');
    const json = await run(['report', '--records', 'plain.csv', '--period', '2019-02', '--format', 'json'], { 'plain.csv': plain });
    const report = JSON.parse(json.stdout) as { centre: Record<string, unknown> } & Record<string, unknown>;
    expect(Object.keys(report.centre)).not.toContain('timeLimits');
    expect(Object.keys(report)).not.toContain('calendar');
    const text = await run(['report', '--records', 'plain.csv', '--period', '2019-02'], { 'plain.csv': plain });
    expect(text.stdout).not.toMatch(/承诺件|即办件|依据/);
  });
});
