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
