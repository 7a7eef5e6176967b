import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../fakeIo.js';

const SEED = 'examples/wuhua-2019-01.json';
const seedJson = readFileSync(SEED, 'utf8');
/** The seed with centre.tally.accepted (line 9, `      "accepted": 35300,`: the number at column 19) written otherwise. */
const withAccepted = (written: string): string => seedJson.replace('"accepted": 35300', `"accepted": ${written}`);

/** `zwfw-stats report report.json`, in English unless told otherwise. */
const report = (text: string, locale: 'en' | 'zh-CN' = 'en') => run(['report', 'report.json', '--locale', locale], { 'report.json': text });

describe('readReportFile: numbers that JSON.parse reads as other numbers', () => {
  it('names a count beyond the range of numbers as written, with its path, line and column', async () => {
    expect(await report(withAccepted('1e400'))).toEqual({
      status: 2,
      stdout: '',
      stderr: 'zwfw-stats: report.json:9:19: centre.tally.accepted: the number 1e400 is too large for a count (at most 9007199254740991)\n',
    });
  });

  it('refuses a count past the safe integers that JSON.parse reads as a neighbour', async () => {
    // 9007199254740993 = 2^53 + 1 reads as 2^53 = 9007199254740992
    expect((await report(withAccepted('9007199254740993'))).stderr).toBe(
      'zwfw-stats: report.json:9:19: centre.tally.accepted: the number 9007199254740993 is too large for a count (at most 9007199254740991)\n',
    );
  });

  it('refuses a count whose fraction a number cannot hold, rather than read it as the whole number', async () => {
    // 35300.00000000000000001 reads as 35300: without the check the report came out as if it said 35300
    expect(await report(withAccepted('35300.00000000000000001'))).toEqual({
      status: 2,
      stdout: '',
      stderr: 'zwfw-stats: report.json:9:19: centre.tally.accepted: the number 35300.00000000000000001 cannot be read exactly (it would be read as 35300)\n',
    });
  });

  it('refuses a number that underflows to zero, and cuts a long one at 80 characters', async () => {
    expect((await report(withAccepted('1e-400'))).stderr).toBe(
      'zwfw-stats: report.json:9:19: centre.tally.accepted: the number 1e-400 cannot be read exactly (it would be read as 0)\n',
    );
    // line 37 is `        "accepted": 14736` in centre.byCategory[1]; the number starts at column 21
    const long = seedJson.replace('"accepted": 14736', `"accepted": ${'9'.repeat(401)}`);
    expect((await report(long)).stderr).toBe(
      `zwfw-stats: report.json:37:21: centre.byCategory[1].accepted: the number ${'9'.repeat(80)}… is too large for a count (at most 9007199254740991)\n`,
    );
  });

  it('reads a count written with an exponent or trailing zeros as the count it is', async () => {
    const seed = await run(['report', SEED, '--format', 'json']);
    // 3.53e4 and 35300.000 are 35300 exactly
    expect(await run(['report', 'report.json', '--format', 'json'], { 'report.json': withAccepted('3.53e4') })).toEqual(seed);
    expect(await run(['report', 'report.json', '--format', 'json'], { 'report.json': withAccepted('35300.000') })).toEqual(seed);
  });

  it('names a deep path by its ends, and a key that is not an identifier in brackets', async () => {
    // 12 levels of {"a": around the number, in an unknown field: the path has 13 keys;
    // {"x": is 6 characters and each {"a": 6 more, so the number is at offset 78, column 79
    const deep = `{"x": ${'{"a": '.repeat(12)}1e400${'}'.repeat(12)}}`;
    expect((await report(deep)).stderr).toBe(
      'zwfw-stats: report.json:1:79: x.a.a.a…(5 more)….a.a.a.a: the number 1e400 is too large for a count (at most 9007199254740991)\n',
    );
    // { 0, "五华区" 1-5, : 6, [ 8, 0 9, , 10, 1e400 12
    expect((await report('{"五华区": [0, 1e400]}')).stderr).toBe(
      'zwfw-stats: report.json:1:13: ["五华区"][1]: the number 1e400 is too large for a count (at most 9007199254740991)\n',
    );
    expect((await report('1e400')).stderr).toBe('zwfw-stats: report.json:1:1: $: the number 1e400 is too large for a count (at most 9007199254740991)\n');
  });
});

describe('readReportFile: problems that quote the file at length', () => {
  it('cuts a problem’s path at 200 characters and its message at 400', async () => {
    const data = JSON.parse(seedJson);
    data.period = 'p'.repeat(100_000);
    data['k'.repeat(1000)] = 1;
    const { stderr } = await report(JSON.stringify(data), 'zh-CN');
    const [first, period, key] = stderr.split('\n') as [string, string, string];
    expect(first).toBe('zwfw-stats: report.json: 不是有效的月报(2个问题):');
    // the message quotes the whole period: 应为月份(2019-01)、…、月份区间(2019-01..2019-06),实际为 " is 75 characters, then 325 p
    expect(period).toBe(`  period: 应为月份(2019-01)、季度(2019-Q1)、半年(2019-H1)、年度(2019)或月份区间(2019-01..2019-06),实际为 "${'p'.repeat(325)}…`);
    expect(key.startsWith(`  ${'k'.repeat(200)}…: `)).toBe(true);
  });
});

describe('readReportFile: nesting deeper than the call stack', () => {
  it('places 100,000 unclosed brackets at the end of the file', async () => {
    expect(await report('['.repeat(100_000))).toEqual({
      status: 2,
      stdout: '',
      stderr: 'zwfw-stats: report.json:1:100001: malformed JSON: unexpected end of file\n',
    });
  });

  it('reports a valid text nested 100,000 deep as a report of the wrong shape', async () => {
    const { status, stderr } = await report(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe('zwfw-stats: report.json: not a valid monthly report (1 problem):');
  });
});

describe('readReportFile: its messages in Chinese, by default', () => {
  // Each English message above, in Chinese; the reason JSON is malformed stays the scanner's, in English.
  it.each([
    [withAccepted('1e400'), 'report.json:9:19: centre.tally.accepted: 数字1e400太大,不能作为件数(至多9007199254740991)'],
    [withAccepted('35300.00000000000000001'), 'report.json:9:19: centre.tally.accepted: 数字35300.00000000000000001无法精确读取(会被读作35300)'],
    ['['.repeat(100_000), 'report.json:1:100001: JSON格式有误:unexpected end of file'],
    [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'report.json: 不是有效的月报(1个问题):'],
  ])('says it in Chinese (%#)', async (text, message) => {
    const { status, stdout, stderr } = await run(['report', 'report.json'], { 'report.json': text });
    expect([status, stdout, stderr.split('\n')[0]]).toStrictEqual([2, '', `zwfw-stats: ${message}`]);
  });
});
