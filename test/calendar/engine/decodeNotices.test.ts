import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay } from '../../../src/calendar/engine/dayNumber.js';
import { decodeNotice } from '../../../src/calendar/engine/decodeNotices.js';

const title = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`;
const entries = (line: string) =>
  [...decodeNotice(line, title).days].map(([day, worked]) => `${formatDay(day)}${worked ? ' worked' : ''}`);

describe('decodeNotice', () => {
  it('reads days off, runs, weekend days worked and days of another year', () => {
    expect(entries('2019 2018-12-04 国办发明电〔2018〕15号 20181230-0101 +20181229 0405 1001-1003 +0929')).toEqual([
      '2018-12-30', '2018-12-31', '2019-01-01', '2018-12-29 worked', '2019-04-05', '2019-10-01', '2019-10-02', '2019-10-03', '2019-09-29 worked',
    ]);
    expect(entries('2017 2016-12-01 国办发明电〔2016〕17号 20161231-0102')).toEqual(['2016-12-31', '2017-01-01', '2017-01-02']);
  });

  it('names the notice', () => {
    expect(decodeNotice('2020 2019-11-21 国办发明电〔2019〕16号 0101', title).source).toEqual({
      year: 2020,
      title: '国务院办公厅关于2020年部分节假日安排的通知',
      number: '国办发明电〔2019〕16号',
      date: '2019-11-21',
    });
  });

  it('agrees with the day numbers of the dates it reads', () => {
    expect([...decodeNotice('2020 2020-01-26 国办发明电〔2020〕1号 0131-0202', title).days.keys()]).toEqual([
      daysFromCivil(2020, 1, 31), daysFromCivil(2020, 2, 1), daysFromCivil(2020, 2, 2),
    ]);
  });
});
