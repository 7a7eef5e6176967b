import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/calendar/isWorkingDay.js';

const RANGE = 'which covers 2007–2026';

describe('isWorkingDay', () => {
  it('counts the weekend days worked around 国庆 2019 and 春节 2019 as working days', () => {
    // 国办发明电〔2018〕15号: 国庆 10月1日至7日, 9月29日(星期日)、10月12日(星期六)上班;
    // 春节 2月4日至10日, 2月2日(星期六)、2月3日(星期日)上班.
    expect(['2019-09-28', '2019-09-29', '2019-10-01', '2019-10-07', '2019-10-08', '2019-10-12', '2019-10-13'].map((d) => isWorkingDay(d))).toEqual([
      false, true, false, false, true, true, false,
    ]);
    expect(['2019-02-02', '2019-02-03', '2019-02-04', '2019-02-10', '2019-02-11'].map((d) => isWorkingDay(d))).toEqual([true, true, false, false, true]);
  });

  it('counts 国庆 2020 (with 中秋) as 1 to 8 October, Sunday 27 September and Saturday 10 October worked', () => {
    expect(['2020-09-27', '2020-10-01', '2020-10-08', '2020-10-09', '2020-10-10', '2020-10-11'].map((d) => isWorkingDay(d))).toEqual([
      true, false, false, true, true, false,
    ]);
  });

  it('refuses a date outside the covered years rather than guess Monday to Friday', () => {
    expect(() => isWorkingDay('2027-01-04')).toThrowError(new RangeError(`isWorkingDay requires date to be within the calendar, ${RANGE}, got "2027-01-04"`));
    expect(() => isWorkingDay('2006-12-29')).toThrowError(new RangeError(`isWorkingDay requires date to be within the calendar, ${RANGE}, got "2006-12-29"`));
    expect(isWorkingDay('2007-01-01')).toBe(false);
    expect(isWorkingDay('2026-12-31')).toBe(true);
  });

  it('reads dates written YYYY-MM-DD only, and real ones', () => {
    const form = 'isWorkingDay requires date to be a date written YYYY-MM-DD, such as 2020-01-31, got';
    for (const bad of ['2019-02-29', '2019-2-01', '2019-13-01', '2019-01-00', '2019-01-01T00:00', ' 2019-01-01', '']) {
      expect(() => isWorkingDay(bad)).toThrowError(new RangeError(`${form} ${JSON.stringify(bad)}`));
    }
    expect(isWorkingDay('2020-02-29')).toBe(false);
    expect(() => isWorkingDay(new Date(2020, 1, 3) as unknown as string)).toThrowError(
      new TypeError('isWorkingDay requires date to be a date written YYYY-MM-DD, got an object'),
    );
  });

  it('refuses a calendar it did not make', () => {
    expect(() => isWorkingDay('2020-02-03', { calendar: { firstYear: 2007, lastYear: 2030, sources: [] } })).toThrowError(
      new TypeError('isWorkingDay requires calendar to be a calendar made by createWorkdayCalendar (or CHINA_WORKDAY_CALENDAR), got an object'),
    );
  });
});
