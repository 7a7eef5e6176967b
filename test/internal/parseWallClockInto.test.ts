import { describe, expect, it } from 'vitest';
import { PARSED, parseIsoInto, parseWallClockInto } from '../../src/internal/parseIsoTimestamp.js';

// Beijing time is UTC+8 (480 minutes): 2019-01-05 09:30 in Beijing = 2019-01-05T01:30Z
// = Date.UTC(2019, 0, 5, 1, 30) = 1546651800000.
const NINE_THIRTY = Date.UTC(2019, 0, 5, 1, 30);
const BEIJING = 480;

const read = (text: string, offset = BEIJING, dayEnd = false): number | null =>
  parseIsoInto(text, offset, dayEnd) ? (PARSED[0] as number) : null;

describe('parseIsoInto with a wall clock', () => {
  it.each([
    ['2019-01-05 09:30:00', NINE_THIRTY],
    ['2019-01-05T09:30:00', NINE_THIRTY],
    ['2019-01-05 09:30', NINE_THIRTY],
    ['2019/1/5 9:30', NINE_THIRTY],
    ['2019/01/05 09:30:05', NINE_THIRTY + 5000],
    ['2019-1-5 9:30:05.25', NINE_THIRTY + 5250],
    ['2019-01-05 09:30:00.1239', NINE_THIRTY + 123],
    ['2019-01-05  09:30', NINE_THIRTY],
    // An offset in the text wins over the wall clock
    ['2019-01-05T01:30:00Z', NINE_THIRTY],
    ['2019-01-05T09:30:00+08:00', NINE_THIRTY],
  ])('reads %s at UTC+8', (text, time) => {
    expect(read(text)).toBe(time);
  });

  it('reads a date alone as the start of its day, or its end for a completion or a deadline', () => {
    // 2019-01-05 00:00 in Beijing = 2019-01-04T16:00Z; the day's last millisecond is 2019-01-05T15:59:59.999Z
    expect(read('2019-01-05')).toBe(Date.UTC(2019, 0, 4, 16));
    expect(read('2019/1/5')).toBe(Date.UTC(2019, 0, 4, 16));
    expect(read('2019-01-05', BEIJING, true)).toBe(Date.UTC(2019, 0, 5, 15, 59, 59, 999));
  });

  it('reads the same text at another stated offset, never the machine zone', () => {
    // At UTC−5 the same wall clock is 13 hours later than at UTC+8
    expect(read('2019-01-05 09:30:00', -300)).toBe(NINE_THIRTY + 13 * 3_600_000);
    expect(read('2019-01-05 09:30:00', 0)).toBe(Date.UTC(2019, 0, 5, 9, 30));
  });

  it('refuses a time without an offset when no clock is stated', () => {
    expect(read('2019-01-05 09:30:00', Number.NaN)).toBeNull();
    expect(read('2019/1/5 9:30', Number.NaN)).toBeNull();
    expect(read('2019-01-05', Number.NaN)).toBeNull();
  });

  it.each([
    '2019-02-29',
    '2019-02-29 09:30',
    '2020-02-30',
    '2019-13-01 09:30',
    '2019-00-10',
    '2019-01-00',
    '2019-01-05 24:00:01',
    '2019-01-05 24:00',
    '2019-01-05 09:60',
    '2019-01-05 09:30:60',
    '2019-01-05 9',
    '2019-01-05 09:3',
    '2019/1-5',
    '2019.01.05',
    '19-01-05',
    '2019-01-05 09:30:00.',
    '2019/1/5 9:30+08:00',
    '2019-01-05 09:30 ',
    '0000-01-01',
    '',
  ])('refuses %o', (text) => {
    expect(read(text)).toBeNull();
  });

  it('takes 2020-02-29, a leap day', () => {
    // 2020-02-29 00:00 at UTC+8 = 2020-02-28T16:00Z
    expect(read('2020/2/29')).toBe(Date.UTC(2020, 1, 28, 16));
  });
});

describe('parseWallClockInto', () => {
  it('takes no offset of its own', () => {
    expect(parseWallClockInto('2019-01-05T09:30:00+08:00', BEIJING, false)).toBe(false);
    expect(parseWallClockInto('2019/1/5 9:30', BEIJING, false)).toBe(true);
    expect(PARSED[0]).toBe(NINE_THIRTY);
  });
});
