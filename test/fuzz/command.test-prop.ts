import { readFileSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/fakeIo.js';
import { encodeGbk } from '../cli/gbk.js';
import { fuzzParameters, fuzzTimeout } from './budget.js';

// Bad files through the command, in process: random bytes, and the examples
// cut, flipped and spliced with what breaks readers (deep nesting, numbers
// JSON.parse reads as others, byte-order marks, GBK and NUL bytes, huge
// cells), under random option lists. Whatever the input, the command exits
// 0, 1 or 2; a refusal is a short message naming the file; nothing it
// prints shows a stack trace, undefined, NaN, Infinity or [object.

const REPORT = readFileSync('examples/wuhua-2019-01.json');
const CSV = readFileSync('examples/cases-2019-01.csv');
// The first 60 records: enough lines to cut and mutate, few enough to keep a case fast.
const NDJSON = new TextEncoder().encode(readFileSync('examples/cases-2019-01.ndjson', 'utf8').split('\n').slice(0, 60).join('\n'));

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What is spliced into a file: each a known way to break a reader. */
const SPLICES: readonly Uint8Array[] = [
  encode('['.repeat(20_000)),
  encode('{"a":'.repeat(5000)),
  encode(`${'['.repeat(3000)}${']'.repeat(3000)}`),
  encode('1e400'),
  encode('-1e400'),
  encode('9007199254740993'),
  encode('35300.00000000000000001'),
  encode('1e-400'),
  encode('-0'),
  encode('9'.repeat(401)),
  encode('x'.repeat(100_000)),
  encode(','.repeat(3000)),
  encode(`"${'y'.repeat(5000)}"`),
  // a quote inside a long unquoted CSV field, which csv-parse quotes in its message
  encode(`${'v'.repeat(20_000)}"`),
  // a long JSON string where a count or a name is
  encode(`"${'w'.repeat(20_000)}",`),
  encode(`"${'k'.repeat(3000)}": 1,`),
  encode('\u0000'.repeat(100)),
  encode('"'),
  encode('\r\n'),
  encode('\n\n'),
  encode('{}'),
  encode('null'),
  encode('"\\u12"'),
  new Uint8Array([0xef, 0xbb, 0xbf]),
  new Uint8Array([0xff, 0xfe]),
  new Uint8Array([0xfe, 0xff]),
  // a lone surrogate in UTF-8, and a cut 3-byte sequence
  new Uint8Array([0xed, 0xa0, 0x80]),
  new Uint8Array([0xe5, 0x8a]),
  encodeGbk('办件编号,事项类别,部门,街道,受理时间'),
  encodeGbk('五华区政务服务中心'),
];

type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly byte: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'splice'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'number'; readonly which: number; readonly bytes: Uint8Array }
  | { readonly kind: 'lines'; readonly which: number; readonly count: number; readonly keep: boolean };

const splice = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPLICES) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }) },
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), bytes: splice }),
  fc.record({ kind: fc.constant('number' as const), which: fc.nat(), bytes: splice }),
  fc.record({ kind: fc.constant('lines' as const), which: fc.nat(), count: fc.integer({ min: 1, max: 30 }), keep: fc.boolean() }),
);

const join = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** Applies one mutation; offsets are taken modulo the length, so that any one applies. */
function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  const at = 'at' in change ? change.at % (bytes.length + 1) : 0;
  switch (change.kind) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = bytes.slice();
      out[at % bytes.length] = change.byte;
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, at);
    case 'delete':
      return join(bytes.subarray(0, at), bytes.subarray(at + change.length));
    case 'splice':
      return join(bytes.subarray(0, at), change.bytes, bytes.subarray(at));
    case 'number': {
      // Replaces the which-th run of digits: a count of the report, a time or a code of a record.
      const text = new TextDecoder('latin1').decode(bytes);
      const runs = [...text.matchAll(/\d+/g)];
      if (runs.length === 0) return bytes;
      const found = runs[change.which % runs.length] as RegExpMatchArray;
      const start = found.index as number;
      return join(bytes.subarray(0, start), change.bytes, bytes.subarray(start + found[0].length));
    }
    case 'lines': {
      // Cuts count lines from the which-th, or keeps only them (a file cut at both ends).
      const lines = new TextDecoder('latin1').decode(bytes).split('\n');
      const from = change.which % lines.length;
      const kept = change.keep ? lines.slice(from, from + change.count) : [...lines.slice(0, from), ...lines.slice(from + change.count)];
      return Uint8Array.from(kept.join('\n'), (char) => char.charCodeAt(0));
    }
  }
}

/** A bad copy of `seed`: mutated, or (now and then) random bytes. */
const badFile = (seed: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((changes) => changes.reduce(mutate, seed)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }) },
  );

/** An option with a value that is right, wrong, empty or long. */
const valued = (name: string, values: readonly string[]): fc.Arbitrary<string[]> =>
  fc.constantFrom(...values, '', 'x'.repeat(5000), 'a\nb', 'undefined').map((value) => [name, value]);

const REPORT_OPTIONS = fc.oneof(
  valued('--format', ['text', 'markdown', 'json', 'csv']),
  valued('--locale', ['zh-CN', 'en', 'fr']),
  fc.constantFrom('--frobnicate', 'extra.json', '--format', '--locale=en', `--${'z'.repeat(3000)}`, '--a. b').map((flag) => [flag]),
);
const TALLY_OPTIONS = fc.oneof(
  valued('--by', ['streetOffice', 'department', 'department,category', 'month', 'streetOffice,,x']),
  valued('--top', ['1', '3', '0', '99999999999', '-1', '1e3']),
  valued('--format', ['text', 'markdown', 'json', 'csv']),
  valued('--locale', ['zh-CN', 'en']),
  valued('--encoding', ['auto', 'utf-8', 'gbk', 'gb18030', 'utf-16le', 'utf-16be', 'latin1']),
  valued('--input', ['csv', 'ndjson', 'xml']),
  valued('--header', ['办件编号=id', '部门=departmentId', '=id', 'a=', 'a=b', '受理时间=acceptedAt']),
  valued('--period', ['2019-01', '2019-13', '2019-1']),
  fc.constantFrom('--chinese-headers', '--skip-invalid', '--frobnicate', '--top').map((flag) => [flag]),
);
const optionList = (options: fc.Arbitrary<string[]>): fc.Arbitrary<string[]> =>
  fc.array(options, { maxLength: 4 }).map((lists) => lists.flat());

const BANNED = ['    at ', 'undefined', 'NaN', 'Infinity', '[object'];

/** Checks what the command did with `file`, whose content is `bytes`, under `argv`. */
async function expectHandled(argv: string[], file: string, bytes: Uint8Array, chunk: number): Promise<void> {
  const { status, stdout, stderr } = await run(argv, { [file]: bytes }, { chunk });
  expect([0, 1, 2]).toContain(status);
  // A word is allowed only where the file (or an option) says it, as a message may quote them.
  const said = `${new TextDecoder('latin1').decode(bytes)}\n${new TextDecoder().decode(bytes)}\n${argv.join(' ')}`;
  for (const word of BANNED) {
    if (said.includes(word.trim())) continue;
    expect(stdout, `stdout has ${word}`).not.toContain(word);
    expect(stderr, `stderr has ${word}`).not.toContain(word);
  }
  const lines = stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n');
  for (const line of lines) expect(line.length, `a stderr line of ${line.length} characters: ${line.slice(0, 200)}`).toBeLessThanOrEqual(2000);
  if (status !== 2) return;
  expect(stdout).toBe('');
  // Under --skip-invalid, a file without one valid record: the skipped records are listed as when
  // some are valid (the first ten, and "and n more"), then the refusal, on its last line.
  let refusal = lines;
  if (/^zwfw-stats: (skipped \d+ invalid records? of \d+|跳过\d+条记录中的\d+条无效记录):$/.test(lines[0] ?? '')) {
    const listed = lines.slice(1, -1);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(11);
    for (const line of listed) expect(line).toMatch(new RegExp(`^ {2}(${literal(file)}(:\\d+)?: \\S|and \\d+ more|另有\\d+条)`));
    refusal = lines.slice(-1);
    expect(refusal[0]).toMatch(/: (no valid record among \d+: nothing to tally|\d+条记录全部无效,没有可统计的记录)$/);
  }
  const [first = ''] = refusal;
  expect(first).toMatch(/^zwfw-stats: \S/);
  // A file's message names it; an option's says which option or points to the help.
  if (!first.includes(file)) expect(first).toMatch(/--|(see|见) zwfw-stats/);
  // One line, or the problems of a file in the wrong shape (ten and a line "and n more"), or a hint.
  if (/not a valid monthly report|不是有效的月报/.test(first)) expect(refusal.length).toBeLessThanOrEqual(12);
  else if (refusal.length > 1) {
    expect(refusal.length).toBe(2);
    // an invalid --locale is answered in both languages, the Chinese on the second line
    expect(refusal[1]).toMatch(/^( {2}(and \d+ more invalid|(另有\d+条无效记录;)?--skip-invalid|the header is in Chinese)|--locale 只能是 zh-CN 或 en,)/);
  }
}

/** `text` as a regular expression that matches it literally. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CHUNKS = fc.constantFrom(7, 1000, 65_536);

/** A property of the campaign, run with its parameters (test/fuzz/budget.ts) under its name. */
function property<T>(name: string, runs: number, cases: fc.Arbitrary<T>, check: (value: T) => Promise<void>, examples: T[] = []): void {
  it(
    name,
    async () => {
      let tried = 0;
      await fc.assert(
        fc.asyncProperty(cases, async (value) => {
          tried += 1;
          await check(value);
        }),
        // The shrunk counterexamples of long runs first, so that they never come back.
        { ...fuzzParameters(name, runs), examples: examples.map((example) => [example]) },
      );
      if (Number(process.env['ZWFW_FUZZ_SECONDS'] ?? 0) > 0) console.info(`${name}: ${tried} cases`);
    },
    fuzzTimeout(),
  );
}

describe('the command with bad files and random options', () => {
  property(
    'report and audit: exit 0, 1 or 2 with a short clean message for any report file',
    120,
    fc.tuple(fc.constantFrom('report', 'audit'), badFile(REPORT), optionList(REPORT_OPTIONS), CHUNKS),
    async ([command, bytes, options, chunk]) => {
      await expectHandled([command, 'report.json', ...options], 'report.json', bytes, chunk);
    },
  );

  property(
    'tally: exit 0 or 2 with a short clean message for any CSV file',
    60,
    fc.tuple(badFile(CSV), optionList(TALLY_OPTIONS), CHUNKS),
    async ([bytes, options, chunk]) => {
      await expectHandled(['tally', 'cases.csv', '--period', '2019-01', ...options], 'cases.csv', bytes, chunk);
    },
    // npm run fuzz, seed 1188996394: no valid record under --skip-invalid (the skipped listed, then the refusal)
    [[Uint8Array.from([0]), ['--input', 'ndjson', '--skip-invalid'], 7]],
  );

  property(
    'tally: exit 0 or 2 with a short clean message for any NDJSON file',
    80,
    fc.tuple(badFile(NDJSON), optionList(TALLY_OPTIONS), CHUNKS),
    async ([bytes, options, chunk]) => {
      await expectHandled(['tally', 'cases.ndjson', '--period', '2019-01', ...options], 'cases.ndjson', bytes, chunk);
    },
    // npm run fuzz, seed 1188996394: as above
    [[Uint8Array.from([0]), ['--skip-invalid'], 7]],
  );

  property(
    'any option list: exit 0, 1 or 2 with a short clean message',
    150,
    fc.tuple(
      fc.constantFrom('report', 'audit', 'tally', 'frobnicate', '--help', '-v'),
      fc.array(fc.oneof(TALLY_OPTIONS, REPORT_OPTIONS, fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 })), { maxLength: 5 }),
    ),
    async ([command, lists]) => {
      const file = command === 'tally' ? 'cases.csv' : 'report.json';
      await expectHandled([command, ...lists.flat(), file], file, command === 'tally' ? CSV : REPORT, 65_536);
    },
  );
});
