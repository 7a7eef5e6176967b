import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTallier } from '../../../src/tally/createTallier.js';
import { feedCsv } from '../../../src/tally/feedCsv.js';
import { feedXlsx } from '../../../src/tally/feedXlsx.js';
import { sourceOf } from '../../support/sources.js';

// The row loop of feedCsv and feedXlsx, below the header: a row with no cell filled holds no record.

const HEADER = ['办件编号', '事项类型', '实施部门', '受理时间'];
// Two cases of 区人社局 accepted in January 2019 (Beijing time), by hand: accepted 2, in progress 2.
const FIRST = ['WH-1', '01', '区人社局', '2019-01-05 09:30'];
const SECOND = ['WH-2', '20', '区人社局', '2019-01-06 09:30'];

const tallier = () => createTallier({ period: '2019-01', by: 'department', wallClockOffsetMinutes: 480 });

describe('the rows below the header', () => {
  it('skips a row of empty cells in a CSV (commas only, as Excel saves a blank row) and counts no record for it', async () => {
    const text = [HEADER, FIRST, ['', '', '', ''], ['  ', '', ' ', ''], SECOND, ['', '', '', '']].map((row) => row.join(',')).join('\r\n');
    const counting = tallier();
    expect(await feedCsv(counting, sourceOf(`${text}\r\n`))).toMatchObject({ records: 2, invalid: 0, lines: 6 });
    expect(counting.result().groups).toEqual([
      { key: { department: '区人社局' }, tally: { accepted: 2, completed: 0, completedOnTime: 0, due: 0, inProgress: 2 } },
    ]);
  });

  it('skips a row of a sheet whose cells hold only a style (borders below the data, as offices format a sheet)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('办件明细');
    for (const row of [HEADER, FIRST, SECOND]) sheet.addRow(row);
    for (let row = 4; row <= 6; row += 1) {
      for (let column = 1; column <= 4; column += 1) sheet.getCell(row, column).border = { bottom: { style: 'thin' } };
    }
    sheet.getCell(5, 2).value = '';
    const counting = tallier();
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await feedXlsx(counting, sourceOf(bytes))).toMatchObject({ records: 2, invalid: 0 });
    expect(counting.result().groups[0]?.tally.accepted).toBe(2);
  });
});
