import { fc } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../fakeIo.js';
import { encodeGbk } from '../gbk.js';
import { fuzzParameters, fuzzTimeout } from '../../fuzz/budget.js';
import { encodeUtf16le } from '../../support/encodeUtf16le.js';

// The NDJSON byte reader against the text reader, through the command: for
// generated NDJSON files with what exports hold and what breaks readers
// (records of every field, invalid ones, junk lines, escapes, nested values,
// duplicate keys, odd white space, CRLF, numbers of every form, bytes that
// are not UTF-8, blank lines, a byte-order mark, GBK and UTF-16, chunks of
// any size), the command's output, messages and exit status are the same
// byte for byte with the byte reader (the default) and with the text
// reader alone (ZWFW_STATS_READER=classic).

const TIMES = ['"2019-01-05T09:30:00+08:00"', '"2019-01-05 09:30:00"', '"2019-01-31"', '"2019-01-05T09:30:00Z"', '"2019/1/5 9:30"', '"2019-13-01"', '1546651800000', '1e400', '9007199254740993', '-0', '1.5', 'null'];
const VALUES: Record<string, readonly string[]> = {
  id: ['"a1"', '"WH-3"', '""', '"编号\\u0035"', '7'],
  category: ['"public_service"', '"administrative_licensing"', '"公共服务"', '"x"'],
  itemTypeCode: ['"01"', '"行政许可"', '"20"', '"99"'],
  departmentId: ['"d1"', '"区人社局"', '""', '"\\u533a农林局"', '"__proto__"'],
  streetOfficeId: ['"east"', '"红云街道"', '""', 'null'],
  acceptedAt: TIMES,
  dueAt: TIMES,
  completedAt: TIMES,
  status: ['"已办结"', '"在办"', '"撤回"', '"未知"'],
  note: ['"x"', '"a\\"b"', '12.5', '{}', '[1]', 'true', '"\\x"'],
};
const space = fc.oneof({ weight: 20, arbitrary: fc.constantFrom('', '', ' ', '\t', '\r') }, { weight: 1, arbitrary: fc.constantFrom('\u3000', '\u000b', '\uFEFF') });

const record = fc
  .tuple(
    fc.shuffledSubarray(['id', 'category', 'departmentId', 'acceptedAt'], { minLength: 3 }),
    fc.subarray(['itemTypeCode', 'streetOfficeId', 'dueAt', 'completedAt', 'status', 'note', 'id']),
    fc.array(space, { minLength: 4, maxLength: 4 }),
  )
  .chain(([needed, more, spaces]) =>
    fc
      .tuple(...[...needed, ...more].map((key) => fc.constantFrom(...(VALUES[key] as string[])).map((value) => `${spaces[0]}"${key}"${spaces[1]}:${spaces[2]}${value}`)))
      .map((members) => `{${members.join(',')}${spaces[3]}}`),
  );
const junk = fc.constantFrom('{"id":', '[1]', '42', '', ' ', '{}', '{"id":"a"}x', '\u3000');

const ndjsonFile = fc.record({
  lines: fc.array(fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: junk }), { maxLength: 15 }),
  lineEnd: fc.constantFrom('\n', '\r\n'),
  finalEnd: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'gbk', 'utf-16le', 'broken'),
  chunk: fc.constantFrom(1, 7, 64, 65_536),
  options: fc.subarray(['--skip-invalid', '--time-offset none', '--by department', '--by streetOffice,category', '--format json'], { maxLength: 3 }),
});

function encode(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  // a byte that is not UTF-8 in the middle of the text
  if (encoding === 'broken') {
    const bytes = new TextEncoder().encode(text);
    const at = Math.floor(bytes.length / 2);
    return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
  }
  if (encoding === 'utf-16le') return encodeUtf16le(text);
  return encodeGbk(text.replaceAll('\u000b', ' ').replaceAll('\uFEFF', ' '));
}

const env = process.env;
afterEach(() => {
  delete env['ZWFW_STATS_READER'];
  delete env['ZWFW_STATS_TRACE'];
});

describe('tallyNdjsonFile: the byte reader', () => {
  it(
    'gives the command the output, messages and exit status that the text reader gives, for any NDJSON file',
    async () => {
      let fast = 0;
      await fc.assert(
        fc.asyncProperty(ndjsonFile, async (file) => {
          let text = file.lines.map((line) => line + file.lineEnd).join('');
          if (!file.finalEnd) text = text.replace(/\r?\n$/u, '');
          const bytes = encode(text, file.encoding);
          const argv = ['tally', 'cases.ndjson', '--period', '2019-01', ...file.options.flatMap((option) => option.split(' '))];
          env['ZWFW_STATS_READER'] = 'classic';
          const classic = await run(argv, { 'cases.ndjson': bytes }, { chunk: file.chunk });
          delete env['ZWFW_STATS_READER'];
          env['ZWFW_STATS_TRACE'] = '1';
          const bytesRead = await run(argv, { 'cases.ndjson': bytes }, { chunk: file.chunk });
          delete env['ZWFW_STATS_TRACE'];
          const trace = /^zwfw-stats: cases\.ndjson: read (by the byte reader|again as text|as text)[^\n]*\n/u.exec(bytesRead.stderr);
          expect(trace).not.toBeNull();
          if (trace?.[1] === 'by the byte reader') fast += 1;
          expect({ ...bytesRead, stderr: bytesRead.stderr.replace(trace?.[0] ?? '', '') }).toEqual(classic);
        }),
        fuzzParameters('tallyNdjsonFile: the byte reader against the text reader', 200),
      );
      // Most files are read by the byte reader: the comparison is not one of the text reader with itself.
      expect(fast).toBeGreaterThan(80);
    },
    fuzzTimeout(),
  );
});
