import { describe, expect, it } from 'vitest';
import { createTallier, InvalidRecordError } from '../../src/index.js';
import { feedCsv } from '../../src/node.js';
import { january, januaryByDepartment } from './fixture.js';

const HEADERS = {
  办件编号: 'id',
  事项类型: 'itemTypeCode',
  部门: 'departmentId',
  街道: 'streetOfficeId',
  受理时间: 'acceptedAt',
  承诺办结时间: 'dueAt',
  办结时间: 'completedAt',
};

const cell = (value: unknown) => (value === null || value === undefined ? '' : `"${String(value)}"`);
/** The January fixture as a Chinese CSV with a BOM; 事项类型 written as Excel leaves it ('1', '20'). */
const csv = `\uFEFF办件编号,事项类型,部门,街道,受理时间,承诺办结时间,办结时间,备注\r\n${january
  .map((r) =>
    [r.id, r.category === 'administrative_licensing' ? '1' : '20', r.departmentId, r.streetOfficeId, r.acceptedAt, r.dueAt, r.completedAt, '']
      .map(cell)
      .join(','),
  )
  .join('\r\n')}\r\n`;

async function* chunks(data: string | Uint8Array, size: number): AsyncGenerator<string | Uint8Array> {
  for (let at = 0; at < data.length; at += size) yield data.slice(at, at + size);
}

describe('feedCsv', () => {
  it('reads a Chinese CSV by its column names, with no mapping, as text or UTF-8 bytes', async () => {
    for (const source of [csv, new TextEncoder().encode(csv)]) {
      const tallier = createTallier({ period: '2019-01', by: 'department' });
      expect(await feedCsv(tallier, chunks(source, 13))).toEqual({
        records: 10,
        lines: 11,
        invalid: 0,
        headerLine: 1,
        skippedRows: 0,
        // 备注 (a remark) is no field and is left unread
        columns: Object.keys(HEADERS).map((header, column) => ({ field: HEADERS[header as keyof typeof HEADERS], header, column })),
      });
      expect(tallier.result().groups).toEqual(januaryByDepartment);
    }
  });

  it('reads 承诺时限 (or 承诺办结时限) as timeLimit and 法定时限 as statutoryTimeLimit, cells as written', async () => {
    for (const committed of ['承诺时限', '承诺办结时限', '承诺办理时限']) {
      const text = `办件编号,事项类型,实施部门,受理时间,${committed},法定时限\nWH-1,01,区人社局,2019-01-05T09:30:00+08:00,15个工作日,20个工作日\n`;
      const tallier = createTallier({ period: '2019-01', by: [] });
      const summary = await feedCsv(tallier, chunks(text, 7));
      expect(summary.columns?.slice(4)).toEqual([
        { field: 'timeLimit', header: committed, column: 4 },
        { field: 'statutoryTimeLimit', header: '法定时限', column: 5 },
      ]);
    }
  });

  it('skips a title row and blank rows above the header, and more rows on request', async () => {
    // Line 1 is a title, line 2 blank (commas only), line 3 the header; skipRows: 1 skips line 1 itself
    const text = '五华区2019年1月办件明细,,,\n,,,\n办件编号,事项类型,实施部门,受理时间\nWH-1,01,区人社局,2019-01-05T09:30:00+08:00\n';
    for (const skipRows of [0, 1]) {
      const tallier = createTallier({ period: '2019-01', by: [] });
      expect(await feedCsv(tallier, chunks(text, 7), { skipRows })).toMatchObject({ records: 1, lines: 4, headerLine: 3, skippedRows: 2 });
      expect(tallier.result().groups[0]?.tally.accepted).toBe(1);
    }
    // Skipping the header itself leaves a data row where the header should be
    await expect(feedCsv(createTallier({ period: '2019-01', by: [] }), chunks(text, 7), { skipRows: 3 })).rejects.toThrow(
      'feedCsv requires the header to have a column for id (办件编号, 办件流水号, 业务流水号, 申办流水号, 受理编号, 流水号, id), got "WH-1", "01", "区人社局", "2019-01-05T09:30:00+08:00"',
    );
  });

  it('reads field-named headers without a mapping, Chinese category names and quoted commas', async () => {
    const text = 'id,category,departmentId,acceptedAt\na,行政许可,"A, 一科",2019-01-05T09:30:00+08:00\nb,公共服务,B,1546651800000\n';
    const tallier = createTallier({ period: '2019-01', by: ['department', 'category'] });
    await feedCsv(tallier, chunks(text, 4));
    expect(tallier.result().groups.map((group) => group.key)).toEqual([
      { department: 'A, 一科', category: 'administrative_licensing' },
      { department: 'B', category: 'public_service' },
    ]);
  });

  it('rejects a header mapping onto no case-record field before reading: a typo would leave its column unread', async () => {
    const text = '办件编号,部门,受理时间,承诺时间,事项类型\nx,d,2019-01-05T09:30:00+08:00,2019-01-08T09:30:00+08:00,01\n';
    await expect(
      feedCsv(createTallier({ period: '2019-01', by: [] }), chunks(text, 64), { headers: { ...HEADERS, 承诺时间: 'dueat' } }),
    ).rejects.toThrow(
      new RangeError(
        "feedCsv requires headers[\"承诺时间\"] to be one of 'id', 'itemName', 'category', 'itemTypeCode', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt', 'status', 'timeLimit', 'statutoryTimeLimit', got \"dueat\"",
      ),
    );
  });

  it('throws for a missing required column, index -1 and line 1', async () => {
    const text = '办件编号,受理时间,事项类型\nx,2019-01-05T09:30:00+08:00,01\n';
    await expect(feedCsv(createTallier({ period: '2019-01', by: [] }), chunks(text, 64), { headers: HEADERS })).rejects.toThrow(
      new InvalidRecordError({
        index: -1,
        line: 1,
        id: null,
        field: 'departmentId',
        message:
          'feedCsv requires the header to have a column for departmentId (实施部门, 受理部门, 办理部门, 部门, 部门名称, 实施机构, departmentId), got "办件编号", "受理时间", "事项类型"',
      }),
    );
  });

  it('throws the header error, not an abort, while the source still has data to send', async () => {
    // 100 000 rows after a header without the required columns: the parser is still being fed
    // when the header check throws, and the real error must come through.
    async function* large(): AsyncGenerator<string> {
      yield 'a,b\n';
      for (let chunk = 0; chunk < 2000; chunk += 1) yield '1,2\n'.repeat(50);
    }
    await expect(feedCsv(createTallier({ period: '2019-01', by: [] }), large())).rejects.toThrow(
      'feedCsv requires the header to have a column for id (办件编号, 办件流水号, 业务流水号, 申办流水号, 受理编号, 流水号, id), got "a", "b"',
    );
  });

  it('throws for an empty file, which has no header to name the columns', async () => {
    for (const text of ['', '\n\n', '\uFEFF']) {
      await expect(feedCsv(createTallier({ period: '2019-01', by: [] }), chunks(text, 8))).rejects.toThrow(
        'feedCsv requires a header row naming the columns, got an empty file',
      );
    }
  });

  it('reports a short row and a bad cell with their lines, or collects them', async () => {
    const text = 'id,category,departmentId,acceptedAt\na,public_service,A\nb,public_service,A,2019-01-05 09:30\nc,public_service,A,2019-01-05T09:30:00+08:00\n';
    await expect(feedCsv(createTallier({ period: '2019-01', by: [] }), chunks(text, 64))).rejects.toThrow(
      'feedCsv requires records[0] (line 2) to be a row of 4 cells, got "3 cells"',
    );
    const tallier = createTallier({ period: '2019-01', by: [], onInvalid: 'collect' });
    expect(await feedCsv(tallier, chunks(text, 64))).toMatchObject({ records: 3, lines: 4, invalid: 2 });
    expect(tallier.result().invalid.map((problem) => [problem.index, problem.line, problem.id, problem.field])).toEqual([
      [0, 2, null, null],
      [1, 3, 'b', 'acceptedAt'],
    ]);
    expect(tallier.result().groups[0]?.tally.accepted).toBe(1);
  });

  it('throws for malformed quoting with the line', async () => {
    const text = 'id,category,departmentId,acceptedAt\n"a,public_service,A,2019-01-05T09:30:00+08:00\n';
    await expect(feedCsv(createTallier({ period: '2019-01', by: [] }), chunks(text, 64))).rejects.toThrow(InvalidRecordError);
  });

  it('checks its arguments', async () => {
    await expect(feedCsv(createTallier({ period: '2019-01', by: [] }), chunks('', 1), { headers: 3 as never })).rejects.toThrow(
      new TypeError('feedCsv requires headers to be an object, got 3'),
    );
  });
});
