// GENERATED case records (not real data) shaped as approval systems export
// them, for the tally command's examples: `npm run examples` writes
// examples/export-2019-01.csv (UTF-8 with a byte-order mark, a title row above
// the header), examples/export-2019-01-gbk.csv (the same in GBK with CRLF, as
// WPS and Excel save "CSV (逗号分隔)") and examples/export-2019-01.ndjson (the
// same records as NDJSON with 事项类型 codes only) and examples/export-2019-01.xlsx
// (the same records as a workbook: a merged title row above the header as WPS
// exports it, 受理时间 and 办结时间 as Excel date cells, 承诺办结时间 as text,
// 事项类型 as number cells 1, 5, 7, 20 as Excel leaves codes). A test checks that
// the committed files equal a fresh generation, and tallies them against
// figures computed here from the records' minutes, independently of the tally
// code.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { encodeGbk } from '../src/cli/write/encodeGbk.js';
import { seededRandom } from './seededRandom.js';

const { random, pick, reset } = seededRandom(20190215);

/** The ten street offices of 五华区, busiest first (weights 9 … 1). */
export const STREET_OFFICES = ['红云街道', '普吉街道', '大观街道', '华山街道', '护国街道', '龙翔街道', '丰宁街道', '莲华街道', '黑林铺街道', '西翥街道'];
const WEIGHTS = [9, 8, 7, 5, 5, 4, 3, 3, 2, 1];
const DEPARTMENTS = ['区卫健局', '区农林局', '区人社局', '区市场监管局', '区民政局'];
const ITEM_TYPES = [
  ['行政许可', '01', '食品经营许可'],
  ['行政许可', '01', '医疗机构执业登记'],
  ['行政确认', '07', '城乡居民养老保险参保登记'],
  ['行政给付', '05', '最低生活保障金给付'],
  ['公共服务', '20', '就业失业登记'],
  ['公共服务', '20', '社会保障卡申领'],
] as const;

/** Minutes since 2018-12-20 00:00 Beijing time (UTC+8). */
const DAY = 1440;
/** 2019-01-01 00:00 and 2019-02-01 00:00 Beijing time, in those minutes. */
export const JANUARY = { start: 12 * DAY, end: 43 * DAY } as const;

/** One generated record, in minutes of Beijing time, as the figures are worked out from it. */
export interface ExportRecord {
  readonly id: string;
  readonly streetOffice: string | null;
  readonly accepted: number;
  /** The deadline's minute; with `dueIsDay`, the deadline is the whole of that minute's day. */
  readonly due: number | null;
  readonly dueIsDay: boolean;
  readonly completed: number | null;
  readonly status: '已办结' | '在办' | '不予受理' | '撤回';
  readonly typeName: string;
  readonly typeCode: string;
  readonly itemName: string;
  readonly department: string;
}

function streetOffice(): string | null {
  if (random() < 0.12) return null; // the centre's own windows
  let draw = random() * WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  for (let index = 0; index < STREET_OFFICES.length; index += 1) {
    draw -= WEIGHTS[index] as number;
    if (draw < 0) return STREET_OFFICES[index] as string;
  }
  return STREET_OFFICES[0] as string;
}

const two = (value: number): string => String(value).padStart(2, '0');
/** The calendar date of a minute: day 0 is 2018-12-20. */
function dateOf(minute: number): { year: number; month: number; day: number } {
  const date = new Date(Date.UTC(2018, 11, 20) + Math.floor(minute / DAY) * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
/** A minute written as an export writes it, in one of three forms. */
function written(minute: number, form: 'iso' | 'slash' | 'day'): string {
  const { year, month, day } = dateOf(minute);
  const hour = Math.floor((minute % DAY) / 60);
  const min = minute % 60;
  if (form === 'day') return `${year}-${two(month)}-${two(day)}`;
  if (form === 'slash') return `${year}/${month}/${day} ${hour}:${two(min)}`;
  return `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(min)}:00`;
}

/** 600 generated records of late December 2018 and January 2019. */
export function exportRecords(): ExportRecord[] {
  reset();
  const records: ExportRecord[] = [];
  for (let index = 1; index <= 600; index += 1) {
    const dayOfAcceptance = Math.floor(random() * 43);
    const accepted = dayOfAcceptance * DAY + 9 * 60 + Math.floor(random() * 480);
    const [typeName, typeCode, itemName] = pick(ITEM_TYPES);
    const draw = random();
    const status = draw < 0.03 ? '不予受理' : draw < 0.05 ? '撤回' : draw < 0.13 ? '在办' : '已办结';
    const onTheSpot = random() < 0.25;
    const dueIsDay = !onTheSpot && random() < 0.4;
    const dueRaw = onTheSpot ? null : accepted + (3 + Math.floor(random() * 15)) * DAY;
    const due = dueRaw === null ? null : dueIsDay ? Math.floor(dueRaw / DAY) * DAY : dueRaw;
    let completed: number | null = null;
    if (status === '已办结') {
      const late = due !== null && random() < 0.06;
      completed = onTheSpot
        ? accepted + Math.floor(random() * 60)
        : late
          ? (dueIsDay ? Math.floor((due as number) / DAY) * DAY + DAY : (due as number)) + 1 + Math.floor(random() * 3 * DAY)
          : accepted + Math.floor(random() * ((due as number) - accepted));
    }
    records.push({
      id: `WH2019${String(index).padStart(6, '0')}`,
      streetOffice: streetOffice(),
      accepted,
      due,
      dueIsDay,
      completed,
      status,
      typeName,
      typeCode,
      itemName,
      department: pick(DEPARTMENTS),
    });
  }
  return records;
}

/** The title row above the header, as the export names its contents. */
const TITLE = '五华区政务服务办件明细(2018年12月20日—2019年1月31日)';
const HEADER = ['办件编号', '事项名称', '事项类型', '实施部门', '所属街道', '受理时间', '承诺办结时间', '办结时间', '办件状态'];

/** The three text files of examples/, from {@link exportRecords}. */
export function exportExamples(): { csv: string; gbk: Uint8Array; ndjson: string } {
  const records = exportRecords();
  const forms = ['iso', 'slash', 'iso'] as const;
  const rows = records.map((record, index) => {
    const form = forms[index % 3] as 'iso' | 'slash';
    return [
      record.id,
      record.itemName,
      record.typeName,
      record.department,
      record.streetOffice ?? '',
      written(record.accepted, form),
      record.due === null ? '' : written(record.due, record.dueIsDay ? 'day' : form),
      record.completed === null ? '' : written(record.completed, form),
      record.status,
    ];
  });
  const lines = [TITLE, HEADER.join(','), ...rows.map((row) => row.join(','))];
  const csv = `\uFEFF${lines.join('\n')}\n`;
  const encoded = encodeGbk(`${lines.join('\r\n')}\r\n`);
  if ('unwritable' in encoded) throw new Error(`no GBK code for ${encoded.unwritable}`);
  const ndjson = records
    .map((record, index) => {
      const form = forms[index % 3] as 'iso' | 'slash';
      return JSON.stringify({
        id: record.id,
        itemName: record.itemName,
        itemTypeCode: record.typeCode,
        departmentId: record.department,
        streetOfficeId: record.streetOffice,
        acceptedAt: written(record.accepted, form),
        dueAt: record.due === null ? null : written(record.due, record.dueIsDay ? 'day' : form),
        completedAt: record.completed === null ? null : written(record.completed, form),
        status: record.status,
      });
    })
    .join('\n');
  return { csv, gbk: encoded.bytes, ndjson: `${ndjson}\n` };
}

/** A minute of Beijing time as the Date whose UTC fields are that wall-clock time: exceljs writes a Date's serial from its UTC time. */
const wallClock = (minute: number): Date => new Date(Date.UTC(2018, 11, 20) + minute * 60_000);

/**
 * examples/export-2019-01.xlsx, from {@link exportRecords}: the records as a
 * workbook exceljs writes (sheet 办件明细), with a title row merged across
 * the columns above the header; 受理时间 and 办结时间 are date cells (serial
 * numbers with a date format), 承诺办结时间 is text as the CSV writes it
 * (a date alone for a deadline given as a day), 事项类型 a number cell.
 * The ZIP entries are stored again with a fixed time, so that a fresh
 * generation gives the same bytes.
 */
export async function exportWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2019, 1, 1));
  workbook.creator = 'zwfw-stats scripts/exportExamples.ts';
  workbook.created = fixed;
  workbook.modified = fixed;
  const sheet = workbook.addWorksheet('办件明细');
  sheet.addRow([TITLE]);
  sheet.mergeCells(1, 1, 1, HEADER.length);
  sheet.addRow(HEADER);
  const forms = ['iso', 'slash', 'iso'] as const;
  exportRecords().forEach((record, index) => {
    const form = forms[index % 3] as 'iso' | 'slash';
    const row = sheet.addRow([
      record.id,
      record.itemName,
      Number(record.typeCode),
      record.department,
      record.streetOffice,
      wallClock(record.accepted),
      record.due === null ? null : written(record.due, record.dueIsDay ? 'day' : form),
      record.completed === null ? null : wallClock(record.completed),
      record.status,
    ]);
    row.getCell(6).numFmt = 'yyyy-mm-dd hh:mm:ss';
    row.getCell(8).numFmt = 'yyyy/m/d h:mm';
  });
  const byExcelJs = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const zip = new JSZip();
  for (const [name, file] of Object.entries(byExcelJs.files)) {
    if (!file.dir) zip.file(name, await file.async('uint8array'), { date: fixed, createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
