import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './fakeIo.js';
import { encodeGbk } from './gbk.js';

// The command line's half of the bad-input matrix: every bad file or option
// exits with status 2, prints nothing on stdout (no wrong figures), and says
// what is wrong in a short message on stderr: one first line naming the
// command, no stack trace, no mojibake (U+FFFD or GBK bytes read as UTF-8).

const HEADER = 'id,category,departmentId,streetOfficeId,acceptedAt,dueAt,completedAt';
const ROW = 'a1,public_service,d1,east,2019-01-03T09:00:00+08:00,2019-01-10T17:00:00+08:00,2019-01-08T10:00:00+08:00';
const CHINESE_HEADER = '办件编号,事项类别,部门,街道,受理时间,承诺办结时间,办结时间';
const CHINESE_ROW = 'a1,公共服务,区卫计局,红云街道,2019-01-03T09:00:00+08:00,2019-01-10T17:00:00+08:00,2019-01-08T10:00:00+08:00';

const SEED = readFileSync('examples/wuhua-2019-01.json', 'utf8');

const CASES: readonly {
  readonly what: string;
  readonly argv: string[];
  readonly files?: Record<string, string | Uint8Array>;
  /** The longest first line allowed, when it lists a file's parts (200 otherwise). */
  readonly first?: number;
  /** The longest problem line allowed under the first (200 otherwise). */
  readonly lines?: number;
}[] = [
  { what: 'report: a missing file', argv: ['report', 'missing.json'] },
  { what: 'report: an empty file', argv: ['report', 'empty.json'], files: { 'empty.json': '' } },
  { what: 'report: malformed JSON', argv: ['report', 'bad.json'], files: { 'bad.json': '{"period": "2019-01",' } },
  { what: 'report: JSON of the wrong shape', argv: ['report', 'array.json'], files: { 'array.json': '[]' } },
  { what: 'report: an unknown option', argv: ['report', 'examples/wuhua-2019-01.json', '--frobnicate'] },
  { what: 'audit: malformed JSON', argv: ['audit', 'bad.json'], files: { 'bad.json': '{' } },
  { what: 'tally: a missing file', argv: ['tally', 'missing.csv', '--period', '2019-01'] },
  { what: 'tally --duckdb: a missing file', argv: ['tally', 'missing.csv', '--period', '2019-01', '--duckdb'] },
  { what: 'tally --duckdb: an empty file', argv: ['tally', 'empty.csv', '--period', '2019-01', '--duckdb'], files: { 'empty.csv': '' } },
  {
    what: 'tally --duckdb: CSV with a missing column',
    argv: ['tally', 'cases.csv', '--period', '2019-01', '--duckdb'],
    files: { 'cases.csv': `${HEADER.replace('departmentId,', '')}\n${ROW.replace(',d1', '')}\n` },
  },
  { what: 'tally: an empty file', argv: ['tally', 'empty.csv', '--period', '2019-01'], files: { 'empty.csv': '' } },
  {
    what: 'tally: CSV with a missing column',
    argv: ['tally', 'cases.csv', '--period', '2019-01'],
    files: { 'cases.csv': `${HEADER.replace('departmentId,', '')}\n${ROW.replace(',d1', '')}\n` },
  },
  {
    what: 'tally: a GBK file given with --encoding utf-8',
    argv: ['tally', 'cases.csv', '--period', '2019-01', '--encoding', 'utf-8'],
    files: { 'cases.csv': encodeGbk(`${CHINESE_HEADER}\n${CHINESE_ROW}\n`) },
  },
  { what: 'tally: an unknown option', argv: ['tally', 'cases.csv', '--period', '2019-01', '--frobnicate'], files: { 'cases.csv': `${HEADER}\n${ROW}\n` } },
  { what: 'tally: a bad period', argv: ['tally', 'cases.csv', '--period', '2019-13'], files: { 'cases.csv': `${HEADER}\n${ROW}\n` } },
  { what: 'an unknown command', argv: ['frobnicate'] },
  // The kinds the random-input campaign (test/fuzz/command.test-prop.ts) looks for.
  { what: 'report: 100,000 unclosed brackets', argv: ['report', 'deep.json'], files: { 'deep.json': '['.repeat(100_000) } },
  { what: 'report: a count of 1e400', argv: ['report', 'big.json'], files: { 'big.json': SEED.replace('"accepted": 35300', '"accepted": 1e400') } },
  {
    what: 'report: a count past the safe integers',
    argv: ['report', 'big.json'],
    files: { 'big.json': SEED.replace('"accepted": 35300', '"accepted": 9007199254740993') },
  },
  {
    what: 'report: a count that reads as another',
    argv: ['audit', 'fraction.json'],
    files: { 'fraction.json': SEED.replace('"accepted": 35300', '"accepted": 35300.00000000000000001') },
  },
  {
    what: 'report: a value of 100,000 characters',
    argv: ['report', 'long.json'],
    files: { 'long.json': SEED.replace('"period": "2019-01"', `"period": "${'p'.repeat(100_000)}"`) },
    lines: 420,
  },
  { what: 'report: NUL bytes', argv: ['report', 'nul.json'], files: { 'nul.json': `${SEED.slice(0, 100)}\u0000\u0000${SEED.slice(100)}` } },
  {
    what: 'tally: an NDJSON time of 1e400',
    argv: ['tally', 'cases.ndjson', '--period', '2019-01'],
    files: { 'cases.ndjson': '{"id":"a1","category":"public_service","departmentId":"d1","acceptedAt":1e400}\n' },
  },
  {
    what: 'tally: a CSV header of 30 kB',
    argv: ['tally', 'cases.csv', '--period', '2019-01'],
    files: { 'cases.csv': `${Array.from({ length: 300 }, () => 'h'.repeat(100)).join(',')}\n` },
    first: 800,
  },
  {
    what: 'tally: a quote inside a CSV field of 20,000 characters',
    argv: ['tally', 'cases.csv', '--period', '2019-01'],
    files: { 'cases.csv': `${HEADER}\na1,${'b'.repeat(20_000)}"c,d1,east,,,\n` },
    first: 300,
  },
  {
    what: 'tally: an empty acceptedAt cell',
    argv: ['tally', 'cases.csv', '--period', '2019-01'],
    files: { 'cases.csv': `${HEADER}\n${ROW.replace('2019-01-03T09:00:00+08:00', '')}\n` },
  },
  {
    what: 'tally: an NDJSON record without acceptedAt',
    argv: ['tally', 'cases.ndjson', '--period', '2019-01'],
    files: { 'cases.ndjson': '{"id":"a1","category":"public_service","departmentId":"d1"}\n' },
  },
  { what: 'tally: an option value of 5,000 characters', argv: ['tally', 'cases.csv', '--period', 'x'.repeat(5000)], files: { 'cases.csv': `${HEADER}\n${ROW}\n` } },
  { what: 'tally: an unknown option of 5,000 characters', argv: ['tally', 'cases.csv', `--${'y'.repeat(5000)}`], files: { 'cases.csv': `${HEADER}\n${ROW}\n` } },
  { what: 'tally: an option value holding a line end', argv: ['tally', 'cases.csv', '--period', '2019-01', '--by', 'a\nb'], files: { 'cases.csv': `${HEADER}\n${ROW}\n` } },
];

/**
 * Cases found wrong and not fixed yet: each must still fail, so that its entry
 * goes when it is fixed.
 */
const KNOWN_BUGS = new Set<string>([]);

async function expectRejected(argv: string[], files: Record<string, string | Uint8Array> | undefined, limits: { first?: number; lines?: number }): Promise<void> {
  const { status, stdout, stderr } = await run(argv, files);
  expect(status).toBe(2);
  expect(stdout).toBe('');
  const [first = '', ...rest] = stderr.replace(/\n$/, '').split('\n');
  expect(first).toMatch(/^zwfw-stats: \S/);
  expect(first.length).toBeLessThanOrEqual(limits.first ?? 200);
  for (const line of rest) expect(line.length).toBeLessThanOrEqual(limits.lines ?? 200);
  // One line, or a file's problems (ten and "and n more"), or a hint under the first line.
  const problems = /not a valid monthly report|不是有效的月报/.test(first);
  expect(rest.length).toBeLessThanOrEqual(problems ? 11 : 1);
  if (rest.length === 1 && !problems) expect(rest[0]).toMatch(/^ {2}(and \d+ more invalid|--skip-invalid|the header is in Chinese)/);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain('\uFFFD');
  // GBK bytes of 办件编号 read as Latin-1 or as UTF-8 replacement text.
  expect(stderr).not.toMatch(/[\u00C0-\u00FF]{2}/);
  expect(stderr).not.toMatch(/NaN|undefined|Infinity/);
}

describe('the command line with bad input', () => {
  it.each(CASES)('$what: exits 2 with a short, clear message', async ({ what, argv, files, ...limits }) => {
    if (KNOWN_BUGS.has(what)) await expect(expectRejected(argv, files, limits)).rejects.toThrow();
    else await expectRejected(argv, files, limits);
  });
});
