import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTallier, feedNdjson, InvalidRecordError } from '../../src/index.js';
import { january, januaryByDepartment } from './fixture.js';

const ndjson = january.map((record) => JSON.stringify(record)).join('\n');
const bytes = new TextEncoder().encode(ndjson);

/** Cuts `data` into chunks of `size` (bytes or characters), as a stream would. */
async function* chunks<T extends string | Uint8Array>(data: T, size: number): AsyncGenerator<T> {
  for (let at = 0; at < data.length; at += size) yield data.slice(at, at + size) as T;
}

describe('feedNdjson', () => {
  it('tallies NDJSON text like tallyCases, whatever the chunk size', async () => {
    for (const size of [1, 7, 100, 1_000_000]) {
      const tallier = createTallier({ period: '2019-01', by: 'department' });
      expect(await feedNdjson(tallier, chunks(ndjson, size))).toEqual({ records: 10, lines: 10, invalid: 0 });
      expect(tallier.result().groups).toEqual(januaryByDepartment);
    }
  });

  it('decodes UTF-8 bytes, even split inside a character, from a Node stream', async () => {
    const chinese = JSON.stringify({ ...january[0], departmentId: '区人社局' });
    const encoded = new TextEncoder().encode(`${chinese}\r\n\r\n${chinese.replace('r1', 'r2')}\r\n`);
    const tallier = createTallier({ period: '2019-01', by: 'department' });
    // 3-byte chunks cut 区 (3 bytes) and the others at every offset
    expect(await feedNdjson(tallier, Readable.from(chunks(encoded, 2)))).toEqual({ records: 2, lines: 3, invalid: 0 });
    expect(tallier.result().groups.map((group) => group.key.department)).toEqual(['区人社局']);
  });

  it('reports a malformed line with its line number, and collects it on request', async () => {
    const text = `${JSON.stringify(january[0])}\n{"id": \n${JSON.stringify(january[1])}`;
    await expect(feedNdjson(createTallier({ period: '2019-01', by: [] }), chunks(text, 5))).rejects.toThrow(
      new InvalidRecordError({
        index: 1,
        line: 2,
        id: null,
        field: null,
        message: 'feedNdjson requires records[1] (line 2) to be a JSON object on one line, got "{\\"id\\": "',
      }),
    );
    const tallier = createTallier({ period: '2019-01', by: [], onInvalid: 'collect' });
    expect(await feedNdjson(tallier, chunks(text, 5))).toEqual({ records: 3, lines: 3, invalid: 1 });
    // r1 and r2 counted: accepted 1 (r1), completed 2
    expect(tallier.result().groups[0]?.tally).toMatchObject({ accepted: 1, completed: 2 });
  });

  it('gives an invalid record its line', async () => {
    const text = `${JSON.stringify(january[0])}\n\n{"id":"q","category":"x","departmentId":"A","acceptedAt":0}\n`;
    await expect(feedNdjson(createTallier({ period: '2019-01', by: [] }), chunks(text, 64))).rejects.toMatchObject({
      index: 1,
      line: 3,
      id: 'q',
      field: 'category',
    });
  });

  it('rejects bytes that are not UTF-8', async () => {
    const bad = Uint8Array.from([...bytes.slice(0, 20), 0xff, 0xfe]);
    await expect(feedNdjson(createTallier({ period: '2019-01', by: [] }), chunks(bad, 8))).rejects.toThrow(InvalidRecordError);
  });

  it('checks its arguments', async () => {
    await expect(feedNdjson({} as never, chunks('', 1))).rejects.toThrow(
      new TypeError('feedNdjson requires tallier to be made by createTallier, got an object'),
    );
    await expect(feedNdjson(createTallier({ period: '2019-01', by: [] }), 'text' as never)).rejects.toThrow(
      new TypeError('feedNdjson requires source to be an async iterable of strings or bytes, got "text"'),
    );
  });
});
