import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendixBlocks } from '../../src/report/appendixBlocks.js';
import { parseMonthlyReport } from '../../src/index.js';
import { seedReport } from './seedReport.js';

// The appendix tables as blocks, which the Markdown and the Word document
// both write. The figures themselves are checked against the records in
// test/cli/reportExamples.test.ts.

const parsed = parseMonthlyReport(JSON.parse(readFileSync('examples/wuhua-2019-Q1.json', 'utf8')));
if (!parsed.success) throw new Error('examples/wuhua-2019-Q1.json is not a report');
const quarter = parsed.report;

describe('appendixBlocks', () => {
  it('gives 附件1 and 附件2 as a heading and a table each, then the note on 在办', () => {
    const blocks = appendixBlocks(quarter);
    expect(blocks.map((block) => (block.kind === 'table' ? `table of ${block.rows.length}` : `${block.kind}: ${block.text}`))).toEqual([
      'heading: 附件1 接办件情况同期比对表',
      'table of 7', // six departments of the supplement, then 合计
      'heading: 附件2 街道办事处为民服务中心办件情况统计表',
      'table of 11', // ten offices, then 合计
      'paragraph: 注:在办为截至2019年3月31日受理而仍未办结的办件;同比为受理量与上年同期相比;办结率、按时办结率由合计的件数算出。',
    ]);
    const [, departments] = blocks;
    expect(departments).toMatchObject({ kind: 'table', header: ['部门', '受理', '办结', '在办', '办结率', '按时办结率', '上年同期受理', '同比', '备注'] });
  });

  it('writes English headings and names from englishNames', () => {
    const blocks = appendixBlocks(quarter, 'en');
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Appendix 1. Cases by department, with the same period last year' });
    const offices = blocks[3];
    expect(offices?.kind === 'table' ? offices.rows[0]?.[0] : undefined).toBe('Hongyun Subdistrict Service Centre');
  });

  it('gives no table for the seed, whose list of offices is its top three and which lists no departments', () => {
    expect(appendixBlocks(seedReport())).toEqual([]);
  });

  it('checks the report first, naming itself', () => {
    expect(() => appendixBlocks({ ...quarter, period: '2019-13' })).toThrow(
      new RangeError('appendixBlocks requires report.period to be a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06), got "2019-13"'),
    );
  });
});
