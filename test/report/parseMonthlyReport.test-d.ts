import { describe, expectTypeOf, it } from 'vitest';
import {
  type AuditFinding,
  auditReport,
  type MonthlyReport,
  parseMonthlyReport,
  type ReportCount,
  type ReportProblem,
  renderReport,
  type RenderReportOptions,
} from '../../src/index.js';

describe('report types', () => {
  it('narrows the result of parseMonthlyReport on success', () => {
    const result = parseMonthlyReport({} as unknown);
    if (result.success) {
      expectTypeOf(result.report).toEqualTypeOf<MonthlyReport>();
    } else {
      expectTypeOf(result.problems).toEqualTypeOf<readonly ReportProblem[]>();
    }
  });

  it('types a count as a number or an inferred range', () => {
    expectTypeOf<ReportCount>().toEqualTypeOf<number | { inferred: { min: number; max: number; from: string } }>();
    expectTypeOf<MonthlyReport['centre']['tally']['accepted']>().toEqualTypeOf<ReportCount>();
  });

  it('returns findings and text', () => {
    expectTypeOf(auditReport).returns.toEqualTypeOf<AuditFinding[]>();
    expectTypeOf(renderReport).returns.toEqualTypeOf<string>();
    expectTypeOf(renderReport).parameter(1).toEqualTypeOf<RenderReportOptions | undefined>();
    expectTypeOf<{ format: 'html' }>().not.toExtend<RenderReportOptions>();
    expectTypeOf<{ locale: 'en'; format: 'markdown' }>().toExtend<RenderReportOptions>();
  });
});
