import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  auditReport,
  completionRate,
  formatChange,
  formatPercent,
  type MonthlyReport,
  parseMonthlyReport,
  renderReport,
  yoyChange,
} from '../../src/index.js';

/** A report whose figures agree by construction: parts split from totals, published text printed from the counts. */
const consistentReport = fc
  .record({
    accepted: fc.integer({ min: 0, max: 2_000_000 }),
    completedShare: fc.double({ min: 0, max: 1.3, noNaN: true }),
    licensingShare: fc.double({ min: 0, max: 1, noNaN: true }),
    healthShare: fc.double({ min: 0, max: 1, noNaN: true }),
    previous: fc.integer({ min: 0, max: 2_000_000 }),
  })
  .map(({ accepted, completedShare, licensingShare, healthShare, previous }): unknown => {
    const completed = Math.floor(accepted * completedShare);
    const licensing = Math.floor(accepted * licensingShare);
    const inProgress = Math.max(0, accepted - completed);
    const health = Math.floor(inProgress * healthShare);
    return {
      period: '2020-03',
      centre: {
        name: '测试区政务服务中心',
        tally: { accepted, completed, inProgress },
        ...(completed <= accepted ? { inProgressRule: 'accepted-minus-completed' } : {}),
        previousYear: { accepted: previous },
        byCategory: [
          { category: 'administrative_licensing', accepted: licensing },
          { category: 'public_service', accepted: accepted - licensing },
        ],
        inProgressByDepartment: [
          { department: { id: 'health', name: '区卫健局' }, inProgress: health },
          { department: { id: 'other', name: '其他部门' }, inProgress: inProgress - health },
        ],
        published: {
          ...(accepted > 0 ? { completionRate: formatPercent(completionRate({ accepted, completed }), { trimZeros: true }) } : {}),
          acceptedYoy: formatChange(yoyChange(accepted, previous)),
        },
      },
    };
  });

function parsed(data: unknown): MonthlyReport {
  const result = parseMonthlyReport(data);
  if (!result.success) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

describe('auditReport (properties)', () => {
  test.prop([consistentReport], { numRuns: 300 })('finds no error in a report whose figures agree', (data) => {
    const findings = auditReport(parsed(data));
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  test.prop([consistentReport, fc.integer({ min: 1, max: 1000 })], { numRuns: 300 })(
    'flags a category count changed by any amount, at centre.byCategory',
    (data, delta) => {
      const report = parsed(data) as { centre: { byCategory: { accepted: number }[] } };
      (report.centre.byCategory[1] as { accepted: number }).accepted += delta;
      const paths = auditReport(report as MonthlyReport)
        .filter((finding) => finding.code === 'parts-do-not-add-up')
        .map((finding) => finding.path);
      expect(paths).toEqual(['centre.byCategory']);
    },
  );

  test.prop([consistentReport], { numRuns: 200 })('renders without NaN, Infinity or undefined, in both languages', (data) => {
    const report = parsed(data);
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const format of ['text', 'markdown'] as const) {
        expect(renderReport(report, { locale, format })).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
});
