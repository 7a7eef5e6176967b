import { describe, expect, it } from 'vitest';
import { runCapturing } from '../fakeIo.js';
import { encodeGbk } from '../gbk.js';

const HEADER = '办件编号,事项类型,实施部门,所属街道,受理时间,办结时间';
// By hand, January 2019 in Beijing time: 红云街道 a1 (completed on the spot, no deadline: on time) and
// a2 (open); a3 at the centre's own windows, completed. 红云街道: accepted 2, completed 1, on time 1,
// in progress 1 (50.00%, 100.00%); the centre's windows 1, 1, 1, 0; the total 3, 2, 2, 1 (66.67%, 100.00%).
const CASES = `${HEADER}
a1,01,区人社局,红云街道,2019-01-03 09:00,2019-01-03 09:30
a2,20,区人社局,红云街道,2019-01-04 09:00,
a3,20,区民政局,,2019-01-07 09:00,2019-01-07 09:30
`;
const TABLE = '排名,街道,受理,办结,按时办结,在办,办结率,按时办结率\r\n1,红云街道,2,1,1,1,50.00%,100.00%\r\n—,中心本级窗口(无街道),1,1,1,0,100.00%,100.00%\r\n合计,,3,2,2,1,66.67%,100.00%\r\n';

const tally = (extra: string[], cases = CASES) => runCapturing(['tally', 'cases.csv', '--period', '2019-01', '--format', 'csv', ...extra], { 'cases.csv': cases });

describe('zwfw-stats tally --format csv: the output encoding', () => {
  it('writes UTF-8 with a byte-order mark by default, GBK with --output-encoding gbk, UTF-8 alone with utf-8', async () => {
    expect((await tally([])).stdout).toBe(`\uFEFF${TABLE}`);
    const gbk = await tally(['--output-encoding', 'gbk']);
    expect([gbk.status, gbk.stdout, gbk.stderr]).toEqual([0, '', '']);
    expect(Buffer.concat(gbk.stdoutBytes)).toEqual(Buffer.from(encodeGbk(TABLE)));
    expect((await tally(['--output-encoding', 'utf-8'])).stdout).toBe(TABLE);
  });

  it('refuses GBK for a name GBK cannot write, in the chosen language, and writes nothing', async () => {
    const emoji = CASES.replace('红云街道,2019-01-03', '红云😀街道,2019-01-03');
    const zh = await tally(['--output-encoding', 'gbk'], emoji);
    expect([zh.status, zh.stdout, zh.stdoutBytes.length, zh.stderr]).toEqual([2, '', 0, 'zwfw-stats: 统计结果中有GBK无法写出的字符"😀",--output-encoding gbk 不能用,请改用 utf-8-bom\n']);
    const en = await tally(['--output-encoding', 'gbk', '--locale', 'en'], emoji);
    expect(en.stderr).toBe('zwfw-stats: --output-encoding gbk cannot write "😀", which the tally holds: use utf-8-bom\n');
  });

  it('refuses --output-encoding with another format, in the chosen language, rather than ignoring it', async () => {
    const run = (extra: string[]) => runCapturing(['tally', 'cases.csv', '--period', '2019-01', ...extra], { 'cases.csv': CASES });
    const zh = await run(['--output-encoding', 'gbk']);
    expect([zh.status, zh.stdout, zh.stderr]).toEqual([2, '', 'zwfw-stats: --output-encoding 只用于 --format csv,不用于 --format text(见 zwfw-stats tally --help)\n']);
    const en = await run(['--output-encoding', 'utf-8', '--format', 'json', '--locale', 'en']);
    expect([en.status, en.stdout, en.stderr]).toEqual([2, '', 'zwfw-stats: --output-encoding applies to --format csv only, not to --format json (see zwfw-stats tally --help)\n']);
  });
});
