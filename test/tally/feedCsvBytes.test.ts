import { describe, expect, it } from 'vitest';
import { createTallier } from '../../src/tally/createTallier.js';
import { feedCsv } from '../../src/tally/feedCsv.js';
import { feedCsvBytes } from '../../src/tally/feedCsvBytes.js';
import { encodeGbk } from '../cli/gbk.js';

const OPTIONS = { period: '2019-01', by: 'department', onInvalid: 'collect', wallClockOffsetMinutes: 480 } as const;

/** The bytes in chunks of `size`. */
async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

/** feedCsvBytes and feedCsv (on the text the encoding decodes) on the same bytes: their results side by side. */
async function bothReaders(bytes: Uint8Array, encoding: string, size = 5) {
  const fast = createTallier(OPTIONS);
  const outcome = await feedCsvBytes(fast, chunks(bytes, size), { encoding });
  const classic = createTallier(OPTIONS);
  const summary = await feedCsv(classic, (async function* () { yield new TextDecoder(encoding).decode(bytes); })());
  return { outcome, fast: fast.result(), classic: classic.result(), summary };
}

const gb18030 = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...encodeGbk(part)] : part)));

describe('feedCsvBytes', () => {
  it('reads GB18030 four-byte characters, whose second and fourth bytes are digits, as their text', async () => {
    // 𠀀 (U+20000) is 0x95 0x32 0x82 0x36 in GB18030, and ¥ (U+00A5) 0x81 0x30 0x84 0x36
    const bytes = gb18030(
      '办件编号,事项类型,实施部门,受理时间\n1,行政确认,区', [0x95, 0x32, 0x82, 0x36], '局,2019-01-05 09:30:00\n',
      '2,行政确认,', [0x81, 0x30, 0x84, 0x36], '区人社局,2019-01-06\n',
    );
    const { outcome, fast, classic, summary } = await bothReaders(bytes, 'gb18030');
    expect(outcome).toEqual({ summary, textRows: 0, lineEnds: 3, lastLine: 3, lineEnd: 1 });
    expect(fast.groups.map((group) => group.key)).toEqual([{ department: '¥区人社局' }, { department: '区\u{20000}局' }]);
    expect(fast).toEqual(classic);
  });

  it('reads an invalid record as text, with the message and line of feedCsv', async () => {
    const bytes = new TextEncoder().encode('title\r\n\r\nid,category,departmentId,acceptedAt\r\na,public_service,"d ""1""",2019-01-05T09:30:00+08:00\r\nb,x,d,2019-01-05\r\n');
    const { outcome, fast, classic } = await bothReaders(bytes, 'utf-8', 3);
    expect(outcome).toMatchObject({ textRows: 1, lastLine: 5, lineEnd: 2 });
    expect(fast.invalid.map((record) => [record.line, record.field])).toEqual([[5, 'category']]);
    expect(fast).toEqual(classic);
  });

  it.each([
    ['a quote inside an unquoted field', 'id,category,departmentId,acceptedAt\na,public_service,d"1,2019-01-05\n'],
    ['text after a closing quote', 'id,category,departmentId,acceptedAt\na,public_service,"d"1,2019-01-05\n'],
    ['a quote not closed', 'id,category,departmentId,acceptedAt\na,public_service,"d,2019-01-05'],
    ['a line end inside quotes', 'id,category,departmentId,acceptedAt\na,public_service,"d\n1",2019-01-05\n'],
    ["a line end '\\r' alone", 'id,category,departmentId,acceptedAt\ra,public_service,d,2019-01-05\r'],
    ["a line end '\\r\\n' in a file whose lines end '\\n'", 'id,category,departmentId,acceptedAt\na,public_service,d,2019-01-05\r\n'],
    ['a second byte-order mark', '\uFEFFid,category,departmentId,acceptedAt\n'],
    ['bytes that are not utf-8 text', 'id,category,departmentId,acceptedAt\na,public_service,\u0000\n'],
  ])('leaves %s to csv-parse', async (reason, text) => {
    const bytes = new TextEncoder().encode(text);
    if (reason.startsWith('bytes')) bytes[bytes.length - 2] = 0xff;
    expect(await feedCsvBytes(createTallier(OPTIONS), chunks(bytes, 4), { encoding: 'utf-8' })).toMatchObject({ unusual: reason });
  });

  it('stops at a row it would read as text in a part of a file', async () => {
    const header = { columns: [{ field: 'id', header: 'id', column: 0 }, { field: 'category', header: 'category', column: 1 }, { field: 'departmentId', header: 'departmentId', column: 2 }, { field: 'acceptedAt', header: 'acceptedAt', column: 3 }], width: 4, lineEnd: 1 } as const;
    const good = new TextEncoder().encode('a,public_service,d,2019-01-05\n');
    const tallier = createTallier(OPTIONS);
    expect(await feedCsvBytes(tallier, chunks(good, 7), { encoding: 'utf-8', part: header })).toMatchObject({ summary: { records: 1 }, lineEnds: 1, lastLine: 1 });
    expect(tallier.result().groups[0]?.tally.accepted).toBe(1);
    const short = new TextEncoder().encode('a,public_service,d\n');
    expect(await feedCsvBytes(createTallier(OPTIONS), chunks(short, 7), { encoding: 'utf-8', part: header })).toEqual({ unusual: 'a row to read as text in a part of the file', line: 1 });
  });
});
