// Compares the bundled holiday calendar (CHINA_WORKDAY_CALENDAR) with the
// public holiday-cn data (https://github.com/NateScarlet/holiday-cn), one
// YYYY.json file per year: `npm run check:holidays -- <folder>`.
//
// For every date of the covered years it compares whether the date is a
// working day: holiday-cn lists days with `isOffDay` (a day off, or `false`
// for a weekend day worked) and leaves the rest to Monday-to-Friday. It also
// reports every date holiday-cn lists outside the covered years. It prints
// every difference; an explained one (EXPLAINED below, with its reason) is
// listed and does not fail; any other makes the exit status 1.
//
// Not part of `npm test`: the data is not in this repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHINA_WORKDAY_CALENDAR, isWorkingDay } from '../src/core.js';
import { daysFromCivil, formatDay, isWeekend } from '../src/calendar/engine/dayNumber.js';

/** Differences that are known and right, by date, with the reason. */
const EXPLAINED = new Map<string, string>([
  // The 2007 notice (国办发明电〔2006〕49号) moved the weekend of 30 and 31 December 2006 to
  // 2 and 3 January 2007 and had it worked. The table holds both days as the notice gives
  // them, but the calendar covers whole years from 2007, so it answers no question about 2006.
  ['2006-12-30', 'a day of the 2007 notice in 2006, before the covered years'],
  ['2006-12-31', 'a day of the 2007 notice in 2006, before the covered years'],
]);

interface HolidayCnDay {
  readonly name: string;
  readonly date: string;
  readonly isOffDay: boolean;
}

const folder = process.argv[2];
if (folder === undefined) {
  process.stderr.write('usage: npm run check:holidays -- <folder with holiday-cn YYYY.json files>\n');
  process.exit(2);
}

/** holiday-cn's days, by date: true for a working day. */
const listed = new Map<string, { working: boolean; name: string; file: string }>();
const files = readdirSync(folder).filter((name) => /^\d{4}\.json$/.test(name)).sort();
for (const file of files) {
  const data = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { days: HolidayCnDay[] };
  for (const day of data.days) listed.set(day.date, { working: !day.isOffDay, name: day.name, file });
}

const { firstYear, lastYear } = CHINA_WORKDAY_CALENDAR;
const differences: { date: string; text: string }[] = [];
for (let day = daysFromCivil(firstYear, 1, 1); day <= daysFromCivil(lastYear, 12, 31); day += 1) {
  const date = formatDay(day);
  const theirs = listed.get(date);
  const theirWorking = theirs === undefined ? !isWeekend(day) : theirs.working;
  const ours = isWorkingDay(date);
  if (ours !== theirWorking) {
    const where = theirs === undefined ? 'not listed (Monday to Friday)' : `${theirs.file} ${theirs.name}`;
    differences.push({ date, text: `bundled: ${ours ? 'working day' : 'day off'}; holiday-cn: ${theirWorking ? 'working day' : 'day off'} (${where})` });
  }
}
for (const [date, theirs] of listed) {
  const year = Number(date.slice(0, 4));
  if (year < firstYear || year > lastYear) {
    differences.push({ date, text: `outside the covered years ${firstYear}–${lastYear}; holiday-cn: ${theirs.working ? 'working day' : 'day off'} (${theirs.file} ${theirs.name})` });
  }
}

const years = files.map((file) => file.slice(0, 4)).join(', ');
process.stdout.write(`holiday-cn files read: ${years}\n`);
process.stdout.write(`dates compared: ${firstYear}-01-01 to ${lastYear}-12-31, and ${listed.size} dates holiday-cn lists\n`);
let unexplained = 0;
for (const { date, text } of differences.sort((a, b) => a.date.localeCompare(b.date))) {
  const reason = EXPLAINED.get(date);
  if (reason === undefined) unexplained += 1;
  process.stdout.write(`${date}  ${text}${reason === undefined ? '  UNEXPLAINED' : `  explained: ${reason}`}\n`);
}
for (const date of EXPLAINED.keys()) {
  if (!differences.some((difference) => difference.date === date)) process.stdout.write(`${date}  explained, but no longer a difference: remove it\n`);
}
process.stdout.write(`${differences.length} differences, ${unexplained} unexplained\n`);
process.exit(unexplained === 0 ? 0 : 1);
