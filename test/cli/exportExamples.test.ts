import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ExportRecord, exportExamples, exportRecords, exportWorkbook, JANUARY } from '../../scripts/exportExamples.js';
import { run } from './fakeIo.js';

/**
 * The figures of January 2019 by street office, worked out from the records'
 * minutes of Beijing time by the rules of docs/tally.md, with no tally code:
 * a deadline given as a day is met by a completion at any time that day; a
 * case never taken in (不予受理) or withdrawn (撤回) counts nowhere.
 */
function reference(records: readonly ExportRecord[], { start, end } = JANUARY): Map<string | null, number[]> {
  const groups = new Map<string | null, number[]>();
  for (const record of records) {
    if (record.status === '不予受理' || record.status === '撤回') continue;
    const counts = groups.get(record.streetOffice) ?? [0, 0, 0, 0, 0];
    const due = record.due === null ? null : record.dueIsDay ? record.due + 1440 - 0.001 : record.due;
    const { accepted, completed } = record;
    if (accepted >= start && accepted < end) counts[0]! += 1;
    if (completed !== null && completed >= start && completed < end) {
      counts[1]! += 1;
      if (due === null || completed <= due) counts[2]! += 1;
    }
    if (due !== null && due >= start && due < end) counts[3]! += 1;
    if (accepted < end && (completed === null || completed >= end)) counts[4]! += 1;
    groups.set(record.streetOffice, counts);
  }
  return groups;
}

interface Printed {
  readonly key: { readonly streetOffice: string | null };
  readonly tally: { accepted: number; completed: number; completedOnTime: number; due: number; inProgress: number };
}

describe('the export-shaped examples (generated, not real data)', () => {
  it('equal a fresh generation (run `npm run examples` after changing the generator)', () => {
    const { csv, gbk, ndjson } = exportExamples();
    expect(readFileSync('examples/export-2019-01.csv', 'utf8')).toBe(csv);
    expect(new Uint8Array(readFileSync('examples/export-2019-01-gbk.csv'))).toEqual(gbk);
    expect(readFileSync('examples/export-2019-01.ndjson', 'utf8')).toBe(ndjson);
  });

  it('hold a workbook equal to a fresh generation, byte for byte', async () => {
    expect(new Uint8Array(readFileSync('examples/export-2019-01.xlsx'))).toEqual(await exportWorkbook());
  }, 60_000);

  it('hold a workbook shaped as WPS exports it: a merged title row, date cells and text cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync('examples/export-2019-01.xlsx') as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('办件明细');
    expect(sheet.model.merges).toEqual(['A1:I1']);
    expect(sheet.getRow(2).values).toEqual([undefined, '办件编号', '事项名称', '事项类型', '实施部门', '所属街道', '受理时间', '承诺办结时间', '办结时间', '办件状态']);
    // WH2019000001, by hand from its minutes after 2018-12-20 00:00 Beijing time: accepted 59644 = 41 days
    // + 10:04 (2019-01-30 10:04), due 79200 = 55 days (the day 2019-02-13), completed 65983 = 45 days + 19:43
    // (2019-02-03 19:43); 事项类型 行政许可, code 01, a number cell 1
    expect(exportRecords()[0]).toMatchObject({ id: 'WH2019000001', accepted: 59644, due: 79200, dueIsDay: true, completed: 65983, typeCode: '01' });
    const row = sheet.getRow(3);
    expect(row.getCell(1).value).toBe('WH2019000001');
    expect(row.getCell(3).value).toBe(1);
    // a date cell: exceljs reads the serial back as the Date whose UTC fields are the wall-clock time
    expect(row.getCell(6).value).toEqual(new Date('2019-01-30T10:04:00Z'));
    expect(row.getCell(6).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(row.getCell(7).value).toBe('2019-02-13');
    expect(row.getCell(8).value).toEqual(new Date('2019-02-03T19:43:00Z'));
    expect(row.getCell(8).numFmt).toBe('yyyy/m/d h:mm');
  });

  it.each(['examples/export-2019-01.csv', 'examples/export-2019-01-gbk.csv', 'examples/export-2019-01.ndjson', 'examples/export-2019-01.xlsx'])(
    '%s tallies, with no option but the period, to the figures worked out from the records',
    async (file) => {
      const { status, stdout, stderr } = await run(['tally', file, '--period', '2019-01', '--format', 'json'], {}, { chunk: 1 << 16 });
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const printed = JSON.parse(stdout) as { groups: Printed[]; total: { tally: Printed['tally'] }; excluded: unknown; records: number; invalid: number };
      const expected = reference(exportRecords());
      expect(printed.records).toBe(600);
      expect(printed.invalid).toBe(0);
      const excluded = exportRecords().filter((record) => record.status === '不予受理' || record.status === '撤回');
      const inJanuary = (status: string) => excluded.filter((record) => record.status === status && record.accepted >= JANUARY.start && record.accepted < JANUARY.end).length;
      expect(printed.excluded).toEqual([
        { status: '不予受理', count: inJanuary('不予受理') },
        { status: '撤回', count: inJanuary('撤回') },
      ]);
      expect(printed.groups).toHaveLength(expected.size);
      for (const group of printed.groups) {
        const [accepted, completed, completedOnTime, due, inProgress] = expected.get(group.key.streetOffice) ?? [];
        expect(group.tally, String(group.key.streetOffice)).toEqual({ accepted, completed, completedOnTime, due, inProgress });
      }
      const sum = (at: number) => [...expected.values()].reduce((total, counts) => total + (counts[at] as number), 0);
      expect(printed.total.tally).toEqual({ accepted: sum(0), completed: sum(1), completedOnTime: sum(2), due: sum(3), inProgress: sum(4) });
      // the centre's own windows come last, unranked
      expect(printed.groups.at(-1)?.key.streetOffice).toBeNull();
    },
    60_000,
  );

  it('tallies a quarter as one period: the figures of 2019-01-01 to 2019-04-01, 在办 at the end of March', async () => {
    // 2019-04-01 00:00 Beijing time is day 12 + 31 + 28 + 31 = 102 after 2018-12-20
    const quarter = { start: JANUARY.start, end: 102 * 1440 };
    const { status, stdout } = await run(['tally', 'examples/export-2019-01.csv', '--period', '2019-Q1', '--format', 'json'], {}, { chunk: 1 << 16 });
    expect(status).toBe(0);
    const printed = JSON.parse(stdout) as { period: string; label: string; total: { tally: Printed['tally'] } };
    expect([printed.period, printed.label]).toEqual(['2019-Q1', '2019年第一季度']);
    const expected = reference(exportRecords(), quarter);
    const sum = (at: number) => [...expected.values()].reduce((total, counts) => total + (counts[at] as number), 0);
    expect(printed.total.tally).toEqual({ accepted: sum(0), completed: sum(1), completedOnTime: sum(2), due: sum(3), inProgress: sum(4) });
    // the records end in January: the quarter accepts what January accepted, and completes more
    const january = reference(exportRecords());
    expect(sum(0)).toBe([...january.values()].reduce((total, counts) => total + (counts[0] as number), 0));
  }, 60_000);

  it('refuses a period in no form it knows, naming the forms', async () => {
    expect((await run(['tally', 'examples/export-2019-01.csv', '--period', '2019-Q5'])).stderr).toBe(
      "zwfw-stats: --period 可写 2019-01、2019-Q1、2019-H1、2019 或 2019-01..2019-06,而不是 '2019-Q5'\n",
    );
    expect(await run(['tally', 'examples/export-2019-01.csv', '--period', '2019-Q5', '--locale', 'en'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "zwfw-stats: --period takes 2019-01, 2019-Q1, 2019-H1, 2019 or 2019-01..2019-06, got '2019-Q5'\n",
    });
  });
});
