// GENERATED case records (not real data) shaped as approval systems export
// them with a committed time limit (承诺时限) instead of a deadline: `npm run
// examples` writes examples/export-2019-limits.csv (UTF-8 with a byte-order
// mark, a title row above the header). The records are accepted around 春节
// 2019 (14 January to 28 February) and 国庆 2019 (16 September to 31
// October); 承诺时限 is in working days, natural days or 即办, and some
// records give only 法定时限. Times are Beijing wall-clock time. A test
// checks that the committed file equals a fresh generation, and tallies it
// against figures worked out from these records with a calendar of its own.

import { seededRandom } from './seededRandom.js';

const { random, pick, reset } = seededRandom(20191001);

const DAY = 1440;
const DEPARTMENTS = ['区卫健局', '区人社局', '区市场监管局', '区民政局'];
const ITEMS = [
  ['行政许可', '食品经营许可'],
  ['行政许可', '医疗机构执业登记'],
  ['行政确认', '城乡居民养老保险参保登记'],
  ['公共服务', '社会保障卡申领'],
] as const;
/** 承诺时限 as exports write them, with the amount of days each allows (0 for 即办). */
export const LIMITS = [
  ['即办', 0],
  ['1个工作日', 1],
  ['3个工作日', 3],
  ['5个工作日', 5],
  ['10个工作日', 10],
  ['15个工作日', 15],
  ['7天', 7],
  ['20天', 20],
] as const;

/** One generated record: minutes since 2019-01-01 00:00 Beijing time. */
export interface LimitRecord {
  readonly id: string;
  readonly itemName: string;
  readonly typeName: string;
  readonly department: string;
  readonly accepted: number;
  /** 承诺时限, or null when the record gives only 法定时限. */
  readonly timeLimit: string | null;
  /** 法定时限, or null. */
  readonly statutoryTimeLimit: string | null;
  readonly completed: number | null;
}

const two = (value: number): string => String(value).padStart(2, '0');
/** A minute since 2019-01-01 00:00 as an export writes it: `2019-02-01 09:30:00`. */
export function written(minute: number): string {
  const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(minute / DAY) * 86_400_000);
  const clock = minute % DAY;
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(Math.floor(clock / 60))}:${two(clock % 60)}:00`;
}

/** 400 generated records: 200 accepted around 春节 2019 and 200 around 国庆 2019. */
export function limitRecords(): LimitRecord[] {
  reset();
  const records: LimitRecord[] = [];
  for (let index = 1; index <= 400; index += 1) {
    // Day 13 is 14 January, day 58 is 28 February; day 258 is 16 September, day 303 is 31 October.
    const day = index <= 200 ? 13 + Math.floor(random() * 46) : 258 + Math.floor(random() * 46);
    const accepted = day * DAY + 9 * 60 + Math.floor(random() * 480);
    const [typeName, itemName] = pick(ITEMS);
    const [text, amount] = pick(LIMITS);
    const statutoryOnly = amount > 0 && random() < 0.12;
    const draw = random();
    let completed: number | null;
    if (draw < 0.1) completed = null; // still open
    else if (amount === 0) completed = accepted + Math.floor(random() * 60);
    else completed = accepted + Math.floor(random() * (amount * 1.3 + 3) * DAY);
    records.push({
      id: `WH2019L${String(index).padStart(5, '0')}`,
      itemName,
      typeName,
      department: pick(DEPARTMENTS),
      accepted,
      timeLimit: statutoryOnly ? null : text,
      statutoryTimeLimit: statutoryOnly ? text : amount === 0 ? null : '20个工作日',
      completed,
    });
  }
  return records;
}

/** The CSV of examples/export-2019-limits.csv, from {@link limitRecords}. */
export function limitExample(): string {
  const rows = limitRecords().map((record) =>
    [
      record.id,
      record.itemName,
      record.typeName,
      record.department,
      written(record.accepted),
      record.timeLimit ?? '',
      record.statutoryTimeLimit ?? '',
      record.completed === null ? '' : written(record.completed),
      record.completed === null ? '在办' : '已办结',
    ].join(','),
  );
  const lines = ['五华区政务服务办件明细(承诺时限；2019年春节、国庆前后)', '办件编号,事项名称,事项类型,实施部门,受理时间,承诺时限,法定时限,办结时间,办件状态', ...rows];
  return `\uFEFF${lines.join('\n')}\n`;
}
