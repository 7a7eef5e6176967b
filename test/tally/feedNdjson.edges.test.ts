import { describe, expect, it } from 'vitest';
import { createTallier, feedNdjson, InvalidRecordError } from '../../src/index.js';
import { sourceOf } from '../support/sources.js';

const record = (id: string) => JSON.stringify({ id, category: 'public_service', departmentId: 'D', acceptedAt: '2019-01-05T09:30:00+08:00' });

describe('feedNdjson, edge cases', () => {
  it('drops the carriage return of a CRLF line before quoting it in an error', async () => {
    for (const text of [`${record('a')}\r\n{"id": \r\n`, `${record('a')}\r\n{"id": \r`]) {
      await expect(feedNdjson(createTallier({ period: '2019-01', by: [] }), sourceOf(text))).rejects.toThrow(
        new InvalidRecordError({
          index: 1,
          line: 2,
          id: null,
          field: null,
          message: 'feedNdjson requires records[1] (line 2) to be a JSON object on one line, got "{\\"id\\": "',
        }),
      );
    }
    const tallier = createTallier({ period: '2019-01', by: [], onInvalid: 'collect' });
    expect(await feedNdjson(tallier, sourceOf(`${record('a')}\r\n{"id": \r\n`))).toEqual({ records: 2, lines: 2, invalid: 1 });
    expect(tallier.result().invalid.map((problem) => problem.message)).toEqual([
      'feedNdjson requires records[1] (line 2) to be a JSON object on one line, got "{\\"id\\": "',
    ]);
  });

  it('keeps an emoji split across two string chunks whole', async () => {
    // 😀 is the pair D83D DE00: the cut falls between its halves
    const text = '{"id":"a","category":"public_service","departmentId":"区😀局","acceptedAt":"2019-01-05T09:30:00+08:00"}\n';
    const cut = text.indexOf('😀') + 1;
    const tallier = createTallier({ period: '2019-01', by: 'department' });
    await feedNdjson(tallier, sourceOf(text.slice(0, cut), text.slice(cut)));
    expect(tallier.result().groups.map((group) => group.key)).toEqual([{ department: '区😀局' }]);
  });

  it('skips a line of spaces and tabs as blank', async () => {
    const tallier = createTallier({ period: '2019-01', by: [] });
    // lines: a, blank (spaces and a tab), b → 3 lines, 2 records
    expect(await feedNdjson(tallier, sourceOf(`${record('a')}\n  \t \n${record('b')}\n`))).toEqual({ records: 2, lines: 3, invalid: 0 });
    expect(tallier.result().groups[0]?.tally.accepted).toBe(2);
  });

  it('counts in its summary only the records and invalid records of this stream, when a tallier is fed twice', async () => {
    const tallier = createTallier({ period: '2019-01', by: [], onInvalid: 'collect' });
    // first stream: 2 records, 1 invalid
    expect(await feedNdjson(tallier, sourceOf(`${record('a')}\n{\n`))).toEqual({ records: 2, lines: 2, invalid: 1 });
    // second stream: 3 records, 1 invalid; sums with the first would say 5 (or 7) records and 2 (or 3) invalid
    expect(await feedNdjson(tallier, sourceOf(`${record('b')}\n${record('c')}\n[\n`))).toEqual({ records: 3, lines: 3, invalid: 1 });
    expect(tallier.result().invalid.map((problem) => [problem.index, problem.line])).toEqual([
      [1, 2],
      [4, 3],
    ]);
  });
});
