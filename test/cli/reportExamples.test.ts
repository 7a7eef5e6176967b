import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditReport, parseMonthlyReport } from '../../src/index.js';
import { DEPARTMENTS, monthStart, quarterReport, type ReportRecord, reportExamples, reportRecords, STREET_OFFICES, SUPPLEMENT } from '../../scripts/reportExamples.js';
import { run } from './fakeIo.js';

// The report built from two years of generated records (examples/wuhua-records-2018.csv
// and wuhua-records-2019.csv, not real data), checked figure by figure against
// counts worked out here from the generator's records, in minutes of Beijing
// time, with no tally code:
// - a case never taken in (不予受理) or withdrawn (撤回) counts nowhere;
// - 受理: accepted in the span; 办结: completed in the span; 按时办结: of those,
//   with no deadline or completed no later than it; 在办: accepted before the
//   span's end and not completed by then;
// - 同比 is against the same span a year before, 环比 against the span of
//   equal length just before; the records begin in January 2018, so a span
//   before it is no data (上年同期无数据), never zero cases.

const FILES = ['examples/wuhua-records-2018.csv', 'examples/wuhua-records-2019.csv'];
const RECORDS = reportRecords();

/** A span as [start, end) minutes, or null when it is before the records (no data). */
interface Window {
  readonly start: number;
  readonly end: number;
}
function windowOf(year: number, month: number, length: number): Window | null {
  if (year < 2018) return null;
  const last = month + length; // the month after the span, possibly past December
  return { start: monthStart(year, month), end: monthStart(year + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1) };
}

interface Counts {
  accepted: number;
  completed: number;
  completedOnTime: number;
  inProgress: number;
}
function count(records: readonly ReportRecord[], { start, end }: Window): Counts {
  const counts = { accepted: 0, completed: 0, completedOnTime: 0, inProgress: 0 };
  for (const record of records) {
    if (record.status === '不予受理' || record.status === '撤回') continue;
    const { accepted, completed, due } = record;
    if (accepted >= start && accepted < end) counts.accepted += 1;
    if (completed !== null && completed >= start && completed < end) {
      counts.completed += 1;
      if (due === null || completed <= due) counts.completedOnTime += 1;
    }
    if (accepted < end && (completed === null || completed >= end)) counts.inProgress += 1;
  }
  return counts;
}
function base(records: readonly ReportRecord[], window: Window | null): { accepted: number; completed: number } | { noData: true } {
  if (window === null) return { noData: true };
  const { accepted, completed } = count(records, window);
  return { accepted, completed };
}

/** The periods checked: [text, first year, first month, length in months]. */
const PERIODS = [
  ['2019-01', 2019, 1, 1],
  ['2019-Q1', 2019, 1, 3],
  ['2019-H1', 2019, 1, 6],
  ['2019-01..2019-06', 2019, 1, 6],
  ['2019', 2019, 1, 12],
  ['2018-Q1', 2018, 1, 3],
  ['2019-Q3', 2019, 7, 3],
] as const;

/** The report the records must give, built here field by field. */
function expectedReport(text: string, year: number, month: number, length: number) {
  const current = windowOf(year, month, length) as Window;
  const yearBefore = windowOf(year - 1, month, length);
  const startIndex = year * 12 + month - 1 - length;
  const before = length === 12 ? undefined : windowOf(Math.floor(startIndex / 12), (startIndex % 12) + 1, length);
  const centre = RECORDS.filter((record) => record.streetOffice === null);
  const streets = RECORDS.filter((record) => record.streetOffice !== null);
  const departments = SUPPLEMENT.departments.map((department) => {
    const own = centre.filter((record) => record.department === department.id);
    return { department, tally: count(own, current), previousYear: base(own, yearBefore) };
  });
  const unit = (records: readonly ReportRecord[]) => ({
    tally: count(records, current),
    inProgressRule: 'open-at-period-end',
    previousYear: base(records, yearBefore),
    ...(before === undefined ? {} : { previousMonth: base(records, before) }),
  });
  return {
    period: text,
    ...(text.includes('..') ? { cumulative: true } : {}),
    issuer: SUPPLEMENT.issuer,
    issuedOn: SUPPLEMENT.issuedOn,
    district: SUPPLEMENT.district,
    centre: {
      name: SUPPLEMENT.centre.name,
      ...unit(centre),
      byCategory: (['administrative_licensing', 'public_service'] as const).map((category) => {
        const { accepted, completed } = count(centre.filter((record) => (record.typeName === '行政许可') === (category === 'administrative_licensing')), current);
        return { category, accepted, completed };
      }),
      inProgressByDepartment: departments
        .filter((entry) => entry.tally.inProgress > 0)
        .sort((a, b) => b.tally.inProgress - a.tally.inProgress)
        .map((entry) => ({ department: entry.department, inProgress: entry.tally.inProgress })),
      departments,
    },
    streetOffices: {
      officeCount: 10,
      ...unit(streets),
      listed: 'all',
      top: 3,
      offices: SUPPLEMENT.streetOffices.offices.map((office) => {
        const own = streets.filter((record) => record.streetOffice === office.id);
        return { office, tally: count(own, current), previousYear: base(own, yearBefore) };
      }),
    },
    investment: SUPPLEMENT.investment,
    supervision: SUPPLEMENT.supervision,
    commendations: SUPPLEMENT.commendations,
    englishNames: SUPPLEMENT.englishNames,
  };
}

/** n / d as a report prints it: half-up on the exact value, two decimals, trailing zeros dropped; '—' for d = 0. */
function percent(n: number, d: number): string {
  if (d === 0) return '—';
  const hundredths = (BigInt(n) * 10000n * 2n + BigInt(d)) / (2n * BigInt(d)); // round half up
  const text = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
  return `${text.replace(/\.?0+$/, '')}%`;
}
/** A change as the table writes it: 增长12.34% (two decimals kept), 下降…, 持平, 上年同期无业务, 上年同期无数据. */
function changeCell(now: number, previous: { accepted: number } | { noData: true }): string {
  if ('noData' in previous) return '上年同期无数据';
  if (previous.accepted === 0) return '上年同期无业务';
  if (now === previous.accepted) return '持平';
  const difference = Math.abs(now - previous.accepted);
  const hundredths = (BigInt(difference) * 10000n * 2n + BigInt(previous.accepted)) / (2n * BigInt(previous.accepted));
  return `${now > previous.accepted ? '增长' : '下降'}${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}%`;
}

async function report(period: string, format: string): Promise<string> {
  const { status, stdout, stderr } = await run(
    ['report', '--records', ...FILES, '--period', period, '--supplement', 'examples/wuhua-supplement.json', '--format', format],
    {},
    { chunk: 1 << 16 },
  );
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return stdout;
}

describe('the report examples (generated, not real data)', () => {
  it('equal a fresh generation (run `npm run examples` after changing the generator)', () => {
    const files = reportExamples();
    expect(readFileSync('examples/wuhua-records-2018.csv', 'utf8')).toBe(files['2018']);
    expect(readFileSync('examples/wuhua-records-2019.csv', 'utf8')).toBe(files['2019']);
    expect(readFileSync('examples/wuhua-supplement.json', 'utf8')).toBe(files.supplement);
    expect(readFileSync('examples/wuhua-2019-Q1.json', 'utf8')).toBe(quarterReport());
  });

  it('give the same report through tallyCases (ISO times) as through the command (the CSV exports)', async () => {
    expect(await report('2019-Q1', 'json')).toBe(readFileSync('examples/wuhua-2019-Q1.json', 'utf8'));
  });

  it('hold cases of every unit, carried over and still open, so that every rule is at work', () => {
    expect(new Set(RECORDS.map((record) => record.streetOffice))).toEqual(new Set([null, ...STREET_OFFICES]));
    expect(new Set(RECORDS.map((record) => record.department))).toEqual(new Set(DEPARTMENTS));
    expect(RECORDS.some((record) => record.status === '在办')).toBe(true);
    // a case accepted in one month and completed in a later one
    expect(RECORDS.some((record) => record.completed !== null && record.completed - record.accepted > 40 * 1440)).toBe(true);
  });

  describe.each(PERIODS)('--period %s', (text, year, month, length) => {
    const expected = expectedReport(text, year, month, length);

    it('gives, in --format json, every figure the records give, and data that parses and audits clean', async () => {
      const data = JSON.parse(await report(text, 'json'));
      expect(data).toEqual(expected);
      const parsed = parseMonthlyReport(data);
      expect(parsed.success).toBe(true);
      if (parsed.success) {
        expect(parsed.report).toEqual(data);
        // Clean: no error and no warning; an info says where 办结 exceeds 受理 (cases carried over), which is data.
        const findings = auditReport(parsed.report);
        expect(findings.filter((finding) => finding.code !== 'completed-above-accepted')).toEqual([]);
        expect(findings.every((finding) => finding.severity === 'info')).toBe(true);
      }
    });

    it('writes the figures in the text: the centre, the street offices and the top three', async () => {
      const output = await report(text, 'text');
      const { centre, streetOffices } = expected;
      const lastDay = new Date(Date.UTC(year, month - 1 + length, 0));
      const day = `${lastDay.getUTCFullYear()}年${lastDay.getUTCMonth() + 1}月${lastDay.getUTCDate()}日`;
      const c = centre.tally;
      expect(output).toContain(
        `五华区人民政府政务服务中心各窗口共受理各类事项${c.accepted}件,办结${c.completed}件,在办事项${c.inProgress}件(截至${day}仍未办结的办件),办结率${percent(c.completed, c.accepted)},按时办结率为${percent(c.completedOnTime, c.completed)},`,
      );
      const s = streetOffices.tally;
      expect(output).toContain(`五华区各街道办事处为民服务中心共受理各类事项${s.accepted}件,办结${s.completed}件,在办事项${s.inProgress}件(截至${day}仍未办结的办件),办结率为${percent(s.completed, s.accepted)},`);
      const top = [...streetOffices.offices].sort((a, b) => b.tally.accepted - a.tally.accepted).slice(0, 3);
      expect(new Set(top.map((entry) => entry.tally.accepted)).size, 'no tie at the top in these examples').toBe(3);
      expect(output).toContain(`受理业务量前三名的是:${top.map((entry) => `${entry.office.name}${entry.tally.accepted}件,办结${entry.tally.completed}件`).join(';')}。`);
      const yoy = changeCell(c.accepted, centre.previousYear);
      expect(output).toContain(`接件总数${yoy.startsWith('增长') || yoy.startsWith('下降') ? `同比${yoy}` : yoy === '持平' ? '与上年同期持平' : yoy}`);
    });

    it('writes 附件1 and 附件2 in Markdown: every unit, its figures, the total and the units with no business', async () => {
      const output = await report(text, 'markdown');
      const row = (name: string, tally: Counts, previous: { accepted: number } | { noData: true }, note = '') =>
        `| ${name} | ${tally.accepted} | ${tally.completed} | ${tally.inProgress} | ${percent(tally.completed, tally.accepted)} | ${percent(tally.completedOnTime, tally.completed)} | ${'noData' in previous ? '无数据' : previous.accepted} | ${changeCell(tally.accepted, previous)} | ${note} |`;
      const idle = (tally: Counts) => (tally.accepted === 0 && tally.completed === 0 && tally.inProgress === 0 ? '本期无业务' : '');
      const appendix1 = [
        ...expected.centre.departments.map((entry) => row(entry.department.name, entry.tally, entry.previousYear, idle(entry.tally))),
        row('合计', expected.centre.tally, expected.centre.previousYear),
      ];
      const appendix2 = [
        ...expected.streetOffices.offices.map((entry) => row(entry.office.name, entry.tally, entry.previousYear, idle(entry.tally))),
        row('合计', expected.streetOffices.tally, expected.streetOffices.previousYear),
      ];
      const header = '| 受理 | 办结 | 在办 | 办结率 | 按时办结率 | 上年同期受理 | 同比 | 备注 |';
      expect(output).toContain(`## 附件1 接办件情况同期比对表\n\n| 部门 ${header}\n| --- |${' ---: |'.repeat(8)}\n${appendix1.join('\n')}\n`);
      expect(output).toContain(`## 附件2 街道办事处为民服务中心办件情况统计表\n\n| 街道为民服务中心 ${header}\n| --- |${' ---: |'.repeat(8)}\n${appendix2.join('\n')}\n`);
      // 区退役军人事务局 is in the supplement and has no records at all: listed, never dropped.
      expect(appendix1.find((line) => line.startsWith('| 区退役军人事务局 |'))).toContain('| 本期无业务 |');
    });
  });

  it('says no data for a base period the records do not reach, and zero cases for a unit with none in one they do', async () => {
    const early = await report('2018-Q1', 'text');
    expect(early).toContain('接件总数上年同期无数据,接件总数上季度无数据');
    expect(early).not.toContain('上年同期无业务');
    const later = await report('2019-Q1', 'markdown');
    expect(later).toMatch(/\| 区退役军人事务局 \| 0 \| 0 \| 0 \| — \| — \| 0 \| 上年同期无业务 \| 本期无业务 \|/);
  });

  it('labels the periods as reports do', async () => {
    const labels = await Promise.all(['2019-Q1', '2019-H1', '2019', '2019-01..2019-06'].map(async (period) => (await report(period, 'text')).split('\n\n')[2]?.split(',')[0]));
    expect(labels).toEqual(['2019年第一季度', '2019年上半年', '2019年', '2019年1—6月累计']);
  });

  it('writes JSON that zwfw-stats report and audit read back unchanged', async () => {
    const json = await report('2019-Q1', 'json');
    const again = await run(['report', 'q1.json', '--format', 'json'], { 'q1.json': json });
    expect(again).toEqual({ status: 0, stdout: json, stderr: '' });
    const audit = await run(['audit', 'q1.json'], { 'q1.json': json });
    expect(audit.status).toBe(0);
    expect(audit.stdout).toMatch(/q1\.json: 0个错误,0个警告,\d+条提示\n$/);
    const text = await run(['report', 'q1.json'], { 'q1.json': json });
    expect(text.stdout).toBe(await report('2019-Q1', 'text'));
  });

  it('is what the README shows for the one command from the exports to the report', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /--period 2019-Q1 --supplement examples\/wuhua-supplement\.json\n```\n\n```text\n([^`]*)```/.exec(readme);
    expect(shown?.[1]).toBe(await report('2019-Q1', 'text'));
  });
});
