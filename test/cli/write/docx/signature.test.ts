import { describe, expect, it } from 'vitest';
import { documentDate, signatureIndents } from '../../../../src/cli/write/docx/signature.js';

describe('signatureIndents', () => {
  it('puts the office 右空二字 and the date two characters right of the office’s first character', () => {
    // 14 characters; 2019年2月20日 is 6.5 (digits half a character); one character of 三号 is 320 twips
    // office: 2 characters in (640); date: 2 + (14 − 2 − 6.5) = 7.5 characters in (2400), so it starts at 6.5 + 7.5 = 14,
    // two characters right of the office's first at 14 + 2 = 16
    expect(signatureIndents('五华区人民政府政务服务管理局', '2019年2月20日')).toStrictEqual({ office: 640, date: 2400 });
  });

  it('keeps the date 右空二字 and moves the office left when the date is longer', () => {
    // 中心 is 2 characters: the date (6.5) keeps 2 in (640); the office starts 2 characters left of the date's first,
    // at 2 + 6.5 + 2 = 10.5 from the right, so its right indent is 10.5 − 2 = 8.5 characters (2720)
    expect(signatureIndents('中心', '2019年2月20日')).toStrictEqual({ office: 2720, date: 640 });
    // an office exactly two characters longer than the date (8 and 2019年2月2日, 6): both keep 右空二字
    expect(signatureIndents('政务服务管理中心', '2019年2月2日')).toStrictEqual({ office: 640, date: 640 });
  });
});

describe('documentDate', () => {
  it('writes year, month and day in Arabic numerals without leading zeros', () => {
    expect(documentDate('2019-02-20')).toBe('2019年2月20日');
    expect(documentDate('2019-01-05')).toBe('2019年1月5日');
    expect(documentDate('2020-02-29')).toBe('2020年2月29日');
    expect(documentDate('2000-02-29')).toBe('2000年2月29日');
  });

  it('gives nothing for a text that is not a day of the calendar', () => {
    for (const text of ['2019-02-29', '1900-02-29', '2019-13-01', '2019-00-10', '2019-01-00', '2019-04-31', '2019-2-20', ' 2019-02-20', '2019-02-20T00:00', '0000-01-01']) {
      expect(documentDate(text)).toBeUndefined();
    }
  });
});
