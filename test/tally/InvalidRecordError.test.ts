import { describe, expect, it } from 'vitest';
import { InvalidRecordError, type InvalidRecord } from '../../src/index.js';

/** The problem of a record read from line 5 of a file (records[3]: the header is line 1, so line 5 is the fourth row). */
const problem: InvalidRecord = {
  index: 3,
  line: 5,
  id: 'WH-4',
  field: 'completedAt',
  message: 'feedCsv requires records[3] (id "WH-4", line 5) completedAt to be at or after acceptedAt, got "2019-01-01T08:00:00+08:00"',
};
const make = (fields: object): InvalidRecordError => new InvalidRecordError({ ...problem, ...fields } as InvalidRecord);

describe('InvalidRecordError', () => {
  it('carries its problem: the fields, the message and its name', () => {
    const error = new InvalidRecordError(problem);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InvalidRecordError');
    expect(error.message).toBe(problem.message);
    expect({ index: error.index, line: error.line, id: error.id, field: error.field }).toEqual({
      index: 3,
      line: 5,
      id: 'WH-4',
      field: 'completedAt',
    });
  });

  it('takes the documented edge values: index -1 (a header), line 1, and null line, id and field', () => {
    const header = make({ index: -1, line: 1, id: null, field: 'departmentId' });
    expect([header.index, header.line, header.id, header.field]).toEqual([-1, 1, null, 'departmentId']);
    const noFile = make({ index: 0, line: null, id: null, field: null });
    expect([noFile.index, noFile.line, noFile.id, noFile.field]).toEqual([0, null, null, null]);
    // The largest safe integer, 2**53 - 1, is still an index and a line.
    const last = make({ index: Number.MAX_SAFE_INTEGER, line: Number.MAX_SAFE_INTEGER });
    expect([last.index, last.line]).toEqual([9007199254740991, 9007199254740991]);
  });

  it('keeps an index written -0 as 0, and reads each field once', () => {
    expect(Object.is(make({ index: -0 }).index, 0)).toBe(true);
    // a getter that gives a good value once and a bad one after: what was checked is what is kept
    let reads = 0;
    const error = new InvalidRecordError({
      ...problem,
      get index() {
        reads += 1;
        return reads === 1 ? 3 : -5;
      },
    });
    expect([error.index, reads]).toEqual([3, 1]);
  });

  it('rejects an index below -1 or not an integer', () => {
    expect(() => make({ index: -2 })).toThrow(
      new RangeError('InvalidRecordError requires problem.index to be a non-negative integer, or -1 for a header, got -2'),
    );
    expect(() => make({ index: 0.5 })).toThrow(
      new RangeError('InvalidRecordError requires problem.index to be a non-negative integer, or -1 for a header, got 0.5'),
    );
    expect(() => make({ index: '3' })).toThrow(new TypeError('InvalidRecordError requires problem.index to be a number, got "3"'));
  });

  it('rejects a line below 1 or not an integer', () => {
    expect(() => make({ line: 0 })).toThrow(new RangeError('InvalidRecordError requires problem.line to be a positive integer or null, got 0'));
    expect(() => make({ line: 2.5 })).toThrow(new RangeError('InvalidRecordError requires problem.line to be a positive integer or null, got 2.5'));
    expect(() => make({ line: undefined })).toThrow(new TypeError('InvalidRecordError requires problem.line to be a number or null, got undefined'));
  });

  it('rejects an empty id, field or message, and a non-string one', () => {
    expect(() => make({ id: '' })).toThrow(new RangeError('InvalidRecordError requires problem.id to be a non-empty string or null, got ""'));
    expect(() => make({ field: '' })).toThrow(new RangeError('InvalidRecordError requires problem.field to be a non-empty string or null, got ""'));
    expect(() => make({ message: '' })).toThrow(new RangeError('InvalidRecordError requires problem.message to be a non-empty string, got ""'));
    expect(() => make({ id: 7 })).toThrow(new TypeError('InvalidRecordError requires problem.id to be a string or null, got 7'));
    expect(() => make({ field: false })).toThrow(new TypeError('InvalidRecordError requires problem.field to be a string or null, got false'));
    expect(() => make({ message: null })).toThrow(new TypeError('InvalidRecordError requires problem.message to be a string, got null'));
  });

  it('rejects a problem that is not an object', () => {
    expect(() => new InvalidRecordError(null as never)).toThrow(new TypeError('InvalidRecordError requires problem to be an object, got null'));
    expect(() => new InvalidRecordError([] as never)).toThrow(
      new TypeError('InvalidRecordError requires problem to be an object, got an array of length 0'),
    );
  });
});
