import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/CliIo.js';
import { runCli } from '../../src/cli/runCli.js';
import { run } from './fakeIo.js';

const SEED = 'examples/wuhua-2019-01.json';
const seedJson = readFileSync(SEED, 'utf8');
const doctored = (() => {
  const data = JSON.parse(seedJson);
  data.centre.byCategory[1].accepted = 14737;
  data.centre.published.completionRate = '99.52%';
  return JSON.stringify(data, null, 2);
})();
/** One error (the misprinted completion rate) and one warning (a month-on-month change with no previous month to check it). */
const oneOfEach = (() => {
  const data = JSON.parse(seedJson);
  data.centre.published.completionRate = '99.52%';
  data.centre.published.acceptedMom = '环比增长5%';
  return JSON.stringify(data);
})();
/** The seed with `count` problems: accepted -1, and count - 1 unknown fields. */
const withProblems = (count: number): string => {
  const data = JSON.parse(seedJson);
  data.centre.tally.accepted = -1;
  for (let index = 1; index < count; index += 1) data[`extra${index}`] = index;
  return JSON.stringify(data);
};

describe('zwfw-stats report', () => {
  it('writes the seed’s section 一 in Chinese', async () => {
    const { status, stdout, stderr } = await run(['report', SEED]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('共受理各类事项35300件,办结35133件,在办事项167件,办结率99.53%,按时办结率为100%,接件总数同比增长26.32%');
  });

  it('warns on stderr, and still writes the text, when the figures disagree, in English and in Chinese', async () => {
    const { status, stdout, stderr } = await run(['report', 'doctored.json'], { 'doctored.json': doctored });
    expect(status).toBe(0);
    // the text gives the figure the counts give, not the misprint
    expect(stdout).toContain('办结率99.53%');
    expect(stderr).toBe('zwfw-stats: 警告:doctored.json 有2个数字不一致(见 zwfw-stats audit doctored.json)\n');
    const english = await run(['report', 'doctored.json', '--locale', 'en'], { 'doctored.json': doctored });
    expect([english.status, english.stderr]).toStrictEqual([0, 'zwfw-stats: warning: doctored.json has 2 inconsistent figures (see zwfw-stats audit doctored.json)\n']);
  });

  it('writes English Markdown', async () => {
    const { stdout } = await run(['report', SEED, '--locale', 'en', '--format', 'markdown']);
    expect(stdout.startsWith('## I. Overview\n\n### (1) Cases\n\nIn January 2019,')).toBe(true);
    expect(stdout).toContain('| Unit | Accepted |');
  });

  it('prints the checked data as JSON that reads back the same', async () => {
    const first = await run(['report', SEED, '--format', 'json']);
    const second = await run(['report', 'again.json', '--format', 'json'], { 'again.json': first.stdout });
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual(JSON.parse(seedJson));
    expect(second.stdout).toBe(first.stdout);
  });

  it('reads a file with a UTF-8 byte-order mark, and a GBK-encoded one', async () => {
    const bom = await run(['report', 'bom.json'], { 'bom.json': `\uFEFF${seedJson}` });
    expect(bom.status).toBe(0);
    // 五华 in GBK: CE E5 BB AA
    const gbk = new Uint8Array([...new TextEncoder().encode('{"period":"2019-01","centre":{"name":"'), 0xce, 0xe5, 0xbb, 0xaa, ...new TextEncoder().encode('","tally":{"accepted":1,"completed":1}}}')]);
    const result = await run(['report', 'gbk.json'], { 'gbk.json': gbk });
    expect(result.stdout).toContain('2019年1月,五华各窗口共受理各类事项1件');
  });

  it('lists a wrong-shaped file’s problems with their JSON paths, at most ten', async () => {
    const data = JSON.parse(seedJson);
    data.centre.tally.accepted = -1;
    for (let index = 0; index < 12; index += 1) data[`extra${index}`] = index;
    const { status, stdout, stderr } = await run(['report', 'bad.json'], { 'bad.json': JSON.stringify(data) });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('zwfw-stats: bad.json: 不是有效的月报(13个问题):');
    expect(lines[1]).toBe('  centre.tally.accepted: 应为非负整数,实际为 -1');
    expect(lines).toHaveLength(12);
    expect(lines[11]).toBe('  … 另有3个');
    const english = (await run(['report', 'bad.json', '--locale', 'en'], { 'bad.json': JSON.stringify(data) })).stderr.trimEnd().split('\n');
    expect([english[0], english[1], english[11], english.length]).toStrictEqual([
      'zwfw-stats: bad.json: not a valid monthly report (13 problems):',
      '  centre.tally.accepted: must be a non-negative integer, got -1',
      '  … and 3 more',
      12,
    ]);
  });

  // Each message in English (with --locale en, given after the command) and in Chinese (by default).
  it.each([
    [['report'], 'zwfw-stats: missing FILE.json (see zwfw-stats report --help)', 'zwfw-stats: 缺少报表文件 FILE.json(见 zwfw-stats report --help)'],
    [['report', SEED, '--format', 'xml'], "zwfw-stats: --format must be one of text, markdown, json, docx, got 'xml' (see zwfw-stats report --help)", "zwfw-stats: --format 只能是 text、markdown、json、docx 之一,而不是 'xml'(见 zwfw-stats report --help)"],
    // an invalid --locale leaves no language to choose: both, English first
    [['report', SEED, '--locale', 'fr'], "zwfw-stats: --locale must be one of zh-CN, en, got 'fr' (see zwfw-stats report --help)\n--locale 只能是 zh-CN 或 en,而不是 'fr'(见 zwfw-stats report --help)", "zwfw-stats: --locale must be one of zh-CN, en, got 'fr' (see zwfw-stats report --help)\n--locale 只能是 zh-CN 或 en,而不是 'fr'(见 zwfw-stats report --help)"],
    [['report', SEED, '--colour'], "zwfw-stats: Unknown option '--colour' (see zwfw-stats report --help)", "zwfw-stats: 未知选项 '--colour'(见 zwfw-stats report --help)"],
    [['report', SEED, '--format'], "zwfw-stats: Option '--format <value>' argument missing (see zwfw-stats report --help)", 'zwfw-stats: 选项 --format 缺少值(见 zwfw-stats report --help)'],
    [['report', SEED, '--format', '--out'], "zwfw-stats: Option '--format' argument is ambiguous (see zwfw-stats report --help)", 'zwfw-stats: 选项 --format 的值不明确(以 - 开头的值请写成 --format=值)(见 zwfw-stats report --help)'],
    [['report', SEED, '--help=yes'], "zwfw-stats: Option '-h, --help' does not take an argument (see zwfw-stats report --help)", 'zwfw-stats: 选项 -h, --help 不带值(见 zwfw-stats report --help)'],
    [['report', SEED, 'other.json'], "zwfw-stats: unexpected argument 'other.json' (see zwfw-stats report --help)", "zwfw-stats: 多余的参数 'other.json'(见 zwfw-stats report --help)"],
    // the message is cut at its first sentence, not at the first full stop
    [['report', SEED, '--a.b'], "zwfw-stats: Unknown option '--a.b' (see zwfw-stats report --help)", "zwfw-stats: 未知选项 '--a.b'(见 zwfw-stats report --help)"],
    [['audit'], 'zwfw-stats: missing FILE.json (see zwfw-stats audit --help)', 'zwfw-stats: 缺少报表文件 FILE.json(见 zwfw-stats audit --help)'],
    [['audit', SEED, '--colour'], "zwfw-stats: Unknown option '--colour' (see zwfw-stats audit --help)", "zwfw-stats: 未知选项 '--colour'(见 zwfw-stats audit --help)"],
    [['audit', SEED, '--format', 'markdown'], "zwfw-stats: --format must be one of text, json, got 'markdown' (see zwfw-stats audit --help)", "zwfw-stats: --format 只能是 text、json 之一,而不是 'markdown'(见 zwfw-stats audit --help)"],
    [['audit', SEED, '--locale', 'fr'], "zwfw-stats: --locale must be one of zh-CN, en, got 'fr' (see zwfw-stats audit --help)\n--locale 只能是 zh-CN 或 en,而不是 'fr'(见 zwfw-stats audit --help)", "zwfw-stats: --locale must be one of zh-CN, en, got 'fr' (see zwfw-stats audit --help)\n--locale 只能是 zh-CN 或 en,而不是 'fr'(见 zwfw-stats audit --help)"],
    [['frobnicate'], "zwfw-stats: unknown command 'frobnicate' (report, audit or tally; see zwfw-stats --help)", "zwfw-stats: 未知命令 'frobnicate'(可用 report、audit 或 tally;见 zwfw-stats --help)"],
    [[], 'zwfw-stats: missing command (report, audit or tally; see zwfw-stats --help)', 'zwfw-stats: 缺少命令(可用 report、audit 或 tally;见 zwfw-stats --help)'],
  ])('exits 2 with one line for %j, in English and in Chinese', async (argv, english, chinese) => {
    expect(await run([...argv.slice(0, 1), '--locale', 'en', ...argv.slice(1)])).toEqual({ status: 2, stdout: '', stderr: `${english}\n` });
    expect(await run(argv)).toEqual({ status: 2, stdout: '', stderr: `${chinese}\n` });
  });

  it.each([
    [['report', 'nope.json'], 'zwfw-stats: nope.json: no such file', 'zwfw-stats: nope.json: 文件不存在'],
    [['report', 'examples'], 'zwfw-stats: examples: is a directory, not a file', 'zwfw-stats: examples: 是文件夹,不是文件'],
    [['audit', 'nope.json'], 'zwfw-stats: nope.json: no such file', 'zwfw-stats: nope.json: 文件不存在'],
  ])('exits 2 with one line for %j, in English and in Chinese', async (argv, english, chinese) => {
    expect(await run([...argv, '--locale', 'en'])).toEqual({ status: 2, stdout: '', stderr: `${english}\n` });
    expect(await run(argv)).toEqual({ status: 2, stdout: '', stderr: `${chinese}\n` });
  });

  // The reason is the JSON scanner's, in English in both languages.
  it.each([
    ['{\n  "period": "2019-01",\n  "centre": { "name": "x", }\n}\n', 'trailing.json:3:28: ', 'expected a property name in double quotes, found character "}"'],
    ['{"period": "2019-01"', 'cut.json:1:21: ', 'expected \',\' or \'}\' after a property value, found end of file'],
    ['', 'empty.json:1:1: ', 'unexpected end of file'],
    ['{"a": tru}', 'bad.json:1:10: ', 'unexpected character "}"'],
  ])('exits 2 naming the line and column of malformed JSON (%#), in English and in Chinese', async (content, place, reason) => {
    const file = place.split(':')[0] as string;
    expect(await run(['report', file, '--locale', 'en'], { [file]: content })).toEqual({ status: 2, stdout: '', stderr: `zwfw-stats: ${place}malformed JSON: ${reason}\n` });
    expect(await run(['report', file], { [file]: content })).toEqual({ status: 2, stdout: '', stderr: `zwfw-stats: ${place}JSON格式有误:${reason}\n` });
  });

  it('says "figure" for one inconsistent figure', async () => {
    const { status, stderr } = await run(['report', 'one.json', '--locale', 'en'], { 'one.json': oneOfEach });
    expect(status).toBe(0);
    expect(stderr).toBe('zwfw-stats: warning: one.json has 1 inconsistent figure (see zwfw-stats audit one.json)\n');
    expect((await run(['report', 'one.json'], { 'one.json': oneOfEach })).stderr).toBe('zwfw-stats: 警告:one.json 有1个数字不一致(见 zwfw-stats audit one.json)\n');
  });

  it('does not warn for findings that are not errors', async () => {
    // the info.json of the audit tests below: its one finding is information
    const data = JSON.parse(seedJson);
    delete data.centre.inProgressRule;
    delete data.centre.inProgressByDepartment;
    data.centre.tally.inProgress = 400;
    const { status, stderr } = await run(['report', 'info.json'], { 'info.json': JSON.stringify(data) });
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });

  it('lists one problem as "1 problem", in the locale asked for', async () => {
    const { status, stderr } = await run(['report', 'one.json', '--locale', 'en'], { 'one.json': withProblems(1) });
    expect(status).toBe(2);
    expect(stderr).toBe('zwfw-stats: one.json: not a valid monthly report (1 problem):\n  centre.tally.accepted: must be a non-negative integer, got -1\n');
  });

  it('lists exactly ten problems without an "and more" line', async () => {
    const { stderr } = await run(['report', 'ten.json', '--locale', 'en'], { 'ten.json': withProblems(10) });
    const lines = stderr.trimEnd().split('\n');
    // the first line and the ten problems
    expect(lines[0]).toBe('zwfw-stats: ten.json: not a valid monthly report (10 problems):');
    expect(lines).toHaveLength(11);
    expect(lines.some((line) => line.includes('more'))).toBe(false);
    const chinese = (await run(['report', 'ten.json'], { 'ten.json': withProblems(10) })).stderr.trimEnd().split('\n');
    expect(chinese[0]).toBe('zwfw-stats: ten.json: 不是有效的月报(10个问题):');
    expect(chinese).toHaveLength(11);
    expect(chinese.some((line) => line.includes('另有'))).toBe(false);
  });

  it('exits 2 for bytes that are neither UTF-8 nor GBK, without mojibake', async () => {
    const { status, stderr } = await run(['report', 'bin.json', '--locale', 'en'], { 'bin.json': new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(status).toBe(2);
    expect(stderr).toBe('zwfw-stats: bin.json: not valid GB18030 text (nor UTF-8)\n');
    expect((await run(['report', 'bin.json'], { 'bin.json': new Uint8Array([0x7b, 0xff, 0x7d]) })).stderr).toBe('zwfw-stats: bin.json: 不是有效的GB18030文本,也不是UTF-8文本\n');
  });
});

describe('zwfw-stats audit', () => {
  it('finds nothing in the seed and exits 0, in English and in Chinese', async () => {
    expect(await run(['audit', SEED, '--locale', 'en'])).toEqual({
      status: 0,
      stdout: `${SEED}: no findings, the figures agree\n`,
      stderr: '',
    });
    expect(await run(['audit', SEED])).toEqual({ status: 0, stdout: `${SEED}: 未发现问题,数字一致\n`, stderr: '' });
  });

  it('flags a doctored copy and exits 1', async () => {
    const { status, stdout } = await run(['audit', 'doctored.json', '--locale', 'en'], { 'doctored.json': doctored });
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        'error   centre.published.completionRate: the published completion rate is 99.52%, but the counts give 99.53% (35133 completed of 35300 accepted)',
        'error   centre.byCategory: the categories’ accepted cases add up to 35301, not to the total of 35300',
        'doctored.json: 2 errors, 0 warnings, 0 info',
        '',
      ].join('\n'),
    );
  });

  it('prints the findings as JSON', async () => {
    const { status, stdout } = await run(['audit', 'doctored.json', '--format', 'json'], { 'doctored.json': doctored });
    expect(status).toBe(1);
    expect(JSON.parse(stdout).map((finding: { path: string }) => finding.path)).toEqual([
      'centre.published.completionRate',
      'centre.byCategory',
    ]);
  });

  it('takes --format text and --locale zh-CN as given', async () => {
    expect(await run(['audit', SEED, '--format', 'text', '--locale', 'zh-CN'])).toEqual({
      status: 0,
      stdout: `${SEED}: 未发现问题,数字一致\n`,
      stderr: '',
    });
  });

  it('counts one error and one warning in the singular', async () => {
    const { status, stdout } = await run(['audit', 'one.json', '--locale', 'en'], { 'one.json': oneOfEach });
    expect(status).toBe(1);
    // 2 findings: 1 error, 1 warning, so 2 - 1 - 1 = 0 info
    expect(stdout).toBe(
      [
        'error   centre.published.completionRate: the published completion rate is 99.52%, but the counts give 99.53% (35133 completed of 35300 accepted)',
        'warning centre.published.acceptedMom: the published month-on-month change "环比增长5%" cannot be checked: the data has no previous-month accepted count',
        'one.json: 1 error, 1 warning, 0 info',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when the findings are only information', async () => {
    const data = JSON.parse(seedJson);
    delete data.centre.inProgressRule;
    delete data.centre.inProgressByDepartment;
    data.centre.tally.inProgress = 400;
    const { status, stdout } = await run(['audit', 'info.json', '--locale', 'en'], { 'info.json': JSON.stringify(data) });
    expect(status).toBe(0);
    expect(stdout).toContain('info.json: 0 errors, 0 warnings, 1 info');
    const chinese = await run(['audit', 'info.json'], { 'info.json': JSON.stringify(data) });
    expect([chinese.status, chinese.stdout.trimEnd().split('\n').at(-1)]).toStrictEqual([0, 'info.json: 0个错误,0个警告,1条提示']);
  });
});

describe('zwfw-stats help and version', () => {
  it('prints help for the command and for each subcommand', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage: zwfw-stats <command> [options]');
    expect((await run(['report', '--help'])).stdout).toContain('Usage: zwfw-stats report FILE.json');
    expect((await run(['audit', '-h'])).stdout).toContain('Usage: zwfw-stats audit FILE.json');
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(await run(['--version'])).toEqual({ status: 0, stdout: `zwfw-stats ${version}\n`, stderr: '' });
    expect(await run(['-v'])).toEqual({ status: 0, stdout: `zwfw-stats ${version}\n`, stderr: '' });
  });

  it('prints the main help for -h', async () => {
    const { status, stdout } = await run(['-h']);
    expect(status).toBe(0);
    expect(stdout).toBe((await run(['--help'])).stdout);
    expect(stdout).toContain('Usage: zwfw-stats <command> [options]');
  });
});

describe('runCli and errors that are not the user\'s', () => {
  it('lets them through as they are, for the caller to report', async () => {
    const failure = new Error('stdout is closed');
    const io = {
      stdout: () => {
        throw failure;
      },
    } as unknown as CliIo;
    await expect(runCli(['--version'], io)).rejects.toBe(failure);
  });
});
