import { describe, expect, it } from 'vitest';
import { AS_TEXT, NdjsonScanner } from '../../../../src/tally/read/ndjsonBytes/NdjsonScanner.js';

// 2019-01-05T09:30:00+08:00 is 2019-01-05T01:30:00Z: 17901 days after 1970-01-01
// (17901 × 86 400 000 = 1 546 646 400 000) and 1.5 h (5 400 000 ms) more.
const ACCEPTED = 1_546_651_800_000;

/** The scanner's reading of one line (a `\n` put after it): what `scan` returns, and the record's fields that are set. */
function scan(line: string, wallClockOffsetMinutes = Number.NaN, scanner = new NdjsonScanner(wallClockOffsetMinutes, false)) {
  const bytes = new TextEncoder().encode(`${line}\n`);
  const end = scanner.scan(bytes, 0);
  const fields = Object.fromEntries(Object.entries(scanner.record).filter(([, value]) => value !== undefined));
  return { end, blank: scanner.blank, fields };
}

describe('NdjsonScanner', () => {
  it('reads a flat object: text as it is, an id as whether it is empty, a time as epoch milliseconds', () => {
    const line = '{"id":"WH-1","category":"public_service","departmentId":"区人社局","streetOfficeId":null,"acceptedAt":"2019-01-05T09:30:00+08:00"}';
    // the line's \n is at its length (in bytes: 区人社局 is 4 × 3 bytes, 8 more than its 4 characters)
    expect(scan(line)).toEqual({
      end: line.length + 8,
      blank: false,
      fields: { id: 'id', category: 'public_service', departmentId: '区人社局', streetOfficeId: null, acceptedAt: ACCEPTED },
    });
    expect(scan('{"id":""}').fields).toEqual({ id: '' });
  });

  it('takes JSON white space between tokens and around the object, and nothing else', () => {
    // 35 characters, all ASCII: the \n is byte 35
    expect(scan(' \t{ "id" :\r"a" , "dueAt"\t: null }\r ')).toMatchObject({ end: 35, fields: { id: 'id', dueAt: null } });
    expect(scan('{}')).toMatchObject({ end: 2, fields: {} });
    for (const line of ['\u000b{}', '{}\u000c', '\u00a0{}', '\uFEFF{}', '{\u3000}']) expect(scan(line).end).toBe(AS_TEXT);
  });

  it('tells a blank line, of spaces, tabs and carriage returns', () => {
    expect(scan('')).toEqual({ end: 0, blank: true, fields: {} });
    expect(scan(' \t\r')).toEqual({ end: 3, blank: true, fields: {} });
    // trim() takes a vertical tab as white space, JSON does not: left to the text reader
    expect(scan('\u000b')).toMatchObject({ end: AS_TEXT, blank: false });
  });

  it('reads the times it can from the bytes, and keeps the others as JSON.parse gives them', () => {
    expect(scan('{"acceptedAt":"2019-01-05T01:30:00Z"}').fields).toEqual({ acceptedAt: ACCEPTED });
    expect(scan('{"acceptedAt":"2019-01-05T09:30:00.250+08:00"}').fields).toEqual({ acceptedAt: ACCEPTED + 250 });
    // without an offset: a wall-clock time only when the tally has a wall clock (UTC+8 here)
    expect(scan('{"acceptedAt":"2019-01-05 09:30:00"}').fields).toEqual({ acceptedAt: '2019-01-05 09:30:00' });
    expect(scan('{"acceptedAt":"2019-01-05 09:30:00"}', 480).fields).toEqual({ acceptedAt: ACCEPTED });
    // a date alone: dueAt and completedAt at its last millisecond, acceptedAt at its first (2019-01-31 is day 17927)
    expect(scan('{"acceptedAt":"2019-01-31","dueAt":"2019-01-31"}', 480).fields).toEqual({
      acceptedAt: 17927 * 86_400_000 - 480 * 60_000,
      dueAt: 17928 * 86_400_000 - 1 - 480 * 60_000,
    });
    // forms the bytes reader does not read, and an escape, stay strings for the tally's own reading
    expect(scan('{"acceptedAt":"2019/1/5 9:30","dueAt":"2019-01-0\\u0035T09:30:00+08:00"}').fields).toEqual({
      acceptedAt: '2019/1/5 9:30',
      dueAt: '2019-01-05T09:30:00+08:00',
    });
  });

  it('reads an escape in a case-record field as JSON.parse does', () => {
    expect(scan('{"departmentId":"\\u533a\\"\\\\\\/\\t局","id":"a\\"b"}').fields).toEqual({ departmentId: '区"\\/\t局', id: 'id' });
  });

  it('reads integers of up to 15 digits in a case-record field, and leaves other numbers to JSON.parse', () => {
    expect(scan(`{"acceptedAt":${ACCEPTED},"dueAt":-5,"completedAt":0}`).fields).toEqual({ acceptedAt: ACCEPTED, dueAt: -5, completedAt: 0 });
    expect(scan('{"acceptedAt":999999999999999}').fields).toEqual({ acceptedAt: 999_999_999_999_999 });
    for (const number of ['1000000000000000', '9007199254740993', '1e400', '1.5', '1E3', '-0', '01', '-', '1.']) {
      expect(scan(`{"acceptedAt":${number}}`).end).toBe(AS_TEXT);
    }
  });

  it('reads true, false and null in a case-record field', () => {
    expect(scan('{"id":true,"itemName":false,"status":null}').fields).toEqual({ id: true, itemName: false, status: null });
    for (const value of ['nul', 'True', 'falsey', 'undefined']) expect(scan(`{"id":${value}}`).end).toBe(AS_TEXT);
  });

  it('skips the scalar values of other keys, checked as JSON', () => {
    const line = '{"备注":"a\\"b\\\\c\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d","n":-0.5e-3,"m":1E+2,"t":true,"f":false,"z":null,"note":"x","note":"y","id":"a"}';
    expect(scan(line)).toMatchObject({ end: new TextEncoder().encode(line).length, fields: { id: 'id' } });
    for (const value of ['"\\x"', '"\\u12"', '"a\tb"', '"\u0001"', '01', '1.', '-', '.5', '1e', '+1', "'a'"]) {
      expect(scan(`{"note":${value},"id":"a"}`).end).toBe(AS_TEXT);
    }
  });

  it('leaves to JSON.parse nested values, keys with escapes or __proto__, a field named twice, and what is not JSON', () => {
    for (const line of [
      '{"note":{}}',
      '{"note":[1]}',
      '{"id":{"a":1}}',
      '{"\\u0069d":"a"}',
      '{"a\\"b":1}',
      '{"__proto__":1}',
      '{"id":"a","id":"b"}',
      '{"id":"a"',
      '{"id":"a"}x',
      '{"id":"a"}}',
      '{"id":"a",}',
      '{,}',
      '{"id" "a"}',
      '{"id":"a\tb"}',
      '[1]',
      '"text"',
      '42',
      'null',
      "{'id':'a'}",
      '{"id":"a',
    ]) {
      expect(scan(line).end, line).toBe(AS_TEXT);
    }
  });

  it('never reads past the line feed that ends the line', () => {
    const scanner = new NdjsonScanner(Number.NaN, false);
    // a string left open at the line's end: the \n is a control character, and the next line is not read
    const bytes = new TextEncoder().encode('{"id":"a\n"}\n');
    expect(scanner.scan(bytes, 0)).toBe(AS_TEXT);
    expect(scanner.scan(bytes, 9)).toBe(AS_TEXT);
    // a key cut short by the end of the bytes: 'status"' would need a byte past them
    expect(scanner.scan(new TextEncoder().encode('{"statu\n'), 0)).toBe(AS_TEXT);
    // a time of the usual length whose closing quote is the next line's
    expect(scanner.scan(new TextEncoder().encode('{"acceptedAt":"2019-01-05T09:30:00+08\n:00"}\n'), 0)).toBe(AS_TEXT);
  });

  it('leaves no field of an earlier line in the record', () => {
    const scanner = new NdjsonScanner(Number.NaN, false);
    scan('{"id":"a","status":"在办","note":1,"dueAt":{"a":1}}', Number.NaN, scanner);
    expect(scan('{"id":"b"}', Number.NaN, scanner).fields).toEqual({ id: 'id' });
  });

  it('reads the id as text when the tally reads ids', () => {
    expect(scan('{"id":"WH-1"}', Number.NaN, new NdjsonScanner(Number.NaN, true)).fields).toEqual({ id: 'WH-1' });
  });
});
