import { describe, expect, it } from 'vitest';
import { CHINA_WORKDAY_CALENDAR } from '../../src/calendar/chinaWorkdayCalendar.js';
import { countWorkingDays } from '../../src/calendar/countWorkingDays.js';
import { isWorkingDay } from '../../src/calendar/isWorkingDay.js';

/** Every date from `from` to `to` (both included) with isWorkingDay false. */
function daysOff(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (!isWorkingDay(date)) out.push(date);
  }
  return out;
}

describe('CHINA_WORKDAY_CALENDAR', () => {
  it('covers 2007 to 2026', () => {
    expect([CHINA_WORKDAY_CALENDAR.firstYear, CHINA_WORKDAY_CALENDAR.lastYear]).toEqual([2007, 2026]);
  });

  it('lists the twenty notices of the years and the three changes, with number and date', () => {
    const { sources } = CHINA_WORKDAY_CALENDAR;
    expect(sources).toHaveLength(23);
    expect(sources.slice(0, 20).map((source) => source.year)).toEqual(Array.from({ length: 20 }, (_, k) => 2007 + k));
    expect(sources[13]).toEqual({
      year: 2020,
      title: '国务院办公厅关于2020年部分节假日安排的通知',
      number: '国办发明电〔2019〕16号',
      date: '2019-11-21',
    });
    expect(sources.slice(20)).toEqual([
      {
        year: 2015,
        title: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
        number: '国发明电〔2015〕1号',
        date: '2015-05-13',
      },
      { year: 2019, title: '国务院办公厅关于调整2019年劳动节假期安排的通知', number: '国办发明电〔2019〕3号', date: '2019-03-22' },
      { year: 2020, title: '国务院办公厅关于延长2020年春节假期的通知', number: '国办发明电〔2020〕1号', date: '2020-01-26' },
    ]);
  });

  it('is frozen, sources included', () => {
    expect(Object.isFrozen(CHINA_WORKDAY_CALENDAR)).toBe(true);
    expect(Object.isFrozen(CHINA_WORKDAY_CALENDAR.sources)).toBe(true);
    expect(Object.isFrozen(CHINA_WORKDAY_CALENDAR.sources[0])).toBe(true);
  });

  it('extends the 2020 Spring Festival to 2 February, so Saturday 1 February is no longer worked', () => {
    // 国办发明电〔2019〕16号: 1月24日至30日放假, 1月19日(星期日)、2月1日(星期六)上班;
    // 国办发明电〔2020〕1号: 延长至2月2日, 2月3日(星期一)起正常上班.
    expect(daysOff('2020-01-18', '2020-02-03')).toEqual([
      '2020-01-18',
      '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27', '2020-01-28', '2020-01-29', '2020-01-30',
      '2020-01-31', '2020-02-01', '2020-02-02',
    ]);
    expect(isWorkingDay('2020-01-19')).toBe(true);
  });

  it('gives 2019 劳动节 as changed in March 2019: 1 to 4 May off, Sundays 28 April and 5 May worked', () => {
    // 国办发明电〔2018〕15号 gave 5月1日 alone; 国办发明电〔2019〕3号 made it 5月1日至4日.
    expect(daysOff('2019-04-27', '2019-05-06')).toEqual(['2019-04-27', '2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04']);
  });

  it('gives 3 to 5 September 2015 off and Sunday 6 September worked (抗战胜利70周年)', () => {
    expect(daysOff('2015-09-02', '2015-09-07')).toEqual(['2015-09-03', '2015-09-04', '2015-09-05']);
  });

  it('gives 除夕 off from 2025 (the 2024 measures): 2025 春节 is 28 January to 4 February', () => {
    // 国办发明电〔2024〕12号: 1月28日(农历除夕)至2月4日放假调休, 共8天; 1月26日(周日)、2月8日(周六)上班.
    expect(daysOff('2025-01-25', '2025-02-09')).toEqual([
      '2025-01-25',
      '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
      '2025-02-09',
    ]);
    // 2026: 2月15日至23日, 9 days; 2月14日(周六)、2月28日(周六)上班.
    expect(daysOff('2026-02-14', '2026-02-28')).toEqual([
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
    ]);
  });

  it('has the working days of 2019 and 2020 worked out by hand', () => {
    // 2019: 261 weekdays (365 days from a Tuesday); 17 weekdays off (1 Jan, 4–8 Feb, 5 Apr,
    // 1–3 May, 7 Jun, 13 Sep, 1–4 and 7 Oct); 6 weekend days worked (2, 3 Feb, 28 Apr, 5 May,
    // 29 Sep, 12 Oct): 261 − 17 + 6 = 250.
    expect(countWorkingDays('2018-12-31', '2019-12-31')).toBe(250);
    // 2020: 262 weekdays (366 days from a Wednesday); 19 weekdays off (1 Jan, 24 and 27–31 Jan,
    // 6 Apr, 1, 4, 5 May, 25, 26 Jun, 1, 2 and 5–8 Oct); 6 weekend days worked (19 Jan, 26 Apr,
    // 9 May, 28 Jun, 27 Sep, 10 Oct; 1 Feb was given off): 262 − 19 + 6 = 249.
    expect(countWorkingDays('2019-12-31', '2020-12-31')).toBe(249);
  });

  it('keeps the days of December 2018 that the 2019 notice arranges', () => {
    // 2018年12月30日至2019年1月1日放假调休, 共3天. 2018年12月29日(星期六)上班.
    expect(daysOff('2018-12-29', '2019-01-02')).toEqual(['2018-12-30', '2018-12-31', '2019-01-01']);
  });
});
