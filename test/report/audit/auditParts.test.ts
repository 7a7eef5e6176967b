import { describe, expect, it } from 'vitest';
import { auditReport, buildMonthlyReport, type MonthlyReport } from '../../../src/index.js';

// The centre's list of every department (附件1) against its totals, run
// through auditReport on a report built from two departments' groups:
// 区卫健局 受理 6, 办结 5, 在办 1; 区人社局 受理 4, 办结 4, 在办 0; the centre 10, 9, 1.

function built(): MonthlyReport {
  const group = (department: string, accepted: number, completed: number, inProgress: number) => ({
    key: { period: '2019-01' as const, streetOffice: null, department, category: 'public_service' as const },
    tally: { accepted, completed, completedOnTime: completed, due: 0, inProgress },
  });
  return buildMonthlyReport([group('区卫健局', 6, 5, 1), group('区人社局', 4, 4, 0)], {
    period: '2019-01',
    supplement: { centre: { name: '五华区人民政府政务服务中心' } },
  });
}

describe('auditParts: centre.departments', () => {
  it('finds nothing in a list that adds up', () => {
    expect(auditReport(built())).toEqual([]);
  });

  it('finds a department listed twice and sums that do not add up', () => {
    const report = built();
    const departments = report.centre.departments ?? [];
    const doctored = { ...report, centre: { ...report.centre, departments: [...departments, departments[0]!] } } as MonthlyReport;
    // In code-point order of ids, 区人社局 comes first: 6 + 4 + 4 = 14 accepted against 10, 5 + 4 + 4 = 13 completed against 9; 在办 1 + 0 + 0 = 1 still adds up.
    expect(auditReport(doctored)).toEqual([
      { code: 'duplicate-entry', severity: 'error', path: 'centre.departments[2]', message: '部门“区人社局”重复出现' },
      { code: 'parts-do-not-add-up', severity: 'error', path: 'centre.departments', message: '各部门受理数合计14件,与总数10件不符' },
      { code: 'parts-do-not-add-up', severity: 'error', path: 'centre.departments', message: '各部门办结数合计13件,与总数9件不符' },
    ]);
    expect(auditReport(doctored, { locale: 'en' }).map((finding) => finding.message)).toEqual([
      'department "区人社局" is listed more than once',
      'the departments’ accepted cases add up to 14, not to the total of 10',
      'the departments’ completed cases add up to 13, not to the total of 9',
    ]);
  });
});
