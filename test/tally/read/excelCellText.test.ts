import { describe, expect, it } from 'vitest';
import { excelSerialText, isDateFormat, plainNumberText } from '../../../src/tally/read/excelCellText.js';

describe('plainNumberText', () => {
  it('writes the shortest decimal that reads back as the same number, never with an exponent', () => {
    expect(plainNumberText(2019000123)).toBe('2019000123');
    expect(plainNumberText(1)).toBe('1');
    expect(plainNumberText(0.1)).toBe('0.1');
    // String(1e21) is '1e+21', String(1.5e-7) '1.5e-7', String(-1.25e-10) '-1.25e-10'
    expect(plainNumberText(1e21)).toBe('1000000000000000000000');
    expect(plainNumberText(1.5e-7)).toBe('0.00000015');
    expect(plainNumberText(-1.25e-10)).toBe('-0.000000000125');
    expect(plainNumberText(1.2345e25)).toBe('12345000000000000000000000');
    expect(plainNumberText(-0)).toBe('0');
  });
});

describe('excelSerialText', () => {
  it('counts the 1900 system from 1900-01-01 with its 1900-02-29', () => {
    // 1 = 1900-01-01, 59 = 1900-02-28, 60 = 1900-02-29 (never was), 61 = 1900-03-01; 43466 = 2019-01-01
    expect([1, 59, 60, 61, 43466].map((serial) => excelSerialText(serial, false))).toEqual([
      '1900-01-01',
      '1900-02-28',
      '1900-02-29',
      '1900-03-01',
      '2019-01-01',
    ]);
  });

  it('writes times to the millisecond, a whole day as the date alone', () => {
    // 43470.395833333336 = 2019-01-05 + 0.395833… day = 34 200 000 ms = 09:30:00
    expect(excelSerialText(43470.395833333336, false)).toBe('2019-01-05 09:30:00');
    expect(excelSerialText(43470, false)).toBe('2019-01-05');
    // 0.5 day + 123 ms
    expect(excelSerialText(43470.5 + 0.123 / 86400, false)).toBe('2019-01-05 12:00:00.123');
    // 0.99999999 day = 86 399 999.14 ms, which rounds to 23:59:59.999
    expect(excelSerialText(44196.99999999, false)).toBe('2020-12-31 23:59:59.999');
  });

  it('counts the 1904 system from 1904-01-01, with no day that never was', () => {
    expect(excelSerialText(0, true)).toBe('1904-01-01');
    // 1904 is a leap year: 59 = 1904-02-29, 60 = 1904-03-01
    expect(excelSerialText(59, true)).toBe('1904-02-29');
    expect(excelSerialText(60, true)).toBe('1904-03-01');
    expect(excelSerialText(42008.395833333336, true)).toBe('2019-01-05 09:30:00');
  });

  it('writes a time with no date alone, and keeps a serial Excel shows as #### as the number', () => {
    expect(excelSerialText(0.75, false)).toBe('18:00:00');
    expect(excelSerialText(0, false)).toBe('00:00:00');
    expect(excelSerialText(-1, false)).toBe('-1');
    // 2958465 = 9999-12-31, the last day Excel shows
    expect(excelSerialText(2958465.5, false)).toBe('9999-12-31 12:00:00');
    expect(excelSerialText(2958466, false)).toBe('2958466');
    expect(excelSerialText(2957003, true)).toBe('9999-12-31');
    expect(excelSerialText(2957004, true)).toBe('2957004');
  });
});

describe('isDateFormat', () => {
  it('tells the built-in date formats, the Chinese ones included', () => {
    expect([14, 22, 31, 57, 58].every((id) => isDateFormat(id, undefined))).toBe(true);
    expect([0, 1, 2, 10, 49].some((id) => isDateFormat(id, undefined))).toBe(false);
  });

  it('reads date parts outside quoted text, escapes and brackets of a custom format', () => {
    expect(isDateFormat(176, 'yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat(176, 'yyyy/m/d h:mm')).toBe(true);
    expect(isDateFormat(176, '[$-804]yyyy-mm-dd')).toBe(true);
    expect(isDateFormat(176, '[h]:mm:ss')).toBe(true);
    expect(isDateFormat(176, 'General')).toBe(false);
    expect(isDateFormat(176, '0.00E+00')).toBe(false);
    expect(isDateFormat(176, '[Red]#,##0.00')).toBe(false);
    expect(isDateFormat(176, '#,##0"件"')).toBe(false);
    expect(isDateFormat(176, '0_);\\(0\\)')).toBe(false);
  });
});

describe('excelSerialText against the calendar', () => {
  it('gives the days from 1900-03-01 to 9999-12-31 as Date.UTC counts them', () => {
    // Serial 61 is 1900-03-01 = 1899-12-30 + 61 days; Date.UTC is an independent count of the same calendar.
    // Every day up to 1908 and around 2000 (a leap century) and 2100 (not one), every 29th day elsewhere.
    const start = Date.UTC(1899, 11, 30);
    const everyDay = (serial: number) => serial < 3000 || (serial > 36000 && serial < 37500) || (serial > 72000 && serial < 73500);
    for (let serial = 61; serial <= 2958465; serial += everyDay(serial) ? 1 : 29) {
      const expected = new Date(start + serial * 86_400_000).toISOString().slice(0, 10);
      if (excelSerialText(serial, false) !== expected) expect(excelSerialText(serial, false)).toBe(expected);
    }
  });
});
