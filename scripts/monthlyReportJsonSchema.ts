import { z } from 'zod';
import { MonthlyReportSchema, reportSchemaParts } from '../src/models/MonthlyReportSchema.js';

/**
 * The JSON Schema of a monthly report's data file, generated from
 * {@link MonthlyReportSchema} (the input side: `period` is a string). Written
 * to `schema/monthly-report.json` by `npm run schema`; a test keeps the file
 * equal to a fresh generation. Cross-field rules (an inferred range's
 * min ≤ max, 按时办结 at most 办结, 项目总数 a safe integer) and the refusal
 * of -0 are zod refinements that JSON Schema cannot state.
 */
export function monthlyReportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(MonthlyReportSchema, { io: 'input', target: 'draft-2020-12', metadata: reportSchemaParts });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://unpkg.com/zwfw-stats/schema/monthly-report.json',
    title: 'zwfw-stats monthly report (质量运行情况分析 一、基本情况)',
    description:
      'Section 一 of a government service centre’s monthly quality report. A count is a non-negative integer or an inferred range { "inferred": { "min", "max", "from" } }. Generated from MonthlyReportSchema.',
    ...rest,
  };
}
