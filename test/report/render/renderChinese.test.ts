import { describe, expect, it } from 'vitest';
import { renderChinese } from '../../../src/report/render/renderChinese.js';
import { seedReport } from '../seedReport.js';

describe('renderChinese', () => {
  it('gives the seed’s breakdowns as table blocks after the centre’s paragraph', () => {
    const blocks = renderChinese(seedReport());
    expect(blocks.slice(3, 5)).toEqual([
      { kind: 'table', header: ['事项类别', '受理'], rows: [['行政许可', '20564'], ['公共服务', '14736']] },
      { kind: 'table', header: ['部门', '在办'], rows: [['区卫计局', '164'], ['区农林局', '3']] },
    ]);
  });
});
