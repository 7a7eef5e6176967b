import type { CalendarSource } from '../WorkdayCalendar.js';
import { daysFromCivil } from './dayNumber.js';

/** A notice line decoded: where it comes from, and its days (day number → true for worked, false for off). */
export interface DecodedNotice {
  readonly source: CalendarSource;
  readonly days: ReadonlyMap<number, boolean>;
}

/** Day number of `YYYYMMDD`, or of `MMDD` in `year`. */
function dayOf(token: string, year: number): number {
  const full = token.length === 8;
  return daysFromCivil(
    full ? Number(token.slice(0, 4)) : year,
    Number(token.slice(full ? 4 : 0, full ? 6 : 2)),
    Number(token.slice(full ? 6 : 2)),
  );
}

/**
 * Decodes one line of the notice table (see `data/chinaHolidays.ts` for the
 * form); `titleOf` names a notice by its year and number.
 *
 * @internal
 */
export function decodeNotice(line: string, titleOf: (year: number, number: string) => string): DecodedNotice {
  const [yearText = '', date = '', number = '', ...tokens] = line.split(' ');
  const year = Number(yearText);
  const days = new Map<number, boolean>();
  for (const token of tokens) {
    if (token.startsWith('+')) {
      days.set(dayOf(token.slice(1), year), true);
      continue;
    }
    const [first = '', last] = token.split('-');
    const start = dayOf(first, year);
    // A last day written before the first (1230-0101) is in the next year.
    const end = last === undefined ? start : dayOf(last, Number(first.length === 8 ? first.slice(0, 4) : year) + (last < first.slice(-4) ? 1 : 0));
    for (let day = start; day <= end; day += 1) days.set(day, false);
  }
  return { source: { year, title: titleOf(year, number), number, date }, days };
}
