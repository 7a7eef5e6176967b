import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/CliIo.js';
import { runCli } from '../../../src/cli/runCli.js';
import { run, runCapturing } from '../fakeIo.js';

const HEADER = 'id,category,departmentId,streetOfficeId,acceptedAt,dueAt,completedAt';
// Three hand-made cases, January 2019 in China Standard Time:
//   east  a1 public_service, completed on time; a2 administrative_licensing, open
//         → accepted 2, completed 1, on time 1, in progress 1: 办结率 50.00%, 按时办结率 100.00%
//   none  b1 public_service, no street office, done on the spot (no deadline: on time)
//         → accepted 1, completed 1, on time 1, in progress 0: 100.00%, 100.00%
const CASES = `${HEADER}
a1,public_service,d1,east,2019-01-03T09:00:00+08:00,2019-01-10T17:00:00+08:00,2019-01-08T10:00:00+08:00
a2,administrative_licensing,d1,east,2019-01-04T09:00:00+08:00,2019-01-20T17:00:00+08:00,
b1,public_service,d2,,2019-01-07T09:00:00+08:00,,2019-01-07T09:30:00+08:00
`;

/** The heading's notes: the clock of offset-less times, and the columns read. */
const ZH_NOTES = `不带时区的时间按UTC+08:00(北京时间)读取
读取的列:id→id、category→category、departmentId→departmentId、streetOfficeId→streetOfficeId、acceptedAt→acceptedAt、dueAt→dueAt、completedAt→completedAt`;
const EN_NOTES = `times without an offset read at UTC+08:00
columns: id→id, category→category, departmentId→departmentId, streetOfficeId→streetOfficeId, acceptedAt→acceptedAt, dueAt→dueAt, completedAt→completedAt`;

const tally = (extra: string[], files: Record<string, string | Uint8Array> = { 'cases.csv': CASES }, options?: { tty?: boolean; chunk?: number }) =>
  run(['tally', ...Object.keys(files).slice(0, 1), '--period', '2019-01', ...extra], files, options);

/** `rows` copies of a 100-byte on-the-spot case, after the header: (HEADER.length + 1) + 100 × rows bytes. */
function bigFile(rows: number): string {
  const lines = [HEADER];
  for (let index = 0; index < rows; index += 1) {
    // an id of 23 bytes and 76 bytes of other cells: 99 bytes, and the line end: 100
    lines.push(`x${String(index).padStart(22, '0')},public_service,d1,east,2019-01-03T09:00:00+08:00,,2019-01-03T10:00:00+08:00`);
  }
  return `${lines.join('\n')}\n`;
}

describe('zwfw-stats tally: progress', () => {
  it('shows how far it has read of a file of known size, in whole percent', async () => {
    // the header line is 69 bytes and 15 728 rows are 1 572 800: 1 572 869 bytes, 1.5 MB (1 572 869 / 1 048 576 = 1.49999…).
    // In chunks of 64 KiB the 16th chunk brings the count to exactly 1 048 576 bytes, 1.0 MB: one line,
    // 1 048 576 / 1 572 869 = 66.67 % → 66 %; the next would be due at 2 MB, past the end.
    const text = bigFile(15_728);
    expect(text.length).toBe(1_572_869);
    const { status, stderr } = await tally(['--top', '1'], { 'big.csv': text }, { tty: true, chunk: 65_536 });
    expect(status).toBe(0);
    expect(stderr).toBe('\rzwfw-stats: reading big.csv: 1.0 MB of 1.5 MB (66%)\r\u001b[K');
  });

  it('shows only the amount read when the size cannot be known', async () => {
    const bytes = new TextEncoder().encode(bigFile(15_728));
    let stderr = '';
    let stdout = '';
    const io: CliIo = {
      stdout: (text) => void (stdout += text),
      stdoutBytes: () => {},
      stderr: (text) => void (stderr += text),
      stderrIsTty: true,
      writeFile: async () => {},
      readFile: async () => bytes,
      fileSize: async () => undefined,
      async *streamFile() {
        for (let start = 0; start < bytes.length; start += 65_536) yield bytes.subarray(start, start + 65_536);
      },
    };
    expect(await runCli(['tally', 'big.csv', '--period', '2019-01', '--top', '1'], io)).toBe(0);
    expect(stderr).toBe('\rzwfw-stats: reading big.csv: 1.0 MB\r\u001b[K');
    // 15 728 cases of east, all completed on the spot
    expect(stdout.split('\n')[5]).toBe('1     east  15728  15728     15728     0  100.00%     100.00%');
  });

  it('writes nothing on a terminal for a file under 1 MB', async () => {
    expect(await tally(['--top', '1', '--format', 'csv'], undefined, { tty: true })).toEqual({
      status: 0,
      // east ranked; b1 (no street office) apart and unranked; the total of all three cases
      stdout: '\uFEFF排名,街道,受理,办结,按时办结,在办,办结率,按时办结率\r\n1,east,2,1,1,1,50.00%,100.00%\r\n—,中心本级窗口(无街道),1,1,1,0,100.00%,100.00%\r\n合计,,3,2,2,1,66.67%,100.00%\r\n',
      stderr: '',
    });
  });
});

describe('zwfw-stats tally: option messages', () => {
  it.each([
    [['--header', '=id'], "--header must be written 列名=field (or 列名= to leave the column unread), such as 申请编号=id, got '=id' (see zwfw-stats tally --help)", "--header 须写成 列名=字段(或 列名= 不读该列),例如 申请编号=id,而不是 '=id'(见 zwfw-stats tally --help)"],
    [['--header', '办件编号'], "--header must be written 列名=field (or 列名= to leave the column unread), such as 申请编号=id, got '办件编号' (see zwfw-stats tally --help)", "--header 须写成 列名=字段(或 列名= 不读该列),例如 申请编号=id,而不是 '办件编号'(见 zwfw-stats tally --help)"],
    [['--time-offset', '+8'], "--time-offset must be an offset from UTC written ±HH:MM (from -12:00 to +14:00), or none, got '+8' (see zwfw-stats tally --help)", "--time-offset 须是写成 ±HH:MM 的UTC时差(-12:00 至 +14:00),或 none,而不是 '+8'(见 zwfw-stats tally --help)"],
    [['--time-offset', '+14:01'], "--time-offset must be an offset from UTC written ±HH:MM (from -12:00 to +14:00), or none, got '+14:01' (see zwfw-stats tally --help)", "--time-offset 须是写成 ±HH:MM 的UTC时差(-12:00 至 +14:00),或 none,而不是 '+14:01'(见 zwfw-stats tally --help)"],
    [['--skip-rows', '2x'], "--skip-rows must be a whole number from 0 to 1000, got '2x' (see zwfw-stats tally --help)", "--skip-rows 须是 0 至 1000 的整数,而不是 '2x'(见 zwfw-stats tally --help)"],
    [['--jobs', '0'], "--jobs must be a whole number from 1 to 256, got '0' (see zwfw-stats tally --help)", "--jobs 须是 1 至 256 的整数,而不是 '0'(见 zwfw-stats tally --help)"],
    [['--jobs', '257'], "--jobs must be a whole number from 1 to 256, got '257' (see zwfw-stats tally --help)", "--jobs 须是 1 至 256 的整数,而不是 '257'(见 zwfw-stats tally --help)"],
    [['--digits', '11'], "--digits must be a whole number from 0 to 10, got '11' (see zwfw-stats tally --help)", "--digits 须是 0 至 10 的整数,而不是 '11'(见 zwfw-stats tally --help)"],
    [['--output-encoding', 'big5'], "--output-encoding must be one of utf-8-bom, utf-8, gbk, got 'big5' (see zwfw-stats tally --help)", "--output-encoding 只能是 utf-8-bom、utf-8、gbk 之一,而不是 'big5'(见 zwfw-stats tally --help)"],
    [['--top', '01'], "--top must be a positive whole number, got '01' (see zwfw-stats tally --help)", "--top 必须是正整数,而不是 '01'(见 zwfw-stats tally --help)"],
    [['--top', '1x'], "--top must be a positive whole number, got '1x' (see zwfw-stats tally --help)", "--top 必须是正整数,而不是 '1x'(见 zwfw-stats tally --help)"],
    [['--input', 'xml'], "--input must be one of csv, ndjson, got 'xml' (see zwfw-stats tally --help)", "--input 只能是 csv、ndjson 之一,而不是 'xml'(见 zwfw-stats tally --help)"],
    [['--format', 'xml'], "--format must be one of text, markdown, json, csv, got 'xml' (see zwfw-stats tally --help)", "--format 只能是 text、markdown、json、csv 之一,而不是 'xml'(见 zwfw-stats tally --help)"],
    [['--bogus'], "Unknown option '--bogus' (see zwfw-stats tally --help)", "未知选项 '--bogus'(见 zwfw-stats tally --help)"],
  ])('exits 2 for %j, in English with --locale en and in Chinese by default', async (extra, english, chinese) => {
    expect(await tally(['--locale', 'en', ...extra])).toEqual({ status: 2, stdout: '', stderr: `zwfw-stats: ${english}\n` });
    expect(await tally(extra)).toEqual({ status: 2, stdout: '', stderr: `zwfw-stats: ${chinese}\n` });
  });

  it('answers an invalid --locale in both languages, English first', async () => {
    expect(await tally(['--locale', 'fr'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "zwfw-stats: --locale must be one of zh-CN, en, got 'fr' (see zwfw-stats tally --help)\n--locale 只能是 zh-CN 或 en,而不是 'fr'(见 zwfw-stats tally --help)\n",
    });
  });

  it('quotes an option value or an unknown option cut at 80 characters, on one line', async () => {
    expect((await tally(['--locale', 'en', '--top', '9'.repeat(100)])).stderr).toBe(`zwfw-stats: --top must be a positive whole number, got '${'9'.repeat(80)}…' (see zwfw-stats tally --help)\n`);
    expect((await tally(['--locale', 'en', '--by', 'street\noffice'])).stderr).toBe(
      "zwfw-stats: --by takes department, category, streetOffice, period (comma-separated), got 'street\\u000aoffice' (see zwfw-stats tally --help)\n",
    );
    // parseArgs's message goes on after the option's name with ". To specify…": a name holding ". " is kept whole
    expect((await tally(['--locale', 'en', '--a. b'])).stderr).toBe("zwfw-stats: Unknown option '--a. b' (see zwfw-stats tally --help)\n");
    expect((await tally(['--locale', 'en', `--${'y'.repeat(100)}`])).stderr).toBe(`zwfw-stats: Unknown option '--${'y'.repeat(78)}…' (see zwfw-stats tally --help)\n`);
    expect((await run([`${'z'.repeat(100)}`, '--locale', 'en'])).stderr).toBe(`zwfw-stats: unknown command '${'z'.repeat(80)}…' (report, audit or tally; see zwfw-stats --help)\n`);
    // The same in Chinese, by default
    expect((await tally(['--top', '9'.repeat(100)])).stderr).toBe(`zwfw-stats: --top 必须是正整数,而不是 '${'9'.repeat(80)}…'(见 zwfw-stats tally --help)\n`);
    expect((await tally(['--by', 'street\noffice'])).stderr).toBe(
      "zwfw-stats: --by 可取 department、category、streetOffice、period(以逗号分隔),而不是 'street\\u000aoffice'(见 zwfw-stats tally --help)\n",
    );
    expect((await tally(['--a. b'])).stderr).toBe("zwfw-stats: 未知选项 '--a. b'(见 zwfw-stats tally --help)\n");
    expect((await tally([`--${'y'.repeat(100)}`])).stderr).toBe(`zwfw-stats: 未知选项 '--${'y'.repeat(78)}…'(见 zwfw-stats tally --help)\n`);
    expect((await run([`${'z'.repeat(100)}`])).stderr).toBe(`zwfw-stats: 未知命令 '${'z'.repeat(80)}…'(可用 report、audit 或 tally;见 zwfw-stats --help)\n`);
  });

  it('exits 2 without a file, and for a name that only contains .csv or .ndjson', async () => {
    expect(await run(['tally', '--period', '2019-01', '--locale', 'en'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'zwfw-stats: missing FILE.csv, FILE.xlsx or FILE.ndjson (see zwfw-stats tally --help)\n',
    });
    expect(await run(['tally', '--period', '2019-01'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'zwfw-stats: 缺少案件记录文件 FILE.csv、FILE.xlsx 或 FILE.ndjson(见 zwfw-stats tally --help)\n',
    });
    for (const file of ['cases.csv.txt', 'cases.ndjson.txt', 'cases.jsonl.bak']) {
      expect(await run(['tally', file, '--period', '2019-01', '--locale', 'en'], { [file]: CASES })).toEqual({
        status: 2,
        stdout: '',
        stderr: `zwfw-stats: ${file}: cannot tell CSV from NDJSON by the name; give --input csv or --input ndjson\n`,
      });
    }
  });

  it('takes --input ndjson, --format text, --locale zh-CN and a --top of several digits as given', async () => {
    const ndjson = '{"id":"a1","category":"public_service","departmentId":"d1","streetOfficeId":"east","acceptedAt":"2019-01-03T09:00:00+08:00"}\n';
    const read = await run(['tally', 'cases.txt', '--period', '2019-01', '--input', 'ndjson', '--format', 'text', '--locale', 'zh-CN', '--top', '10'], {
      'cases.txt': ndjson,
    });
    // one open case of east: 1 accepted, none completed; with none completed the on-time rate is n/a
    expect(read).toEqual({
      status: 0,
      stdout: `cases.txt: 2019年1月,共1条记录,按街道分为1组,受理量前10名
不带时区的时间按UTC+08:00(北京时间)读取

排名  街道  受理  办结  按时办结  在办  办结率  按时办结率
1     east     1     0         0     1   0.00%           —
合计           1     0         0     1   0.00%           —
`,
      stderr: '',
    });
  });
});

describe('zwfw-stats tally: output', () => {
  it("labels the cases without a street office as the centre's own windows, unranked but in the total, in both locales", async () => {
    // 合计: 2 + 1 = 3 accepted, 1 + 1 = 2 completed (66.67%), 2 on time (100.00%), 1 open (a2)
    expect((await tally([])).stdout).toBe(`cases.csv: 2019年1月,共3条记录,按街道分为2组
${ZH_NOTES}

排名  街道                  受理  办结  按时办结  在办   办结率  按时办结率
1     east                     2     1         1     1   50.00%     100.00%
—     中心本级窗口(无街道)     1     1         1     0  100.00%     100.00%
合计                           3     2         2     1   66.67%     100.00%
`);
    expect((await tally(['--locale', 'en', '--format', 'csv'])).stdout).toBe(
      "\uFEFFRank,Street office,Accepted,Completed,On time,In progress,Completion rate,On-time rate\r\n1,east,2,1,1,1,50.00%,100.00%\r\n—,centre's own windows (no street office),1,1,1,0,100.00%,100.00%\r\nTotal,,3,2,2,1,66.67%,100.00%\r\n",
    );
  });

  it('labels categories in the locale asked for, and trims the dimensions of --by', async () => {
    // east × public_service: a1 (1, 1, 1, 0); east × administrative_licensing: a2 (1, 0, 0, 1); none × public_service: b1 (1, 1, 1, 0).
    // All three accepted 1: all rank 1, in the tallier's key order.
    expect((await tally(['--by', 'streetOffice, category', '--locale', 'en'])).stdout).toBe(`cases.csv: January 2019, 3 records, 3 groups by streetOffice and category
${EN_NOTES}

Rank   Street office                            Category                  Accepted  Completed  On time  In progress  Completion rate  On-time rate
1      east                                     administrative licensing         1          0        0            1            0.00%             —
1      east                                     public services                  1          1        1            0          100.00%       100.00%
—      centre's own windows (no street office)  public services                  1          1        1            0          100.00%       100.00%
Total                                                                            3          2        2            1           66.67%       100.00%
`);
    expect((await tally(['--by', 'category,streetOffice', '--top', '1'])).stdout).toBe(`cases.csv: 2019年1月,共3条记录,按类别、街道分为3组,受理量前1名
${ZH_NOTES}

排名  类别      街道                  受理  办结  按时办结  在办   办结率  按时办结率
1     行政许可  east                     1     0         0     1    0.00%           —
1     公共服务  east                     1     1         1     0  100.00%     100.00%
—     公共服务  中心本级窗口(无街道)     1     1         1     0  100.00%     100.00%
合计                                     3     2         2     1   66.67%     100.00%
`);
  });

  it('writes Markdown: the scope in a paragraph, then the table', async () => {
    expect((await tally(['--format', 'markdown', '--top', '1'])).stdout).toBe(`cases.csv: 2019年1月,共3条记录,按街道分为2组,受理量前1名

${ZH_NOTES.replace('\n', '\n\n')}

| 排名 | 街道 | 受理 | 办结 | 按时办结 | 在办 | 办结率 | 按时办结率 |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 1 | east | 2 | 1 | 1 | 1 | 50.00% | 100.00% |
| — | 中心本级窗口(无街道) | 1 | 1 | 1 | 0 | 100.00% | 100.00% |
| 合计 |  | 3 | 2 | 2 | 1 | 66.67% | 100.00% |
`);
  });

  it('keeps a | and a line break in a name from breaking a Markdown table', async () => {
    const named = CASES.replace('d1,east,', 'd1,"east|1\nold",').replace('d1,east,', 'd1,"east|1\nold",');
    expect((await tally(['--format', 'markdown', '--top', '1'], { 'cases.csv': named })).stdout).toContain('| 1 | east\\|1 old | 2 | 1 | 1 | 1 | 50.00% | 100.00% |');
  });

  it('writes a name that begins like a formula so that Excel shows it as text', async () => {
    // OWASP's advice on CSV injection: a leading ' before =, +, -, @, a tab or a carriage return
    const named = CASES.replace('d1,east,', 'd1,"=HYPERLINK(""http://x"")",').replace('d1,east,', 'd1,"=HYPERLINK(""http://x"")",');
    const csv = (await tally(['--format', 'csv', '--top', '1'], { 'cases.csv': named })).stdout;
    expect(csv.split('\r\n')[1]).toBe(`1,"'=HYPERLINK(""http://x"")",2,1,1,1,50.00%,100.00%`);
    for (const lead of ['+', '-', '@']) {
      const other = CASES.replace('d1,east,', `d1,${lead}east,`).replace('d1,east,', `d1,${lead}east,`);
      expect((await tally(['--format', 'csv', '--top', '1'], { 'cases.csv': other })).stdout.split('\r\n')[1]).toBe(`1,'${lead}east,2,1,1,1,50.00%,100.00%`);
    }
  });

  it('quotes CSV cells holding a comma or a double quote', async () => {
    // the street office "east, ""old"" town" is read as: east, "old" town
    const quoted = CASES.replace('d1,east,', 'd1,"east, ""old"" town",').replace('d1,east,', 'd1,"east, ""old"" town",');
    expect((await tally(['--format', 'csv', '--top', '1'], { 'cases.csv': quoted })).stdout.split('\r\n')[1]).toBe(
      '1,"east, ""old"" town",2,1,1,1,50.00%,100.00%',
    );
  });
});

describe('zwfw-stats tally: invalid records', () => {
  // b1's category, then a1's and a2's, made invalid one by one: lines 4, 2, 3
  const bad = (count: number): string => {
    let text = CASES.replace('b1,public_service', 'b1,公共事务');
    if (count > 1) text = text.replace('a1,public_service', 'a1,public');
    if (count > 2) text = text.replace('a2,administrative_licensing', 'a2,licensing');
    return text;
  };
  const FORMS = '事项类型名称(行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务)或 administrative_licensing、public_service,有事项类型列时可空';
  const message = (id: string, index: number, line: number, got: string): string =>
    `cases.csv:${line}: 第${index + 1}条记录(办件编号"${id}")的事项类别应为${FORMS},实为"${got}"`;

  it('counts the other invalid records in the message, in the singular and the plural', async () => {
    // the first one read is a1 (line 2), then b1 (line 4)
    expect(await tally([], { 'cases.csv': bad(2) })).toEqual({
      status: 2,
      stdout: '',
      stderr: `zwfw-stats: ${message('a1', 0, 2, 'public')}\n  另有1条无效记录;--skip-invalid 只计有效记录并列出无效记录\n`,
    });
    expect((await tally(['--locale', 'en'], { 'cases.csv': bad(2) })).stderr).toBe(
      `zwfw-stats: cases.csv:2: feedCsv requires records[0] (id "a1", line 2) category to be 'administrative_licensing' or 'public_service', a 事项类型 name (行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务), or absent beside an itemTypeCode, got "public"\n  and 1 more invalid record; --skip-invalid counts the valid ones\n`,
    );
    expect((await tally(['--locale', 'en'], { 'cases.csv': bad(3) })).stderr.split('\n')[1]).toBe('  and 2 more invalid records; --skip-invalid counts the valid ones');
  });

  it('exits 2 when no record is valid, after listing the invalid ones', async () => {
    const four = `${bad(3)}c1,other,d3,west,2019-01-09T09:00:00+08:00,,\n`;
    expect(await tally(['--skip-invalid'], { 'cases.csv': four })).toEqual({
      status: 2,
      stdout: '',
      stderr: `zwfw-stats: 跳过4条记录中的4条无效记录:\n  ${message('a1', 0, 2, 'public')}\n  ${message('a2', 1, 3, 'licensing')}\n  ${message('b1', 2, 4, '公共事务')}\n  ${message('c1', 3, 5, 'other')}\nzwfw-stats: cases.csv: 4条记录全部无效,没有可统计的记录\n`,
    });
  });

  it('lists the first ten invalid records, and all of them in a file on request', async () => {
    // 12 records with an unknown category, then a valid one
    const rows = Array.from({ length: 12 }, (_, index) => `x${index},other,d3,west,2019-01-09T09:00:00+08:00,,`);
    const text = `${HEADER}\n${rows.join('\n')}\ny1,public_service,d3,west,2019-01-09T09:00:00+08:00,,\n`;
    const listed = await runCapturing(['tally', 'cases.csv', '--period', '2019-01', '--skip-invalid', '--invalid-out', 'invalid.csv'], { 'cases.csv': text });
    expect(listed.status).toBe(0);
    const lines = listed.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('zwfw-stats: 跳过13条记录中的12条无效记录:');
    expect(lines.slice(1, 11)).toEqual(rows.slice(0, 10).map((_, index) => `  ${message(`x${index}`, index, index + 2, 'other')}`));
    expect(lines[11]).toBe('  另有2条');
    expect(listed.stdout.split('\n')[0]).toBe('cases.csv: 2019年1月,共13条记录,其中12条无效未计入,按街道分为1组');
    const file = new TextDecoder('utf-8', { ignoreBOM: true }).decode(listed.written.get('invalid.csv'));
    const csvLines = file.split('\r\n');
    expect(csvLines[0]).toBe('\uFEFF文件,行,记录,办件编号,字段,问题');
    // the problem holds double quotes, so its cell is quoted, each quote doubled
    expect(csvLines[1]).toBe(`cases.csv,2,1,x0,category,"第1条记录(办件编号""x0"")的事项类别应为${FORMS},实为""other"""`);
    expect(csvLines).toHaveLength(14);
  });

  it('says what is wrong with a header or a row in the chosen language', async () => {
    const english = await tally(['--locale', 'en'], { 'cases.csv': CASES.replace('departmentId', 'department') });
    expect(english.stderr).toBe(
      'zwfw-stats: cases.csv:1: feedCsv requires the header to have a column for departmentId (实施部门, 受理部门, 办理部门, 部门, 部门名称, 实施机构, departmentId), got "id", "category", "department", "streetOfficeId", "acceptedAt", "dueAt", "completedAt"\n',
    );
    // a Chinese header, then a quote opened on line 2 that runs to the end of the file, line 4
    const chinese = CASES.replace(HEADER, '办件编号,事项类别,部门,街道,受理时间,承诺办结时间,办结时间').replace('a1,', '"a1,');
    expect(await tally([], { 'cases.csv': chinese })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'zwfw-stats: cases.csv:4: 第1条记录应为格式正确的CSV行,实为Quote Not Closed: the parsing is finished with an opening quote at line 4\n',
    });
  });
});

describe('zwfw-stats tally: long headers and numbers read as others', () => {
  it('cuts each header cell at 80 characters and the list at about 600, saying how many cells are left out', async () => {
    // a header of 600 cells of 100 "h" (60 kB) and no id: each cell is shown as "h…h"… (80 h,
    // 83 characters with the quotes and the ellipsis), 85 with ", ": seven cells make 595, the
    // eighth would pass 600; 600 − 7 = 593 left out
    const header = Array.from({ length: 600 }, () => 'h'.repeat(100)).join(',');
    const { status, stdout, stderr } = await tally(['--locale', 'en'], { 'cases.csv': `${header}\n` }, { chunk: 1 << 16 });
    const cell = `"${'h'.repeat(80)}"…`;
    expect({ status, stdout, stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `zwfw-stats: cases.csv:1: feedCsv requires the header to have a column for id (办件编号, 办件流水号, 业务流水号, 申办流水号, 受理编号, 流水号, id), got ${Array(7).fill(cell).join(', ')} and 593 more cells\n`,
    });
  });

  it('says "1 more cell" in the singular', async () => {
    // each cell is 83 characters shown, 85 with ", ": seven fill 595 of the list, so the 8th is left out
    const header = Array.from({ length: 8 }, () => 'x'.repeat(90)).join(',');
    expect((await tally(['--locale', 'en'], { 'cases.csv': `${header}\n` })).stderr).toMatch(/ and 1 more cell\n$/);
  });

  it('cuts a field that a CSV error quotes at 80 characters', async () => {
    // a quote inside an unquoted field of 100,000 characters: csv-parse quotes the field so far
    const text = `${HEADER}\na1,${'b'.repeat(100_000)}"c,d1,east,,,\n`;
    expect((await tally(['--locale', 'en'], { 'cases.csv': text }, { chunk: 1 << 16 })).stderr).toBe(
      `zwfw-stats: cases.csv:2: feedCsv requires records[0] (line 2) to be a well-formed CSV row, got Invalid Opening Quote: a quote is found on field 1 at line 2, value is "${'b'.repeat(80)}"…\n`,
    );
  });

  it('names a time written as a number beyond the range of numbers as written, not as Infinity', async () => {
    const line = '{"id":"a1","category":"public_service","departmentId":"d1","acceptedAt":1e400}\n';
    expect(await tally(['--locale', 'en'], { 'cases.ndjson': line })).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'zwfw-stats: cases.ndjson:1: feedNdjson requires records[0] (id "a1", line 1) acceptedAt to be a number that reads as written, got 1e400, beyond the range of numbers\n  --skip-invalid counts the valid ones\n',
    });
  });

  it('refuses a time whose digits a number cannot hold, rather than count it as another', async () => {
    // 1546300800000 is 2019-01-01T00:00:00Z; the fraction is below the precision of a double there
    // (2^-12 ≈ 0.000244 at 1.5e12), so JSON.parse reads the second record's time as 1546300800000 exactly
    const lines = [
      '{"id":"a1","category":"public_service","departmentId":"d1","acceptedAt":1546300800000}',
      '{"id":"a2","category":"public_service","departmentId":"d1","acceptedAt":1546300800000.0000001}',
      '{"id":"a3","category":"public_service","departmentId":"d1","acceptedAt":9007199254740993}',
    ];
    const { status, stdout, stderr } = await tally(['--skip-invalid', '--by', 'department', '--locale', 'en'], { 'cases.ndjson': `${lines.join('\n')}\n` });
    expect(status).toBe(0);
    // one record counted: d1 accepted 1
    expect(stdout.split('\n')[4]).toMatch(/^1 +d1 +1 +0 +0 +1 +0\.00% +— *$/);
    expect(stderr).toBe(
      [
        'zwfw-stats: skipped 2 invalid records of 3:',
        '  cases.ndjson:2: feedNdjson requires records[1] (id "a2", line 2) acceptedAt to be a number that reads as written, got 1546300800000.0000001, which reads as 1546300800000',
        '  cases.ndjson:3: feedNdjson requires records[2] (id "a3", line 3) acceptedAt to be a number that reads as written, got 9007199254740993, which reads as 9007199254740992',
        '',
      ].join('\n'),
    );
  });

  it('names a line that is one number beyond the range as written, and a long number cut at 80 digits', async () => {
    const lines = ['1e400', `{"id":"a2","category":"public_service","departmentId":"d1","dueAt":${'9'.repeat(400)}}`];
    const { stderr } = await tally(['--skip-invalid', '--locale', 'en'], { 'cases.ndjson': `${lines.join('\n')}\n` });
    expect(stderr).toBe(
      [
        'zwfw-stats: skipped 2 invalid records of 2:',
        '  cases.ndjson:1: feedNdjson requires records[0] (line 1) to be a number that reads as written, got 1e400, beyond the range of numbers',
        `  cases.ndjson:2: feedNdjson requires records[1] (id "a2", line 2) dueAt to be a number that reads as written, got ${'9'.repeat(80)}…, beyond the range of numbers`,
        'zwfw-stats: cases.ndjson: no valid record among 2: nothing to tally',
        '',
      ].join('\n'),
    );
  });

  it('leaves numbers that read as written, and numbers deeper in a record, to the record checks', async () => {
    // 1.5463008e12 is 1546300800000 exactly; the 1e400s are in no field the tally reads
    const line = '{"id":"a1","category":"public_service","departmentId":"d1","acceptedAt":1.5463008e12,"note":1e400,"extra":{"n":1e400}}\n';
    const { status, stdout } = await tally(['--by', 'department', '--locale', 'en'], { 'cases.ndjson': line });
    expect(status).toBe(0);
    expect(stdout.split('\n')[4]).toMatch(/^1 +d1 +1 +0 +0 +1 +0\.00% +— *$/);
  });
});
