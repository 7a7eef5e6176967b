import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTallier, feedNdjson, formatPercent, completionRate } from '../../../src/index.js';
import { run } from '../fakeIo.js';
import { encodeGbk } from '../gbk.js';

// Seven hand-made cases, January 2019 in China Standard Time:
//   east  a1 accepted, completed on time; a2 accepted, completed after its deadline; a3 accepted, open
//         → accepted 3, completed 2, on time 1, in progress 1: 办结率 66.67%, 按时办结率 50.00%
//   west  b1 accepted, done on the spot (no deadline: on time); b2 accepted in December, completed
//         on time in January (carry-over); b3 accepted, completed on time
//         → accepted 2, completed 3, on time 3, in progress 0: 办结率 150.00%, 按时办结率 100.00%
//   north c1 accepted, done on the spot → 1, 1, 1, 0: 100.00%, 100.00%
const CASES = `id,category,departmentId,streetOfficeId,acceptedAt,dueAt,completedAt
a1,public_service,d1,east,2019-01-03T09:00:00+08:00,2019-01-10T17:00:00+08:00,2019-01-08T10:00:00+08:00
a2,public_service,d1,east,2019-01-04T09:00:00+08:00,2019-01-06T17:00:00+08:00,2019-01-09T10:00:00+08:00
a3,administrative_licensing,d1,east,2019-01-05T09:00:00+08:00,2019-01-20T17:00:00+08:00,
b1,public_service,d2,west,2019-01-07T09:00:00+08:00,,2019-01-07T09:30:00+08:00
b2,public_service,d2,west,2018-12-28T09:00:00+08:00,2019-01-04T17:00:00+08:00,2019-01-03T10:00:00+08:00
b3,public_service,d2,west,2019-01-08T09:00:00+08:00,2019-01-15T17:00:00+08:00,2019-01-14T10:00:00+08:00
c1,public_service,d3,north,2019-01-09T09:00:00+08:00,,2019-01-09T10:00:00+08:00
`;
// 合计: accepted 3 + 2 + 1 = 6, completed 2 + 3 + 1 = 6, on time 1 + 3 + 1 = 5, in progress 1:
// 办结率 6/6 = 100.00%, 按时办结率 5/6 = 83.33%
const COLUMNS = '读取的列:id→id、category→category、departmentId→departmentId、streetOfficeId→streetOfficeId、acceptedAt→acceptedAt、dueAt→dueAt、completedAt→completedAt';
const TABLE = `cases.csv: 2019年1月,共7条记录,按街道分为3组
不带时区的时间按UTC+08:00(北京时间)读取
${COLUMNS}

排名  街道   受理  办结  按时办结  在办   办结率  按时办结率
1     east      3     2         1     1   66.67%      50.00%
2     west      2     3         3     0  150.00%     100.00%
3     north     1     1         1     0  100.00%     100.00%
合计            6     6         5     1  100.00%      83.33%
`;
const CHINESE = CASES.replace(
  'id,category,departmentId,streetOfficeId,acceptedAt,dueAt,completedAt',
  '办件编号,事项类别,部门,街道,受理时间,承诺办结时间,办结时间',
).replace(/public_service/g, '公共服务').replace(/administrative_licensing/g, '行政许可');

const tally = (extra: string[], files: Record<string, string | Uint8Array>, options?: { tty?: boolean; chunk?: number }) =>
  run(['tally', ...Object.keys(files).slice(0, 1), '--period', '2019-01', ...extra], files, options);

describe('zwfw-stats tally', () => {
  it('tallies by street office with rates, ranked by cases accepted', async () => {
    expect(await tally([], { 'cases.csv': CASES })).toEqual({ status: 0, stdout: TABLE, stderr: '' });
  });

  it('prints the top N, keeping every group tied at the cut', async () => {
    const tied = `${CASES}c2,public_service,d3,north,2019-01-10T09:00:00+08:00,,2019-01-10T10:00:00+08:00\n`;
    // north now has 2 accepted, as west: both rank 2 (competition ranking), both kept under --top 2,
    // in the tallier's key order (north before west) since ranking is stable for equal values
    const { stdout } = await tally(['--top', '2', '--locale', 'en'], { 'cases.csv': tied });
    // Total over every group, the ones past the cut included: 3 + 2 + 2 = 7 accepted, 2 + 2 + 3 = 7 completed,
    // 1 + 2 + 3 = 6 on time (6/7 = 85.71%), 1 in progress
    expect(stdout).toBe(`cases.csv: January 2019, 8 records, 3 groups by streetOffice, top 2 by cases accepted
times without an offset read at UTC+08:00
columns: id→id, category→category, departmentId→departmentId, streetOfficeId→streetOfficeId, acceptedAt→acceptedAt, dueAt→dueAt, completedAt→completedAt

Rank   Street office  Accepted  Completed  On time  In progress  Completion rate  On-time rate
1      east                  3          2        1            1           66.67%        50.00%
2      north                 2          2        2            0          100.00%       100.00%
2      west                  2          3        3            0          150.00%       100.00%
Total                        7          7        6            1          100.00%        85.71%
`);
    // heading (3 lines), a blank line, the header, east, the total
    expect((await tally(['--top', '1'], { 'cases.csv': tied })).stdout.trimEnd().split('\n')).toHaveLength(7);
  });

  it('reads Chinese headers with no mapping, from a GBK file, a UTF-8 file with a BOM and a UTF-8 one alike', async () => {
    const gbk = await tally([], { 'cases.csv': encodeGbk(CHINESE) });
    const bom = await tally(['--chinese-headers'], { 'cases.csv': `\uFEFF${CHINESE}` });
    const plain = await tally(['--header', '办件编号=id', '--header', '事项类别=category', '--header', '部门=departmentId', '--header', '街道=streetOfficeId', '--header', '受理时间=acceptedAt', '--header', '承诺办结时间=dueAt', '--header', '办结时间=completedAt'], { 'cases.csv': CHINESE });
    // 事项类别 holds 公共服务 and 行政许可: read as the 事项类型 name, whose category follows
    const chinese = TABLE.replace(COLUMNS, '读取的列:办件编号→id、事项类别→itemTypeCode、部门→departmentId、街道→streetOfficeId、受理时间→acceptedAt、承诺办结时间→dueAt、办结时间→completedAt');
    expect(gbk).toEqual({ status: 0, stdout: chinese, stderr: '' });
    expect(bom.stdout).toBe(chinese);
    expect(plain.stdout).toBe(chinese.replace('事项类别→itemTypeCode', '事项类别→category'));
  });

  it('groups by two dimensions and writes JSON with exact rates', async () => {
    const { stdout } = await tally(['--by', 'streetOffice,category', '--format', 'json', '--top', '1'], { 'cases.csv': CASES });
    expect(JSON.parse(stdout)).toEqual({
      period: '2019-01',
      label: '2019年1月',
      by: ['streetOffice', 'category'],
      records: 7,
      invalid: 0,
      excluded: [],
      timeOffset: '+08:00',
      columns: ['id', 'category', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt'].map((field) => ({ field, header: field })),
      groups: [
        {
          rank: 1,
          key: { streetOffice: 'east', category: 'public_service' },
          // a1 a2: both accepted and completed, a1 on time, a1 and a2 due in January
          tally: { accepted: 2, completed: 2, completedOnTime: 1, due: 2, inProgress: 0 },
          completionRate: { numerator: 2, denominator: 2, value: 1, text: '100.00%' },
          onTimeRate: { numerator: 1, denominator: 2, value: 0.5, basis: 'completed', text: '50.00%' },
        },
        {
          rank: 1,
          key: { streetOffice: 'west', category: 'public_service' },
          tally: { accepted: 2, completed: 3, completedOnTime: 3, due: 2, inProgress: 0 },
          completionRate: { numerator: 3, denominator: 2, value: 1.5, text: '150.00%' },
          onTimeRate: { numerator: 3, denominator: 3, value: 1, basis: 'completed', text: '100.00%' },
        },
      ],
      // every group, not only the top one: 6 accepted, 6 completed, 5 on time, 1 open (a3)
      total: {
        tally: { accepted: 6, completed: 6, completedOnTime: 5, due: 5, inProgress: 1 },
        completionRate: { numerator: 6, denominator: 6, value: 1, text: '100.00%' },
        onTimeRate: { numerator: 5, denominator: 6, value: 5 / 6, basis: 'completed', text: '83.33%' },
      },
    });
  });

  it('writes CSV and Markdown', async () => {
    const csv = await tally(['--format', 'csv', '--locale', 'en', '--top', '1'], { 'cases.csv': CASES });
    // UTF-8 with a byte-order mark and CRLF, as Excel on Chinese Windows opens it, with the total row
    expect(csv.stdout).toBe(
      '\uFEFFRank,Street office,Accepted,Completed,On time,In progress,Completion rate,On-time rate\r\n1,east,3,2,1,1,66.67%,50.00%\r\nTotal,,6,6,5,1,100.00%,83.33%\r\n',
    );
    const markdown = await tally(['--format', 'markdown', '--top', '1'], { 'cases.csv': CASES });
    expect(markdown.stdout).toContain('| 1 | east | 3 | 2 | 1 | 1 | 66.67% | 50.00% |');
  });

  it('reads NDJSON and agrees with the library on the generated example', async () => {
    const ndjson = readFileSync('examples/cases-2019-01.ndjson', 'utf8');
    const { status, stdout } = await run(
      ['tally', 'examples/cases-2019-01.ndjson', '--period', '2019-01', '--format', 'json'],
      {},
    );
    expect(status).toBe(0);
    const tallier = createTallier({ period: '2019-01', by: 'streetOffice' });
    await feedNdjson(tallier, (async function* () { yield ndjson; })());
    const library = tallier.result().groups;
    const printed = JSON.parse(stdout).groups as { key: unknown; tally: { accepted: number; completed: number }; completionRate: { text: string } }[];
    expect(printed).toHaveLength(library.length);
    for (const group of library) {
      const match = printed.find((row) => JSON.stringify(row.key) === JSON.stringify(group.key));
      expect(match?.tally).toEqual(group.tally);
      expect(match?.completionRate.text).toBe(formatPercent(completionRate(group.tally)));
    }
    // ranked by accepted, best first; the centre's own windows (no street office) after them, unranked
    const ranked = printed.filter((row) => (row as unknown as { rank: number | null }).rank !== null);
    expect(printed.slice(ranked.length).map((row) => row.key)).toEqual([{ streetOffice: null }]);
    const accepted = ranked.map((row) => row.tally.accepted);
    expect(accepted).toEqual([...accepted].sort((a, b) => b - a));
    // the CSV with Chinese headers holds the same records
    const csv = await run(['tally', 'examples/cases-2019-01.csv', '--period', '2019-01', '--format', 'json'], {});
    expect(JSON.parse(csv.stdout).groups).toEqual(JSON.parse(stdout).groups);
  });

  // Two tallies of 1.5 MB: about a second on an idle machine, over 5 s on a loaded one.
  it('shows progress on stderr only when stderr is a terminal', async () => {
    // 16 000 copies of a 95-byte row: about 1.5 MB, so one progress line at 1 MB
    const row = 'x,public_service,d1,east,2019-01-03T09:00:00+08:00,2019-01-10T17:00:00+08:00,2019-01-08T10:00:00+08:00\n';
    let big = CASES;
    for (let index = 0; index < 16_000; index += 1) big += row.replace('x,', `x${index},`);
    const quiet = await tally(['--top', '1'], { 'big.csv': big }, { chunk: 65_536 });
    const shown = await tally(['--top', '1'], { 'big.csv': big }, { chunk: 65_536, tty: true });
    expect(quiet.stderr).toBe('');
    expect(shown.stderr).toMatch(/^\rzwfw-stats: reading big\.csv: 1\.0 MB of 1\.\d MB \(\d+%\)\r\u001b\[K$/);
    expect(shown.stdout).toBe(quiet.stdout);
    // Two tallies of 16 000 rows: seconds on a loaded machine
  }, 30_000);

  it.each([
    [['--period', '2019-1'], {}, "zwfw-stats: --period takes 2019-01, 2019-Q1, 2019-H1, 2019 or 2019-01..2019-06, got '2019-1'", "zwfw-stats: --period 可写 2019-01、2019-Q1、2019-H1、2019 或 2019-01..2019-06,而不是 '2019-1'"],
    [['--by', 'street'], {}, "zwfw-stats: --by takes department, category, streetOffice, period (comma-separated), got 'street' (see zwfw-stats tally --help)", "zwfw-stats: --by 可取 department、category、streetOffice、period(以逗号分隔),而不是 'street'(见 zwfw-stats tally --help)"],
    [['--top', '0'], {}, "zwfw-stats: --top must be a positive whole number, got '0' (see zwfw-stats tally --help)", "zwfw-stats: --top 必须是正整数,而不是 '0'(见 zwfw-stats tally --help)"],
    [['--encoding', 'big5'], {}, "zwfw-stats: --encoding must be one of auto, utf-8, gbk, gb18030, utf-16le, utf-16be, got 'big5' (see zwfw-stats tally --help)", "zwfw-stats: --encoding 只能是 auto、utf-8、gbk、gb18030、utf-16le、utf-16be 之一,而不是 'big5'(见 zwfw-stats tally --help)"],
    [['--header', '办件编号'], {}, "zwfw-stats: --header must be written 列名=field (or 列名= to leave the column unread), such as 申请编号=id, got '办件编号' (see zwfw-stats tally --help)", "zwfw-stats: --header 须写成 列名=字段(或 列名= 不读该列),例如 申请编号=id,而不是 '办件编号'(见 zwfw-stats tally --help)"],
    [
      ['--header', '承诺时间=dueat'],
      {},
      "zwfw-stats: --header must map onto a case-record field (id, itemName, category, itemTypeCode, departmentId, streetOfficeId, acceptedAt, dueAt, completedAt, status, timeLimit, statutoryTimeLimit), got '承诺时间=dueat' (see zwfw-stats tally --help)",
      "zwfw-stats: --header 须对应案件记录的字段(id、itemName、category、itemTypeCode、departmentId、streetOfficeId、acceptedAt、dueAt、completedAt、status、timeLimit、statutoryTimeLimit),而不是 '承诺时间=dueat'(见 zwfw-stats tally --help)",
    ],
  ])('exits 2 for a bad option %j, in English with --locale en and in Chinese by default', async (extra, _files, english, chinese) => {
    expect(await tally(['--locale', 'en', ...(extra as string[])], { 'cases.csv': CASES })).toEqual({ status: 2, stdout: '', stderr: `${english}\n` });
    expect(await tally(extra as string[], { 'cases.csv': CASES })).toEqual({ status: 2, stdout: '', stderr: `${chinese}\n` });
  });

  it('exits 2 without --period, for a missing file and for a name that is neither CSV nor NDJSON', async () => {
    expect((await run(['tally', 'cases.csv', '--locale', 'en'], { 'cases.csv': CASES })).stderr).toBe(
      'zwfw-stats: missing --period YYYY-MM, such as --period 2019-01 (see zwfw-stats tally --help)\n',
    );
    expect((await run(['tally', 'cases.csv'], { 'cases.csv': CASES })).stderr).toBe('zwfw-stats: 缺少 --period YYYY-MM,例如 --period 2019-01(见 zwfw-stats tally --help)\n');
    expect(await run(['tally', 'none.csv', '--period', '2019-01', '--locale', 'en'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'zwfw-stats: none.csv: no such file\n',
    });
    expect((await run(['tally', 'cases.txt', '--period', '2019-01', '--locale', 'en'], { 'cases.txt': CASES })).stderr).toBe(
      'zwfw-stats: cases.txt: cannot tell CSV from NDJSON by the name; give --input csv or --input ndjson\n',
    );
    // in the default locale, in Chinese
    expect(await run(['tally', 'none.csv', '--period', '2019-01'])).toEqual({ status: 2, stdout: '', stderr: 'zwfw-stats: none.csv: 文件不存在\n' });
    expect(await run(['tally', 'examples', '--period', '2019-01'])).toEqual({ status: 2, stdout: '', stderr: 'zwfw-stats: examples: 是文件夹,不是文件\n' });
    expect((await run(['tally', 'cases.txt', '--period', '2019-01'], { 'cases.txt': CASES })).stderr).toBe(
      'zwfw-stats: cases.txt: 无法从文件名看出是CSV还是NDJSON,请用 --input csv 或 --input ndjson 指定\n',
    );
    expect((await run(['tally', 'cases.txt', '--period', '2019-01', '--input', 'csv'], { 'cases.txt': CASES })).status).toBe(0);
  });

  it('exits 2 naming the file and line for a missing column, even in a large file', async () => {
    const big = CASES.replace('departmentId', 'department') + CASES.split('\n').slice(1).join('\n').repeat(2000);
    const { status, stderr } = await tally([], { 'cases.csv': big }, { chunk: 4096 });
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'zwfw-stats: cases.csv:1: 表头缺少部门列(可用列名:实施部门、受理部门、办理部门、部门、部门名称、实施机构、departmentId),表头为"id", "category", "department", "streetOfficeId", "acceptedAt", "dueAt", "completedAt";列名不同时用 --header 列名=字段 指定',
    );
    const english = await tally(['--locale', 'en'], { 'cases.csv': big }, { chunk: 4096 });
    expect(english.stderr.split('\n')[0]).toBe(
      'zwfw-stats: cases.csv:1: feedCsv requires the header to have a column for departmentId (实施部门, 受理部门, 办理部门, 部门, 部门名称, 实施机构, departmentId), got "id", "category", "department", "streetOfficeId", "acceptedAt", "dueAt", "completedAt"',
    );
  });

  it('names both columns when two name one field, and reads the one --header leaves', async () => {
    const both = CHINESE.replace('部门,街道', '部门,实施部门,街道').replace(/,(d[123]),/g, ',$1,$1,');
    const { status, stderr } = await tally([], { 'cases.csv': both });
    expect(status).toBe(2);
    expect(stderr).toBe('zwfw-stats: cases.csv:1: 表头有多列都是部门列:"部门"(第3列)和"实施部门"(第4列);请用 --header 列名= 指明不读哪一列\n');
    expect((await tally(['--header', '实施部门='], { 'cases.csv': both })).status).toBe(0);
  });

  it('exits 2 at the first invalid record, or skips invalid records with --skip-invalid', async () => {
    const bad = CASES.replace('b1,public_service', 'b1,公共事务');
    const stopped = await tally([], { 'cases.csv': bad });
    expect(stopped.status).toBe(2);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toBe(
      'zwfw-stats: cases.csv:5: 第4条记录(办件编号"b1")的事项类别应为事项类型名称(行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务)或 administrative_licensing、public_service,有事项类型列时可空,实为"公共事务"\n  --skip-invalid 只计有效记录并列出无效记录\n',
    );
    const skipped = await tally(['--skip-invalid', '--top', '1'], { 'cases.csv': bad });
    expect(skipped.status).toBe(0);
    expect(skipped.stderr.split('\n')[0]).toBe('zwfw-stats: 跳过7条记录中的1条无效记录:');
    // Without b1: east 3 accepted; total 5 accepted (b2 was accepted in December), 5 completed, 4 on time (80.00%)
    expect(skipped.stdout.split('\n')[0]).toBe('cases.csv: 2019年1月,共7条记录,其中1条无效未计入,按街道分为3组,受理量前1名');
    expect(skipped.stdout).toContain('1     east     3     2         1     1   66.67%      50.00%');
    expect(skipped.stdout).toContain('合计           5     5         4     1  100.00%      80.00%');
  });

  it('exits 2 with the line for bytes that are not in the encoding given, never mojibake', async () => {
    const gbk = encodeGbk(CHINESE);
    const { status, stderr } = await tally(['--chinese-headers', '--encoding', 'utf-8', '--locale', 'en'], { 'cases.csv': gbk }, { chunk: 1 << 16 });
    expect(status).toBe(2);
    expect(stderr).toBe("zwfw-stats: cases.csv:1: not valid UTF-8 text (--encoding utf-8); give the file's encoding with --encoding\n");
    const zh = await tally(['--encoding', 'utf-8'], { 'cases.csv': gbk }, { chunk: 1 << 16 });
    expect(zh).toEqual({ status: 2, stdout: '', stderr: 'zwfw-stats: cases.csv:1: 不是有效的UTF-8文本(--encoding utf-8),请用 --encoding 指定文件的编码\n' });
  });

  it('exits 2 naming the line of malformed CSV and of a malformed NDJSON line', async () => {
    const csv = await tally([], { 'cases.csv': CASES.replace('b1,public_service', 'b1,"public_service') });
    expect(csv.status).toBe(2);
    // the quote opened on line 5 runs to the end of the file (line 8), where the parser gives up
    expect(csv.stderr).toMatch(/^zwfw-stats: cases\.csv:8: 第\d+条记录应为格式正确的CSV行,实为Quote Not Closed/);
    const ndjson = await run(['tally', 'cases.ndjson', '--period', '2019-01'], {
      'cases.ndjson': '{"id":"a1","category":"public_service","departmentId":"d1","acceptedAt":"2019-01-03T09:00:00+08:00"}\n{"id":"a2",\n',
    });
    expect(ndjson.status).toBe(2);
    expect(ndjson.stderr.split('\n')[0]).toBe('zwfw-stats: cases.ndjson:2: 第2条记录应为一行一个JSON对象,实为"{\\"id\\":\\"a2\\","');
  });

  it('exits 2 saying a field is absent, for an empty CSV cell and a missing NDJSON key', async () => {
    const csv = await tally([], { 'cases.csv': CASES.replace('a1,public_service,d1,east,2019-01-03T09:00:00+08:00', 'a1,public_service,d1,east,') });
    expect(csv.status).toBe(2);
    expect(csv.stderr.split('\n')[0]).toBe('zwfw-stats: cases.csv:2: 第1条记录(办件编号"a1")的受理时间应为日期时间(如 2019-01-05 09:30:00、2019/1/5 9:30、2019-01-05)或毫秒时间戳,实为空');
    const files = { 'cases.ndjson': '{"id":"a1","category":"public_service","departmentId":"d1"}\n' };
    const english = await run(['tally', 'cases.ndjson', '--period', '2019-01', '--locale', 'en'], files);
    expect(english.status).toBe(2);
    expect(english.stderr.split('\n')[0]).toMatch(/^zwfw-stats: cases\.ndjson:1: .* requires records\[0\] \(id "a1", line 1\) acceptedAt to be .*, got nothing \(the field is absent\)$/);
  });

  it('exits 2 at the line of a GBK byte deep in a file detected as UTF-8 from its start', async () => {
    // 3000 ASCII rows (about 170 kB, well past the 64 kB sample) then one row with 五华 in GBK on line 3002
    const rows = Array.from({ length: 3000 }, (_, index) => `x${index},public_service,d1,east,2019-01-03T09:00:00+08:00,,`);
    const text = `${CASES.split('\n')[0]}\n${rows.join('\n')}\n`;
    const bytes = new Uint8Array([...new TextEncoder().encode(text), ...encodeGbk('y1,public_service,五华,east,2019-01-03T09:00:00+08:00,,\n')]);
    const { status, stdout, stderr } = await tally([], { 'cases.csv': bytes }, { chunk: 65_536 });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('zwfw-stats: cases.csv:3002: 不是有效的UTF-8文本,请用 --encoding 指定文件的编码\n');
  });

  it('prints its help', async () => {
    expect((await run(['tally', '--help'])).stdout).toContain('Usage: zwfw-stats tally FILE.csv|FILE.xlsx|FILE.ndjson --period PERIOD');
  });
});
