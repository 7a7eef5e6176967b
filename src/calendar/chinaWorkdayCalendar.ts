import { CHANGE_TITLES, CHINA_NOTICES } from './data/chinaHolidays.js';
import { registerCalendar } from './engine/calendarDays.js';
import { decodeNotice } from './engine/decodeNotices.js';
import type { WorkdayCalendar } from './WorkdayCalendar.js';

function buildChinaCalendar(): WorkdayCalendar {
  const exceptions = new Map<number, boolean>();
  const sources = CHINA_NOTICES.map((line) => {
    const { source, days } = decodeNotice(line, (year, number) => CHANGE_TITLES[number] ?? `国务院办公厅关于${year}年部分节假日安排的通知`);
    for (const [day, worked] of days) exceptions.set(day, worked);
    return source;
  });
  return registerCalendar({ firstYear: 2007, lastYear: 2026, sources }, exceptions);
}

/**
 * China's working-day calendar, 2007–2026, bundled with the package: the
 * statutory holidays (法定节假日) and the weekend days worked in exchange
 * (调休上班) of every year's notice of the State Council's General Office
 * (国务院办公厅关于YYYY年部分节假日安排的通知), with the three later changes:
 *
 * - 2015: 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知
 *   (国发明电〔2015〕1号, 2015-05-13): 3 to 5 September off, Sunday 6 September worked;
 * - 2019: 国务院办公厅关于调整2019年劳动节假期安排的通知 (国办发明电〔2019〕3号,
 *   2019-03-22): 1 to 4 May off, Sundays 28 April and 5 May worked;
 * - 2020: 国务院办公厅关于延长2020年春节假期的通知 (国办发明电〔2020〕1号,
 *   2020-01-26): the Spring Festival to 2 February, so 31 January, Saturday
 *   1 February (first a make-up working day) and 2 February are off.
 *
 * The notices follow the 全国年节及纪念日放假办法 in force: the 1999 text for
 * 2007, the 2007 text (国务院令第513号: 清明, 端午 and 中秋 added) for 2008 to
 * 2013, the 2013 text (国务院令第644号: 春节 from 初一) for 2014 to 2024, and
 * the 2024 text (国务院令第795号, in force from 2025: 除夕 and 5月2日 added,
 * 13 days in all) from 2025. `sources` lists every notice with its number and
 * date. Days of December of the year before that a notice arranges (the 2019
 * notice's 2018-12-29 to 2018-12-31) are in the calendar as the notice gives
 * them. A date before 2007 or after 2026 is a `RangeError`: when the notice
 * for 2027 is published, add it with {@link createWorkdayCalendar}.
 *
 * The default calendar of every function of this concern.
 *
 * @example
 * ```ts
 * CHINA_WORKDAY_CALENDAR.firstYear;
 * // => 2007
 * CHINA_WORKDAY_CALENDAR.lastYear;
 * // => 2026
 * CHINA_WORKDAY_CALENDAR.sources.find((source) => source.number === '国办发明电〔2020〕1号')?.title;
 * // => '国务院办公厅关于延长2020年春节假期的通知'
 * ```
 * @see docs/working-days.md, the guide: the rules, their sources, how to add a year.
 * @category Calendar
 */
export const CHINA_WORKDAY_CALENDAR: WorkdayCalendar = /* @__PURE__ */ buildChinaCalendar();
