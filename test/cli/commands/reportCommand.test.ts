import { describe, expect, it } from 'vitest';
import { run, runCapturing } from '../fakeIo.js';
import { docxParts, paragraphsOf, tablesOf } from '../write/docxXml.js';

// zwfw-stats report --records: the report built from exports. The figures
// themselves are checked against the records in test/cli/reportExamples.test.ts.

const HEADER = '办件编号,事项名称,事项类型,实施部门,所属街道,受理时间,承诺办结时间,办结时间,办件状态';
/** Two exports: January 2018 and January 2019, a case at the centre and one at 红云街道 in each. */
const FILES = {
  '2018.csv': `${HEADER}\nA1,社会保障卡申领,公共服务,区人社局,,2018-01-05 09:30:00,,2018-01-05 10:00:00,已办结\nA2,食品经营许可,行政许可,区市场监管局,红云街道,2018-01-06 09:30:00,2018-01-20 17:00:00,2018-01-10 10:00:00,已办结\n`,
  '2019.csv': `${HEADER}\nB1,社会保障卡申领,公共服务,区人社局,,2019-01-05 09:30:00,,2019-01-05 10:00:00,已办结\nB2,社会保障卡申领,公共服务,区人社局,,2019-01-07 09:30:00,,,在办\nB3,食品经营许可,行政许可,区市场监管局,红云街道,2019-01-08 09:30:00,2019-01-20 17:00:00,2019-01-25 10:00:00,已办结\n`,
  'sup.json': JSON.stringify({ district: '五华区', centre: { name: '五华区人民政府政务服务中心' } }),
};

describe('zwfw-stats report --records', () => {
  it('builds the report from one export per year: 同比 across the files', async () => {
    const { status, stdout, stderr } = await run(['report', '--records', '2018.csv', '2019.csv', '--period', '2019-01', '--supplement', 'sup.json'], FILES);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // centre: 受理 2 (B1, B2), 办结 1, 在办 1 (B2), 同比 (2 − 1) / 1 = 100%; 2018-12 is before the data: 上月无数据.
    // 红云街道: B3 completed after its deadline: 按时办结率 0%.
    expect(stdout.split('\n\n')[2]).toBe(
      '2019年1月,五华区人民政府政务服务中心各窗口共受理各类事项2件,办结1件,在办事项1件(截至2019年1月31日仍未办结的办件),办结率50%,按时办结率为100%,接件总数同比增长100.00%,接件总数上月无数据;在办事项中,区人社局1件;在所受理的各类事项中,行政许可事项0件,公共服务事项(除行政许可事项以外的其他全部事项)2件。',
    );
    expect(stdout).toContain('本月,五华区各街道办事处为民服务中心共受理各类事项1件,办结1件,在办事项0件(截至2019年1月31日仍未办结的办件),办结率为100%,按时办结率为0%,接件总数与上年同期持平,接件总数上月无数据;受理业务量最多的是:红云街道1件,办结1件。');
  });

  it('writes to --out, and names the centre as what it is without a supplement', async () => {
    const { status, stdout, written } = await runCapturing(['report', '--records', '2019.csv', '--period', '2019-01', '--out', 'r.md', '--format', 'markdown'], FILES);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const text = new TextDecoder().decode(written.get('r.md'));
    expect(text).toContain('2019年1月,政务服务中心各窗口共受理各类事项2件');
    // 2018 is not in the data: no data, never zero cases.
    expect(text).toContain('| 区人社局 | 2 | 1 | 1 | 50% | 100% | 无数据 | 上年同期无数据 |  |');
  });

  it('takes the reading options of zwfw-stats tally, and lists invalid records by file', async () => {
    const broken = { ...FILES, '2019.csv': `${FILES['2019.csv']}B4,社会保障卡申领,公共服务,区人社局,,2019-13-01,,,在办\n` };
    const stopped = await run(['report', '--records', '2018.csv', '2019.csv', '--period', '2019-01'], broken);
    expect(stopped.status).toBe(2);
    expect(stopped.stderr.split('\n')[0]).toMatch(/^zwfw-stats: 2019\.csv:5: /);
    const skipped = await run(['report', '--records', '2018.csv', '2019.csv', '--period', '2019-01', '--skip-invalid'], broken);
    expect(skipped.status).toBe(0);
    expect(skipped.stderr.split('\n')[0]).toBe('zwfw-stats: 跳过4条记录中的1条无效记录:');
    expect(skipped.stdout).toContain('共受理各类事项2件');
  });

  it.each([
    [['report', '--records', '--period', '2019-01'], 'zwfw-stats: missing FILE after --records: the exports of case records (CSV, .xlsx or NDJSON) (see zwfw-stats report --help)', 'zwfw-stats: --records 后缺少文件:案件记录的导出文件(CSV、.xlsx 或 NDJSON)(见 zwfw-stats report --help)'],
    [['report', '--records', '2019.csv'], 'zwfw-stats: missing --period YYYY-MM, such as --period 2019-01 (see zwfw-stats report --help)', 'zwfw-stats: 缺少 --period YYYY-MM,例如 --period 2019-01(见 zwfw-stats report --help)'],
    [['report', '--records', '2019.csv', '--period', '2019-1'], "zwfw-stats: --period takes 2019-01, 2019-Q1, 2019-H1, 2019 or 2019-01..2019-06, got '2019-1'", "zwfw-stats: --period 可写 2019-01、2019-Q1、2019-H1、2019 或 2019-01..2019-06,而不是 '2019-1'"],
    [['report', 'examples/wuhua-2019-01.json', '--period', '2019-01'], 'zwfw-stats: --period goes with --records FILE (see zwfw-stats report --help)', 'zwfw-stats: --period 只能与 --records 文件 一起用(见 zwfw-stats report --help)'],
    [['report', 'examples/wuhua-2019-01.json', '--skip-invalid'], 'zwfw-stats: --skip-invalid goes with --records FILE (see zwfw-stats report --help)', 'zwfw-stats: --skip-invalid 只能与 --records 文件 一起用(见 zwfw-stats report --help)'],
    [['report', '--records', '2019.csv', '--period', '2019-01', '--supplement', 'none.json'], 'zwfw-stats: none.json: no such file', 'zwfw-stats: none.json: 文件不存在'],
  ])('%j is refused: %s (in English with --locale en; in Chinese by default)', async (argv, english, chinese) => {
    const inEnglish = await run([...argv.slice(0, 1), '--locale', 'en', ...argv.slice(1)], FILES);
    expect(inEnglish.status).toBe(2);
    expect(inEnglish.stderr.split('\n')[0]).toBe(english);
    const inChinese = await run(argv, FILES);
    expect(inChinese.status).toBe(2);
    expect(inChinese.stderr.split('\n')[0]).toBe(chinese);
  });

  it('lists the problems of a supplement in the wrong shape, in English and in Chinese', async () => {
    const files = { ...FILES, 'bad.json': JSON.stringify({ centre: {}, distrct: '五华区' }) };
    const { status, stderr } = await run(['report', '--locale', 'en', '--records', '2019.csv', '--period', '2019-01', '--supplement', 'bad.json'], files);
    expect(status).toBe(2);
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      'zwfw-stats: bad.json: not a valid report supplement (2 problems):',
      expect.stringMatching(/^ {2}(centre\.name|distrct): /),
      expect.stringMatching(/^ {2}(centre\.name|distrct): /),
    ]);
    expect(stderr).toContain('\n  distrct: is not a known field\n');
    // zod's own wording (centre.name's problem) stays in English
    const chinese = await run(['report', '--records', '2019.csv', '--period', '2019-01', '--supplement', 'bad.json'], files);
    expect(chinese.status).toBe(2);
    expect(chinese.stderr.split('\n').slice(0, 3)).toEqual([
      'zwfw-stats: bad.json: 不是有效的报表补充文件(2个问题):',
      expect.stringMatching(/^ {2}(centre\.name|distrct): /),
      expect.stringMatching(/^ {2}(centre\.name|distrct): /),
    ]);
    expect(chinese.stderr).toContain('\n  distrct: 不是已知的字段\n');
  });

  it('warns when the supplement publishes a figure the records contradict, in English and in Chinese', async () => {
    // The centre's 办结率 is 1 / 2 = 50%; the supplement says it was published as 99%.
    const published = JSON.stringify({ centre: { name: '五华区人民政府政务服务中心', published: { completionRate: '99%' } } });
    const { status, stdout, stderr } = await run(['report', '--records', '2019.csv', '--period', '2019-01', '--supplement', 'p.json'], { ...FILES, 'p.json': published });
    expect(status).toBe(0);
    expect(stdout).toContain('办结率50%');
    expect(stderr).toBe('zwfw-stats: 警告:报表有1个数字不一致:补充文件公布的数字与案件记录不符(见对其 --format json 输出运行的 zwfw-stats audit)\n');
    const english = await run(['report', '--locale', 'en', '--records', '2019.csv', '--period', '2019-01', '--supplement', 'p.json'], { ...FILES, 'p.json': published });
    expect([english.status, english.stderr]).toStrictEqual([
      0,
      "zwfw-stats: warning: the report has 1 inconsistent figure: the supplement's published figures disagree with the records (see zwfw-stats audit on its --format json)\n",
    ]);
  });

  it('writes the .docx with the appendix tables, each an attachment of its own', async () => {
    const { status, stderr, written } = await runCapturing(
      ['report', '--records', '2018.csv', '2019.csv', '--period', '2019-01', '--supplement', 'sup.json', '--format', 'docx', '--out', 'r.docx', '--date', '2019-02-20'],
      FILES,
    );
    expect([status, stderr]).toStrictEqual([0, '']);
    const document = docxParts(written.get('r.docx') ?? new Uint8Array()).get('word/document.xml') ?? '';
    const paragraphs = paragraphsOf(document).map((paragraph) => paragraph.text);
    // 附件说明 under the body, then each attachment on its own page, numbered by the document
    expect(paragraphs).toContain('附件：1.接办件情况同期比对表');
    expect(paragraphs).toContain('2.街道办事处为民服务中心办件情况统计表');
    expect(paragraphs.filter((text) => text === '附件1' || text === '附件2')).toStrictEqual(['附件1', '附件2']);
    const tables = tablesOf(document);
    // By hand from FILES: 区人社局 took B1 (done) and B2 (open) in January 2019, A1 a year before;
    // 红云街道 took B3 (done on 01-25, due 01-20: late), A2 a year before.
    const departments = tables.filter((table) => table[0]?.[0] === '部门').at(-1);
    expect(departments?.find((row) => row[0] === '区人社局')?.slice(0, 4)).toStrictEqual(['区人社局', '2', '1', '1']);
    const offices = tables.filter((table) => table[0]?.[0] === '街道为民服务中心').at(-1);
    expect(offices?.find((row) => row[0] === '红云街道')?.slice(0, 7)).toStrictEqual(['红云街道', '1', '1', '0', '100%', '0%', '1']);
    // the note on 在办 closes each attachment
    expect(paragraphs.filter((text) => text.startsWith('注:在办为截至2019年1月31日'))).toHaveLength(2);
  });
});
