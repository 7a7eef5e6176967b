import { describe, expect, it } from 'vitest';
import { createTallier, feedNdjson, type TallyOptions } from '../../src/index.js';
import { feedNdjsonBytes } from '../../src/tally/feedNdjsonBytes.js';

/** The bytes in chunks of `size`. */
async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

/** feedNdjsonBytes and feedNdjson on the same text: their results side by side. */
async function bothReaders(text: string, options: TallyOptions, size = 5) {
  const fast = createTallier(options);
  const outcome = await feedNdjsonBytes(fast, chunks(new TextEncoder().encode(text), size));
  const classic = createTallier(options);
  const summary = await feedNdjson(classic, (async function* () {
    yield text;
  })());
  return { outcome, fast: fast.result(), classic: classic.result(), summary };
}

const OPTIONS: TallyOptions = { period: '2019-01', by: 'department', onInvalid: 'collect' };
const line = (fields: Record<string, unknown>): string =>
  JSON.stringify({ id: 'a', category: 'public_service', departmentId: '区人社局', acceptedAt: '2019-01-05T09:30:00+08:00', ...fields });

describe('feedNdjsonBytes', () => {
  it('counts the lines it scans, and reads the others as text, with the messages of feedNdjson', async () => {
    const text = [
      line({}),
      line({ id: 'b', extra: { nested: true } }), // nested: as text, and counted
      '',
      line({ id: 'c', departmentId: '' }), // invalid: as text, for its message
      '{"id": ',
      line({ id: 'd', departmentId: '区卫健局' }),
    ].join('\r\n');
    for (const size of [1, 5, 1 << 20]) {
      const { outcome, fast, classic, summary } = await bothReaders(text, OPTIONS, size);
      // 6 lines, the third blank: 5 records, 2 invalid; 3 lines read as text (nested, invalid, not JSON)
      expect(summary).toEqual({ records: 5, lines: 6, invalid: 2 });
      expect(outcome).toEqual({ summary, textLines: 3 });
      expect(fast).toEqual(classic);
      expect(fast.groups.map((group) => [group.key, group.tally.accepted])).toEqual([
        [{ department: '区人社局' }, 2],
        [{ department: '区卫健局' }, 1],
      ]);
      expect(fast.invalid.map((problem) => problem.message)).toEqual([
        'feedNdjson requires records[2] (id "c", line 4) departmentId to be a non-empty string, got ""',
        'feedNdjson requires records[3] (line 5) to be a JSON object on one line, got "{\\"id\\": "',
      ]);
    }
  });

  it('refuses a number that reads as another as feedNdjson does', async () => {
    const text = `{"id":"a","category":"public_service","departmentId":"d","acceptedAt":1e400}\n{"id":"b","category":"public_service","departmentId":"d","acceptedAt":9007199254740993}\n`;
    const { outcome, fast, classic } = await bothReaders(text, OPTIONS);
    expect(outcome).toMatchObject({ textLines: 2 });
    expect(fast).toEqual(classic);
    expect(fast.invalid.map((problem) => problem.message)).toEqual([
      'feedNdjson requires records[0] (id "a", line 1) acceptedAt to be a number that reads as written, got 1e400, beyond the range of numbers',
      'feedNdjson requires records[1] (id "b", line 2) acceptedAt to be a number that reads as written, got 9007199254740993, which reads as 9007199254740992',
    ]);
  });

  it('reads a record the tally refuses after its checks again as text, for its message', async () => {
    // 20 working days from 20 December 2026 run past the calendar's last year
    const text = `${line({ acceptedAt: '2026-12-20T09:00:00+08:00', timeLimit: '20个工作日' })}\n${line({ id: 'b', acceptedAt: '2026-12-21T09:00:00+08:00' })}\n`;
    const { outcome, fast, classic } = await bothReaders(text, { ...OPTIONS, period: '2026-12' });
    expect(outcome).toMatchObject({ summary: { records: 2, lines: 2, invalid: 1 }, textLines: 1 });
    expect(fast).toEqual(classic);
    expect(fast.invalid.map((problem) => problem.message)).toEqual([
      'feedNdjson requires records[0] (id "a", line 1) timeLimit to be a time limit whose deadline the calendar can compute (covers 2007–2026, and it goes past 2026-12-31), got "20个工作日"',
    ]);
    expect(fast.groups.map((group) => group.tally.accepted)).toEqual([1]);
  });

  it('counts a last line without a line end, and blank lines among the lines', async () => {
    const { outcome, fast, classic } = await bothReaders(`\n \t\n${line({})}`, OPTIONS, 3);
    expect(outcome).toEqual({ summary: { records: 1, lines: 3, invalid: 0 }, textLines: 0 });
    expect(fast).toEqual(classic);
    expect(await feedNdjsonBytes(createTallier(OPTIONS), chunks(new Uint8Array(0), 1))).toEqual({ summary: { records: 0, lines: 0, invalid: 0 }, textLines: 0 });
  });

  it('leaves bytes that are not UTF-8, and a tallier that throws, to feedNdjson', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${line({})}\n${line({ id: 'b' })}\n`), 0xff, 10]);
    // in chunks of 100 bytes, the first block is the first line: read before the bad byte is seen
    expect(await feedNdjsonBytes(createTallier(OPTIONS), chunks(bytes, 100))).toEqual({ unusual: 'bytes that are not UTF-8 text', line: 1 });
    // a character cut short at the end
    expect(await feedNdjsonBytes(createTallier(OPTIONS), chunks(new Uint8Array([...new TextEncoder().encode(line({})), 0xe5, 0x8c]), 7))).toEqual({
      unusual: 'bytes that are not UTF-8 text',
      line: 0,
    });
    expect(await feedNdjsonBytes(createTallier({ ...OPTIONS, onInvalid: 'throw' }), chunks(bytes, 100))).toEqual({ unusual: 'a tallier that throws at an invalid record', line: 0 });
  });
});
