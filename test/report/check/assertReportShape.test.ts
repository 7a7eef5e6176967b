import { describe, expect, it } from 'vitest';
import { assertReportShape } from '../../../src/report/check/assertReportShape.js';

const centre = { name: '五华区人民政府政务服务中心', tally: { accepted: 1, completed: 1 } };

describe('assertReportShape', () => {
  it('passes a report with a period, a centre name and a tally', () => {
    expect(() => assertReportShape('renderReport', { period: '2019-01', centre })).not.toThrow();
  });

  it.each([
    [{ centre }, 'renderReport requires report.period to be a string, got undefined'],
    [{ period: 201901, centre }, 'renderReport requires report.period to be a string, got 201901'],
    [{ period: '2019-01', centre: null }, 'renderReport requires report.centre to be an object, got null'],
    [{ period: '2019-01', centre: { ...centre, name: 5 } }, 'renderReport requires report.centre.name to be a string, got 5'],
    [{ period: '2019-01', centre: { name: 'x' } }, 'renderReport requires report.centre.tally to be an object, got undefined'],
  ])('names the field that is wrong (%#)', (report, message) => {
    expect(() => assertReportShape('renderReport', report)).toThrow(new TypeError(message));
  });
});
