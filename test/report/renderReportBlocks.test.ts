import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/renderReport.js';
import { renderReportBlocks } from '../../src/report/renderReportBlocks.js';
import { writeBlocks } from '../../src/report/reportBlocks.js';
import type { ReportLocale } from '../../src/report/ReportLocale.js';
import { seedReport } from './seedReport.js';

describe('renderReportBlocks', () => {
  it.each(['zh-CN', 'en'] as const)('gives the blocks that renderReport writes (%s)', (locale) => {
    const blocks = renderReportBlocks(seedReport(), locale);
    expect(writeBlocks(blocks, 'markdown')).toBe(renderReport(seedReport(), { locale, format: 'markdown' }));
    expect(writeBlocks(blocks, 'text')).toBe(renderReport(seedReport(), { locale }));
  });

  it.each(['zh-CN', 'en'] as const)('reads a category written as a 事项类型 name as parseMonthlyReport does (%s)', (locale) => {
    // the seed's 行政许可事项20564件 and 公共服务事项14736件, the categories given as the report names them
    const report = seedReport();
    const named = { ...report, centre: { ...report.centre, byCategory: [{ category: '行政许可', accepted: 20564 }, { category: '公共服务', accepted: 14736 }] } };
    expect(renderReportBlocks(named as never, locale)).toEqual(renderReportBlocks(report, locale));
  });

  it('checks the report and the locale first, naming itself', () => {
    const report = seedReport();
    expect(() => renderReportBlocks({ ...report, centre: { ...report.centre, tally: { accepted: 1, completed: -0 } } }, 'zh-CN')).toThrow(
      new RangeError('renderReportBlocks requires report.centre.tally.completed to be a non-negative integer, got -0'),
    );
    expect(() => renderReportBlocks(report, 'fr' as ReportLocale)).toThrow(
      new RangeError('renderReportBlocks requires locale to be one of \'zh-CN\', \'en\', got "fr"'),
    );
  });
});
