import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monthlyReportJsonSchema } from '../../scripts/monthlyReportJsonSchema.js';

const committed = JSON.parse(readFileSync(new URL('../../schema/monthly-report.json', import.meta.url), 'utf8'));
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('schema/monthly-report.json', () => {
  it('equals a fresh generation from MonthlyReportSchema (run `npm run schema` after changing the schema)', () => {
    expect(committed).toEqual(monthlyReportJsonSchema());
  });

  it('states a count as an integer or an inferred range, and rejects unknown keys', () => {
    expect(committed.$defs.ReportCount.anyOf).toEqual([{ $ref: '#/$defs/Count' }, { $ref: '#/$defs/InferredCount' }]);
    expect(committed.$defs.Count).toMatchObject({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
    expect(committed.additionalProperties).toBe(false);
    expect(committed.required).toEqual(['period', 'centre']);
    // Any span a report covers: 2019-01, 2019-Q1, 2019-H1, 2019, 2019-01..2019-06.
    expect(committed.properties.period.pattern).toBe('^(?!0000)(\\d{4})(?:-(0[1-9]|1[0-2])(?:\\.\\.(?!0000)(\\d{4})-(0[1-9]|1[0-2]))?|-Q([1-4])|-H([12]))?$');
  });

  it('ships in the package as zwfw-stats/schema/monthly-report.json', () => {
    expect(packageJson.exports['./schema/monthly-report.json']).toBe('./schema/monthly-report.json');
    expect(packageJson.files).toContain('schema');
  });
});
