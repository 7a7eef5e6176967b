// GENERATED case records (not real data) of two years, 2018 and 2019, for the
// 五华区 centre and its ten street offices, shaped as approval systems export
// them, and the supplement a report needs beside them: `npm run examples`
// writes examples/wuhua-records-2018.csv and examples/wuhua-records-2019.csv
// (UTF-8 with a byte-order mark, a title row above the header; a case is in
// the file of the year it was accepted in) and examples/wuhua-supplement.json.
// `zwfw-stats report --records … --period 2019-Q1 --supplement …` turns them
// into the report. A test checks that the committed files equal a fresh
// generation, and that every figure of the reports built from them equals a
// count worked out here from the records' minutes, with no tally code.

import { buildMonthlyReport } from '../src/report/buildMonthlyReport.js';
import { reportTallyRange } from '../src/report/reportTallyRange.js';
import { parsePeriodSpan } from '../src/period/parsePeriodSpan.js';
import { tallyCases } from '../src/tally/tallyCases.js';
import { STREET_OFFICES } from './exportExamples.js';
import { seededRandom } from './seededRandom.js';

const { random, pick, reset } = seededRandom(20191231);

/** The ten street offices of 五华区 (as the records name them), busiest first (weights 9 … 1), as the tally's examples name them. */
export { STREET_OFFICES };
const WEIGHTS = [9, 8, 7, 5, 5, 4, 3, 3, 2, 1];
/** The departments at the centre's windows, as the records name them. */
export const DEPARTMENTS = ['区卫健局', '区农林局', '区人社局', '区市场监管局', '区民政局'];
const ITEM_TYPES = [
  ['行政许可', '食品经营许可'],
  ['行政许可', '医疗机构执业登记'],
  ['行政确认', '城乡居民养老保险参保登记'],
  ['行政给付', '最低生活保障金给付'],
  ['公共服务', '就业失业登记'],
  ['公共服务', '社会保障卡申领'],
] as const;

const DAY = 1440;
/** Minutes of Beijing time since 2018-01-01 00:00. */
export function monthStart(year: number, month: number): number {
  return (Date.UTC(year, month - 1, 1) - Date.UTC(2018, 0, 1)) / 60_000;
}
/** The export's end: 2020-01-01 00:00, the day it was taken. Nothing is completed after it. */
export const EXPORT_END = monthStart(2020, 1);

/** One generated record, in minutes of Beijing time. */
export interface ReportRecord {
  readonly id: string;
  readonly streetOffice: string | null;
  readonly department: string;
  readonly typeName: string;
  readonly itemName: string;
  readonly accepted: number;
  readonly due: number | null;
  readonly completed: number | null;
  readonly status: '已办结' | '在办' | '不予受理' | '撤回';
}

function streetOffice(): string | null {
  if (random() < 0.3) return null; // the centre's own windows
  let draw = random() * WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  for (let index = 0; index < STREET_OFFICES.length; index += 1) {
    draw -= WEIGHTS[index] as number;
    if (draw < 0) return STREET_OFFICES[index] as string;
  }
  return STREET_OFFICES[0] as string;
}

/** Cases accepted each month: 2019 busier than 2018, so that 同比 moves. */
function perMonth(year: number, month: number): number {
  return (year === 2018 ? 110 : 130) + ((month * 7) % 11) * 3;
}

/** The generated records of 2018 and 2019, in order of acceptance. */
export function reportRecords(): ReportRecord[] {
  reset();
  const records: ReportRecord[] = [];
  for (const year of [2018, 2019]) {
    for (let month = 1; month <= 12; month += 1) {
      const start = monthStart(year, month);
      const days = (monthStart(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1) - start) / DAY;
      const count = perMonth(year, month);
      const minutes = Array.from({ length: count }, () => start + Math.floor(random() * days) * DAY + 9 * 60 + Math.floor(random() * 480)).sort((a, b) => a - b);
      for (const accepted of minutes) {
        const [typeName, itemName] = pick(ITEM_TYPES);
        const draw = random();
        const onTheSpot = random() < 0.25;
        const due = onTheSpot ? null : accepted + (3 + Math.floor(random() * 25)) * DAY;
        let status: ReportRecord['status'] = draw < 0.02 ? '不予受理' : draw < 0.04 ? '撤回' : '已办结';
        let completed: number | null = null;
        if (status === '已办结') {
          const late = due !== null && random() < 0.05;
          const stuck = random() < 0.015; // open for months, past any deadline
          completed = onTheSpot
            ? accepted + Math.floor(random() * 60)
            : late
              ? (due as number) + 1 + Math.floor(random() * 10 * DAY)
              : accepted + Math.floor(random() * ((due as number) - accepted));
          if (stuck) completed += 120 * DAY;
          if (completed >= EXPORT_END) {
            status = '在办';
            completed = null;
          }
        }
        records.push({
          id: `WH${year}${String(records.length + 1).padStart(6, '0')}`,
          streetOffice: streetOffice(),
          department: pick(DEPARTMENTS),
          typeName,
          itemName,
          accepted,
          due,
          completed,
          status,
        });
      }
    }
  }
  return records;
}

const two = (value: number): string => String(value).padStart(2, '0');
/** A minute written as exports write it: 2019-01-05 09:30:00. */
function written(minute: number): string {
  const date = new Date(Date.UTC(2018, 0, 1) + minute * 60_000);
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:00`;
}

/** The supplement: what records cannot hold (names, projects, cards, letters). Figures beside the records are generated too. */
export const SUPPLEMENT = {
  $comment: 'Generated example (not real data), beside examples/wuhua-records-2018.csv and wuhua-records-2019.csv: scripts/reportExamples.ts',
  district: '五华区',
  issuer: '五华区人民政府政务服务管理局',
  issuedOn: '2020-04-10',
  centre: { name: '五华区人民政府政务服务中心' },
  departments: [
    { id: '区卫健局', name: '区卫健局' },
    { id: '区人社局', name: '区人社局' },
    { id: '区市场监管局', name: '区市场监管局' },
    { id: '区民政局', name: '区民政局' },
    { id: '区农林局', name: '区农林局' },
    { id: '区退役军人事务局', name: '区退役军人事务局' },
  ],
  streetOffices: {
    offices: STREET_OFFICES.map((id) => ({ id, name: `${id}为民服务中心` })),
  },
  investment: { projects: { approval: 10, verification: 0, filing: 3 }, items: 17, itemsOnTime: 17, estimatedInvestmentYuan: 20_000_000 },
  supervision: { yellowCards: 0, redCards: 0 },
  commendations: { letters: 1, recipient: '人社综合服务窗口工作人员' },
  englishNames: {
    五华区: 'Wuhua District',
    五华区人民政府政务服务中心: 'Wuhua District Government Service Centre',
    红云街道为民服务中心: 'Hongyun Subdistrict Service Centre',
  },
};

/** A minute as an ISO time with its offset, as CaseRecordSchema reads it. */
function iso(minute: number): string {
  return `${written(minute).replace(' ', 'T')}+08:00`;
}

/** The report of 2019-Q1 built from the records (examples/wuhua-2019-Q1.json, for `zwfw-stats report FILE.json`). */
export function quarterReport(): string {
  const span = parsePeriodSpan('2019-Q1');
  const records = reportRecords().map((record) => ({
    id: record.id,
    itemName: record.itemName,
    category: record.typeName as '行政许可',
    departmentId: record.department,
    streetOfficeId: record.streetOffice,
    acceptedAt: iso(record.accepted),
    dueAt: record.due === null ? null : iso(record.due),
    completedAt: record.completed === null ? null : iso(record.completed),
    status: record.status,
  }));
  const { groups } = tallyCases(records, { period: reportTallyRange(span), by: ['period', 'streetOffice', 'department', 'category'] });
  return `${JSON.stringify(buildMonthlyReport(groups, { period: span.text, supplement: SUPPLEMENT }), null, 2)}\n`;
}

/** The files of examples/: one CSV export per year, and the supplement. */
export function reportExamples(): { '2018': string; '2019': string; supplement: string } {
  const records = reportRecords();
  const file = (year: number): string => {
    const rows = records
      .filter((record) => record.id.startsWith(`WH${year}`))
      .map((record) => [
        record.id,
        record.itemName,
        record.typeName,
        record.department,
        record.streetOffice ?? '',
        written(record.accepted),
        record.due === null ? '' : written(record.due),
        record.completed === null ? '' : written(record.completed),
        record.status,
      ]);
    const lines = [`五华区政务服务办件明细(${year}年)`, '办件编号,事项名称,事项类型,实施部门,所属街道,受理时间,承诺办结时间,办结时间,办件状态', ...rows.map((row) => row.join(','))];
    return `\uFEFF${lines.join('\n')}\n`;
  };
  return { '2018': file(2018), '2019': file(2019), supplement: `${JSON.stringify(SUPPLEMENT, null, 2)}\n` };
}
