import { describe, expect, it } from 'vitest';
import { createTallier, InvalidRecordError } from '../../src/index.js';
import { feedCsv } from '../../src/node.js';
import { sourceOf, utf8 } from '../support/sources.js';

/** The error a promise rejects with, as a plain object of the fields an InvalidRecordError carries. */
async function problemOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => null,
    (raised: unknown) => raised,
  );
  expect(error).toBeInstanceOf(InvalidRecordError);
  const { index, line, id, field, message } = error as InvalidRecordError;
  return { index, line, id, field, message };
}

const ACCEPTED = '2019-01-05T09:30:00+08:00';

/** Waits until `count` records accepted in 2019-01 are tallied (a tally by no dimension), a thousand turns at most. */
async function rowsTallied(tallier: ReturnType<typeof createTallier>, count: number): Promise<void> {
  for (let turn = 0; turn < 1000 && tallier.result().groups[0]?.tally.accepted !== count; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('feedCsv, edge cases', () => {
  it('refuses a header with two columns for one field, with or without a mapping', async () => {
    const twice = `id,category,departmentId,acceptedAt,departmentId\na,public_service,A,${ACCEPTED},B\n`;
    expect(await problemOf(feedCsv(createTallier({ period: '2019-01', by: 'department' }), sourceOf(twice)))).toEqual({
      index: -1,
      line: 1,
      id: null,
      field: 'departmentId',
      message: 'feedCsv requires the header to have one column for departmentId, got "departmentId" (column 3) and "departmentId" (column 5)',
    });
    // 部门 is read as departmentId by its name, beside a departmentId column of its own
    const named = `id,category,部门,acceptedAt,departmentId\na,public_service,A,${ACCEPTED},B\n`;
    expect(await problemOf(feedCsv(createTallier({ period: '2019-01', by: 'department' }), sourceOf(named)))).toMatchObject({
      message: 'feedCsv requires the header to have one column for departmentId, got "部门" (column 3) and "departmentId" (column 5)',
    });
    // Real exports carry 实施部门 beside 受理部门: a mapping to null leaves one unread
    const both = `办件编号,事项类型,实施部门,受理时间,受理部门\na,01,A,${ACCEPTED},B\n`;
    const chosen = createTallier({ period: '2019-01', by: 'department' });
    await feedCsv(chosen, sourceOf(both), { headers: { 受理部门: null } });
    expect(chosen.result().groups.map((group) => group.key.department)).toEqual(['A']);
    // 部门 mapped onto departmentId beside a departmentId column of its own
    const mapped = `id,category,部门,acceptedAt,departmentId\na,public_service,A,${ACCEPTED},B\n`;
    const tallier = createTallier({ period: '2019-01', by: 'department' });
    expect(await problemOf(feedCsv(tallier, sourceOf(mapped), { headers: { 部门: 'departmentId' } }))).toEqual({
      index: -1,
      line: 1,
      id: null,
      field: 'departmentId',
      message: 'feedCsv requires the header to have one column for departmentId, got "部门" (column 3) and "departmentId" (column 5)',
    });
    expect(tallier.result().groups).toEqual([]);
  });

  it('requires a category or an itemTypeCode column', async () => {
    const text = `id,departmentId,acceptedAt\na,A,${ACCEPTED}\n`;
    expect(await problemOf(feedCsv(createTallier({ period: '2019-01', by: [] }), sourceOf(text)))).toEqual({
      index: -1,
      line: 1,
      id: null,
      field: 'itemTypeCode',
      message:
        'feedCsv requires the header to have a column for category or itemTypeCode (category, 事项类型, 事项类别, 权力类型, 事项分类, itemTypeCode), got "id", "departmentId", "acceptedAt"',
    });
  });

  it('reads the codes 1 to 9 of itemTypeCode as 01 to 09, and no other column that way', async () => {
    // a: '9' is 09 (行政裁决, public_service: valid); b: '0', c: 'A' and d: '100' are no code;
    // e: department '7' stays '7', code '20' is 公共服务 (valid)
    const text = [
      'id,category,departmentId,acceptedAt,itemTypeCode',
      `a,public_service,D,${ACCEPTED},9`,
      `b,public_service,D,${ACCEPTED},0`,
      `c,public_service,D,${ACCEPTED},A`,
      `d,public_service,D,${ACCEPTED},100`,
      `e,public_service,7,${ACCEPTED},20`,
      '',
    ].join('\n');
    const tallier = createTallier({ period: '2019-01', by: 'department', onInvalid: 'collect' });
    expect(await feedCsv(tallier, sourceOf(text))).toMatchObject({ records: 5, lines: 6, invalid: 3 });
    const result = tallier.result();
    const forms = 'a 事项类型 code (01–10, 20; 1–9 as Excel leaves them) or name (行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务)';
    expect(result.invalid.map((problem) => problem.message)).toEqual([
      `feedCsv requires records[1] (id "b", line 3) itemTypeCode to be ${forms}, got "0"`,
      `feedCsv requires records[2] (id "c", line 4) itemTypeCode to be ${forms}, got "A"`,
      `feedCsv requires records[3] (id "d", line 5) itemTypeCode to be ${forms}, got "100"`,
    ]);
    expect(result.groups.map((group) => [group.key.department, group.tally.accepted])).toEqual([
      ['7', 1],
      ['D', 1],
    ]);
  });

  it('takes the category from itemTypeCode only when the category cell is empty', async () => {
    // a: no category, code 01 → administrative_licensing; b: 公共服务 with code 01 disagree: invalid;
    // c: neither a category nor a code: invalid (no category)
    const text = ['id,category,departmentId,acceptedAt,itemTypeCode', `a,,D,${ACCEPTED},01`, `b,公共服务,D,${ACCEPTED},01`, `c,,D,${ACCEPTED},`, ''].join('\n');
    const tallier = createTallier({ period: '2019-01', by: 'category', onInvalid: 'collect' });
    expect(await feedCsv(tallier, sourceOf(text))).toMatchObject({ records: 3, lines: 4, invalid: 2 });
    const result = tallier.result();
    expect(result.invalid.map((problem) => problem.message)).toEqual([
      "feedCsv requires records[1] (id \"b\", line 3) itemTypeCode to be a code of category '公共服务' (01 is 行政许可, the others 公共服务), got \"01\"",
      "feedCsv requires records[2] (id \"c\", line 4) category to be 'administrative_licensing' or 'public_service', a 事项类型 name (行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务), or absent beside an itemTypeCode, got nothing (the field is absent)",
    ]);
    expect(result.groups).toEqual([
      { key: { category: 'administrative_licensing' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } },
    ]);
  });

  it('keeps an emoji split across two chunks whole, in string chunks and in byte chunks', async () => {
    // 😀 (U+1F600) is the pair D83D DE00 in UTF-16 and F0 9F 98 80 in UTF-8; a department named 区😀局
    const text = `id,category,departmentId,acceptedAt\na,public_service,区😀局,${ACCEPTED}\n`;
    const cut = text.indexOf('😀') + 1; // between the two halves of the pair
    const strings = createTallier({ period: '2019-01', by: 'department' });
    await feedCsv(strings, sourceOf(text.slice(0, cut), text.slice(cut)));
    expect(strings.result().groups.map((group) => group.key)).toEqual([{ department: '区😀局' }]);
    const bytes = utf8(text);
    const at = utf8(text.slice(0, text.indexOf('😀'))).length;
    for (const inside of [1, 2, 3]) {
      const tallier = createTallier({ period: '2019-01', by: 'department' });
      await feedCsv(tallier, sourceOf(bytes.subarray(0, at + inside), bytes.subarray(at + inside)));
      expect(tallier.result().groups.map((group) => group.key)).toEqual([{ department: '区😀局' }]);
    }
  });

  it('gives bytes that are not UTF-8 the line after the last row read', async () => {
    expect(await problemOf(feedCsv(createTallier({ period: '2019-01', by: [] }), sourceOf(Uint8Array.from([0x69, 0x64, 0xff]))))).toEqual({
      index: 0,
      line: 1,
      id: null,
      field: null,
      message: 'feedCsv requires source to be UTF-8 text, got bytes that are not UTF-8 after line 0',
    });
    // The parser keeps the end of a chunk until more comes (a line break may go on): the first
    // chunk ends inside row c, so that rows a and b are read before the bad bytes are sent.
    const tallier = createTallier({ period: '2019-01', by: [] });
    async function* source(): AsyncGenerator<string | Uint8Array> {
      yield `id,category,departmentId,acceptedAt\na,public_service,D,${ACCEPTED}\nb,public_service,D,${ACCEPTED}\nc,publ`;
      await rowsTallied(tallier, 2);
      yield Uint8Array.from([0xff]);
    }
    // rows a, b on lines 2, 3: the bad bytes are on line 4, record index 2
    expect(await problemOf(feedCsv(tallier, source()))).toEqual({
      index: 2,
      line: 4,
      id: null,
      field: null,
      message: 'feedCsv requires source to be UTF-8 text, got bytes that are not UTF-8 after line 3',
    });
  });

  it('gives malformed quoting the index of its row, though the parser has read ahead of the tally', async () => {
    // One chunk: the parser gives out the header, a and b before it finds the quote
    // opened on line 4 and never closed; a and b are records[0] and [1], the bad row is records[2].
    const text = `id,category,departmentId,acceptedAt\na,public_service,D,${ACCEPTED}\nb,public_service,D,${ACCEPTED}\n"c,public_service,D,${ACCEPTED}\n`;
    expect(await problemOf(feedCsv(createTallier({ period: '2019-01', by: [] }), sourceOf(text)))).toEqual({
      index: 2,
      line: 4,
      id: null,
      field: null,
      message:
        'feedCsv requires records[2] (line 4) to be a well-formed CSV row, got Quote Not Closed: the parsing is finished with an opening quote at line 4',
    });
    // A quote opened in the header: no row was given out, the header is at fault (index −1)
    expect(await problemOf(feedCsv(createTallier({ period: '2019-01', by: [] }), sourceOf(`"id,category\na,b\n`)))).toEqual({
      index: -1,
      line: 2,
      id: null,
      field: null,
      message: 'feedCsv requires the header (line 2) to be a well-formed CSV row, got Quote Not Closed: the parsing is finished with an opening quote at line 2',
    });
  });

  it('names the header for a malformed header in a second file fed to the same tallier', async () => {
    // The first file gives records[0]; the second file's header fails before any row of its own,
    // so the index is −1 (the header), not 0 (the last record of the first file).
    const tallier = createTallier({ period: '2019-01', by: [] });
    expect(await feedCsv(tallier, sourceOf(`id,category,departmentId,acceptedAt\na,public_service,D,${ACCEPTED}\n`))).toMatchObject({ records: 1, lines: 2, invalid: 0 });
    expect(await problemOf(feedCsv(tallier, sourceOf(`"id,category\na,b\n`)))).toEqual({
      index: -1,
      line: 2,
      id: null,
      field: null,
      message: 'feedCsv requires the header (line 2) to be a well-formed CSV row, got Quote Not Closed: the parsing is finished with an opening quote at line 2',
    });
  });

  it('ignores columns that are no field, even two of the same name', async () => {
    // 备注 (a remark) twice: neither column is read, so neither is a second column for a field
    const text = `id,备注,category,departmentId,acceptedAt,备注\na,x,public_service,D,${ACCEPTED},y\n`;
    const tallier = createTallier({ period: '2019-01', by: 'department' });
    expect(await feedCsv(tallier, sourceOf(text))).toMatchObject({ records: 1, lines: 2, invalid: 0 });
    expect(tallier.result().groups).toEqual([
      { key: { department: 'D' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } },
    ]);
  });

  it('gives malformed quoting the line where the parser found it', async () => {
    const tallier = createTallier({ period: '2019-01', by: [] });
    async function* source(): AsyncGenerator<string> {
      yield `id,category,departmentId,acceptedAt\na,public_service,D,${ACCEPTED}\n"b,public`;
      await rowsTallied(tallier, 1);
      yield `_service,D,${ACCEPTED}\n`;
    }
    // row a is records[0] on line 2; the quote opened on line 3 is still open at the end, on line 3
    expect(await problemOf(feedCsv(tallier, source()))).toEqual({
      index: 1,
      line: 3,
      id: null,
      field: null,
      message:
        'feedCsv requires records[1] (line 3) to be a well-formed CSV row, got Quote Not Closed: the parsing is finished with an opening quote at line 3',
    });
  });

  it('gives an empty file index -1 and line 1', async () => {
    expect(await problemOf(feedCsv(createTallier({ period: '2019-01', by: [] }), sourceOf('')))).toEqual({
      index: -1,
      line: 1,
      id: null,
      field: null,
      message: 'feedCsv requires a header row naming the columns, got an empty file',
    });
  });

  it('counts in its summary only the records and invalid records of this file, when a tallier is fed twice', async () => {
    const tallier = createTallier({ period: '2019-01', by: [], onInvalid: 'collect' });
    const header = 'id,category,departmentId,acceptedAt\n';
    // first file: 2 records, 1 invalid (no time)
    expect(await feedCsv(tallier, sourceOf(`${header}a,public_service,D,${ACCEPTED}\nb,public_service,D,\n`))).toMatchObject({ records: 2, lines: 3, invalid: 1 });
    // second file: 3 records, 1 invalid; a sum with the first would say 5 (or 7) records and 2 (or 3) invalid
    expect(
      await feedCsv(tallier, sourceOf(`${header}c,public_service,D,${ACCEPTED}\nd,public_service,D,${ACCEPTED}\ne,public_service,D,\n`)),
    ).toMatchObject({ records: 3, lines: 4, invalid: 1 });
    expect(tallier.result().invalid.map((problem) => [problem.index, problem.line, problem.id])).toEqual([
      [1, 3, 'b'],
      [4, 4, 'e'],
    ]);
  });
});
