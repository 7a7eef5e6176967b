import { describe, expect, it } from 'vitest';
import { createTallier, InvalidRecordError, tallyCases } from '../../src/index.js';
import { january, januaryByDepartment } from './fixture.js';

describe('createTallier', () => {
  it('gives the tallyCases result for records added one by one or many at a time', () => {
    const one = createTallier({ period: '2019-01', by: 'department' });
    for (const record of january) one.add(record);
    const many = createTallier({ period: '2019-01', by: 'department' });
    many.addMany(january.slice(0, 4));
    many.addMany(january.slice(4));
    expect(one.result()).toEqual({ groups: januaryByDepartment, invalid: [], excluded: [] });
    expect(many.result()).toEqual(one.result());
  });

  it('can go on after result()', () => {
    const tallier = createTallier({ period: '2019-01', by: 'department' });
    tallier.addMany(january.slice(0, 5));
    tallier.result();
    tallier.addMany(january.slice(5));
    expect(tallier.result().groups).toEqual(januaryByDepartment);
  });

  it('does not check duplicate ids (memory stays per group)', () => {
    const tallier = createTallier({ period: '2019-01', by: [] });
    tallier.addMany([january[0], january[0]]);
    // r1 twice: accepted 2, where tallyCases would reject the copy
    expect(tallier.result().groups[0]?.tally.accepted).toBe(2);
    expect(() => tallyCases([january[0]!, january[0]!], { period: '2019-01', by: [] })).toThrow(InvalidRecordError);
  });

  it('throws for an invalid record with its index among all records added, or collects it', () => {
    const tallier = createTallier({ period: '2019-01', by: [] });
    tallier.addMany(january);
    expect(() => tallier.add({ id: 'z', category: 'public_service', departmentId: 'A', acceptedAt: '2019-01-05 09:30' })).toThrow(
      new InvalidRecordError({
        index: 10,
        line: null,
        id: 'z',
        field: 'acceptedAt',
        message: 'Tallier.add requires records[10] (id "z") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got "2019-01-05 09:30"',
      }),
    );
    const collecting = createTallier({ period: '2019-01', by: 'department', onInvalid: 'collect' });
    collecting.addMany([42, ...january]);
    expect(collecting.result()).toEqual({
      groups: januaryByDepartment,
      invalid: [{ index: 0, line: null, id: null, field: null, message: 'Tallier.addMany requires records[0] to be an object, got 42' }],
      excluded: [],
    });
  });

  it('checks its options and arguments', () => {
    expect(() => createTallier({ period: '2019-13' as never, by: [] })).toThrow(
      new RangeError('createTallier requires period to be a month written YYYY-MM, got "2019-13"'),
    );
    expect(() => createTallier({ period: '2019-01', by: [] }).addMany(5 as never)).toThrow(
      new TypeError('Tallier.addMany requires records to be an iterable, got 5'),
    );
  });
});
